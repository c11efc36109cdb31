// Owns which chunks a streamed completion consists of, and in what order: role, reasoning (when
// asked for), content, finish, optional usage; or, for a cut stream, only the first few content
// chunks.
import { chunkText } from './chunking';
import { chunkObject, usageChunk, type CompletionMeta, type Usage } from './completion';
import { toolCallDeltas, type PlannedCall } from './tool-calls';

export interface StreamOptions {
  includeUsage: boolean;
  cut: boolean;
  /** One word per chunk instead of 3-5, e.g. for `[mock:tokens=N]`. */
  wordPerChunk: boolean;
  /** Streamed as `reasoning_content` deltas before the reply. */
  reasoning?: string;
  /** Streamed as `tool_calls` deltas instead of text; the reply then finishes with `tool_calls`. */
  toolCalls?: PlannedCall[];
}

/** At least 3 chunks, about half of the reply, and never all of it. */
function cutLength(total: number): number {
  return Math.min(Math.max(3, Math.ceil(total / 2)), Math.max(total - 1, 0));
}

export function streamEvents(
  meta: CompletionMeta,
  reply: string,
  usage: Usage,
  options: StreamOptions,
): object[] {
  const { includeUsage, cut } = options;
  // A cut always streams single words so even a short reply yields several chunks before it.
  const pieces = chunkText(reply, options.wordPerChunk || cut ? 1 : undefined);
  const content = cut ? pieces.slice(0, cutLength(pieces.length)) : pieces;

  const events = [
    chunkObject(meta, { role: 'assistant', content: '' }, null, includeUsage),
    ...chunkText(options.reasoning ?? '').map((piece) =>
      chunkObject(meta, { reasoning_content: piece }, null, includeUsage),
    ),
    ...content.map((piece) => chunkObject(meta, { content: piece }, null, includeUsage)),
    ...toolCallDeltas(options.toolCalls ?? []).map((delta) =>
      chunkObject(meta, { tool_calls: delta }, null, includeUsage),
    ),
  ];
  if (cut) return events;
  const finish = options.toolCalls?.length ? 'tool_calls' : 'stop';
  events.push(chunkObject(meta, {}, finish, includeUsage));
  if (includeUsage) events.push(usageChunk(meta, usage));
  return events;
}
