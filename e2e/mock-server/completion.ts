// Owns the wire objects of the Chat Completions API: `chat.completion`, `chat.completion.chunk`
// and `usage`, field for field as OpenAI sends them.
import { randomUUID } from 'node:crypto';
import { messageText, type ChatMessage } from './chat-request';
import { wordCount } from './chunking';

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

export function completionObject(meta: CompletionMeta, content: string, usage: Usage): object {
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
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
}

/** One streamed chunk; with include_usage, OpenAI puts `"usage": null` on every chunk but the last. */
export function chunkObject(
  meta: CompletionMeta,
  delta: Delta,
  finishReason: 'stop' | null,
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
