// Folds streamed chat completion chunks into one reply: text, reasoning, tool calls and usage.
// Reasoning comes as `reasoning_content` (DeepSeek, LM Studio, vLLM) or `reasoning`
// (OpenRouter, Ollama).
import type { ToolCall, Usage } from '../db/types';

export interface ChunkLike {
  choices?: {
    delta?: {
      content?: string | null;
      reasoning_content?: string | null;
      reasoning?: string | null;
      tool_calls?: {
        index: number;
        id?: string;
        type?: string;
        function?: { name?: string; arguments?: string };
      }[];
    };
    finish_reason?: string | null;
  }[];
  usage?: Usage | null;
}

export interface Accumulated {
  content: string;
  reasoning: string;
  toolCalls: ToolCall[];
  usage?: Usage;
  finishReason?: string;
}

export function emptyAccumulated(): Accumulated {
  return { content: '', reasoning: '', toolCalls: [] };
}

/** Applies one chunk in place and returns whether visible text changed. */
export function applyChunk(acc: Accumulated, chunk: ChunkLike): boolean {
  let textChanged = false;
  if (chunk.usage) acc.usage = chunk.usage;
  const choice = chunk.choices?.[0];
  if (!choice) return false;
  const delta = choice.delta;
  const thought = delta?.reasoning_content ?? delta?.reasoning;
  if (thought) acc.reasoning += thought;
  if (delta?.content) {
    acc.content += delta.content;
    textChanged = true;
  }
  for (const call of delta?.tool_calls ?? []) {
    const existing = acc.toolCalls[call.index];
    if (existing) {
      existing.function.arguments += call.function?.arguments ?? '';
      if (call.function?.name) existing.function.name += call.function.name;
    } else {
      acc.toolCalls[call.index] = {
        id: call.id ?? '',
        type: call.type ?? 'function',
        function: { name: call.function?.name ?? '', arguments: call.function?.arguments ?? '' },
      };
    }
  }
  if (choice.finish_reason) acc.finishReason = choice.finish_reason;
  return textChanged;
}
