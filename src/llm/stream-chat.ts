// Sends one chat completion request with streaming and reports the growing reply.
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { createClient } from './client';
import { applyChunk, emptyAccumulated, type Accumulated } from './accumulate';
import { httpStatusOf, StreamCutError, UnreachableError } from './errors';
import { responseFormatFor } from './json-reply';
import type { Endpoint } from '../db/types';
import type { ChatItem, SessionParams } from '../db/types';

/** A tool offered to the model, in the Chat Completions shape. */
export interface FunctionTool {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

export interface StreamRequest {
  endpoint: Endpoint;
  model: string;
  messages: ChatItem[];
  params: SessionParams;
  /** Offered to the model; none means a request without `tools`. */
  tools?: FunctionTool[];
  signal: AbortSignal;
  /** Called with the whole text so far each time it grows. */
  onText: (text: string) => void;
  /** Called with the whole reasoning so far each time it grows. */
  onReasoning?: (reasoning: string) => void;
}

/** Resolves with the finished reply; rejects on failure, abort, or a stream that was cut. */
export async function streamChat(request: StreamRequest): Promise<Accumulated> {
  const client = await createClient(request.endpoint);
  const stream = await client.chat.completions
    .create(
      {
        model: request.model,
        // Stored items keep the OpenAI fields exactly, so they are sent as they are.
        messages: request.messages as ChatCompletionMessageParam[],
        stream: true,
        stream_options: { include_usage: true },
        ...(request.params.temperature !== undefined
          ? { temperature: request.params.temperature }
          : {}),
        // max_tokens, not max_completion_tokens: most OpenAI-compatible servers know only this one.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        ...(request.params.maxTokens !== undefined ? { max_tokens: request.params.maxTokens } : {}),
        ...(request.tools?.length ? { tools: request.tools } : {}),
        ...(request.params.replyFormat
          ? { response_format: responseFormatFor(request.params.replyFormat) }
          : {}),
      },
      { signal: request.signal },
    )
    .catch((error: unknown) => {
      // Without an HTTP status, no answer came back at all.
      if (request.signal.aborted || httpStatusOf(error) !== undefined) throw error;
      throw new UnreachableError({ cause: error });
    });
  const acc = emptyAccumulated();
  try {
    for await (const chunk of stream) {
      const reasoned = acc.reasoning.length;
      if (applyChunk(acc, chunk)) request.onText(acc.content);
      if (acc.reasoning.length > reasoned) request.onReasoning?.(acc.reasoning);
    }
  } catch (error) {
    // The server answered, so a failure while reading the body is a broken stream.
    if (request.signal.aborted) throw error;
    throw new StreamCutError({ cause: error });
  }
  // An aborted stream may end quietly; it was stopped, not cut.
  request.signal.throwIfAborted();
  if (!acc.finishReason) throw new StreamCutError();
  return acc;
}
