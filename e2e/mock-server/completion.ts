// Owns the wire objects of the Chat Completions API: `chat.completion`, `chat.completion.chunk`
// and `usage`, field for field as OpenAI sends them.
import { randomUUID } from 'node:crypto';
import { messageText, type ChatMessage } from './chat-request';
import { wordCount } from './chunking';
import type { PlannedCall } from './tool-calls';

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** What every object of one completion shares. */
export interface CompletionMeta {
  id: string;
  created: number;
  model: string;
}

export function newMeta(model: string): CompletionMeta {
  return {
    id: `chatcmpl-${randomUUID().replaceAll('-', '').slice(0, 29)}`,
    created: Math.floor(Date.now() / 1000),
    model,
  };
}

// Words stand in for tokens; close enough for anything that only displays or sums them.
export function usageFor(messages: ChatMessage[], reply: string): Usage {
  const prompt = messages.reduce((sum, m) => sum + wordCount(messageText(m.content)), 0);
  const completion = wordCount(reply);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
}

export function completionObject(
  meta: CompletionMeta,
  content: string,
  usage: Usage,
  toolCalls: PlannedCall[] = [],
): object {
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices: [
      {
        index: 0,
        message:
          toolCalls.length > 0
            ? {
                role: 'assistant',
                content: null,
                refusal: null,
                tool_calls: toolCalls.map((call) => ({
                  id: call.id,
                  type: 'function',
                  function: { name: call.name, arguments: call.arguments },
                })),
              }
            : { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: toolCalls.length > 0 ? 'tool_calls' : 'stop',
      },
    ],
    usage,
  };
}

/** Empty (`{}`) on the finishing chunk. */
export interface Delta {
  role?: 'assistant';
  content?: string;
  reasoning_content?: string;
  tool_calls?: object[];
}

/** One streamed chunk; with include_usage, OpenAI puts `"usage": null` on every chunk but the last. */
export function chunkObject(
  meta: CompletionMeta,
  delta: Delta,
  finishReason: 'stop' | 'tool_calls' | null,
  includeUsage: boolean,
): object {
  return {
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...(includeUsage ? { usage: null } : {}),
  };
}

export function usageChunk(meta: CompletionMeta, usage: Usage): object {
  return {
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    choices: [],
    usage,
  };
}
