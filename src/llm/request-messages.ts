// What of the active path can be sent to the model, and the request's messages in OpenAI's
// shape. Which of them fit is the engine's choice (engine/fit-context.ts).
import { toChatItem } from '../db/chat-item-schema';
import type { ChatItem, MessageRow } from '../db/types';

/**
 * Failed replies and the reply being generated are left out, so a failure never leaks
 * into the next request. Stopped and interrupted replies stay: the user saw them.
 */
export function sendableRows(path: readonly MessageRow[]): MessageRow[] {
  return path.filter(
    (row) =>
      row.status !== 'error' &&
      row.status !== 'streaming' &&
      !(row.role === 'assistant' && !row.content && !row.tool_calls),
  );
}

/**
 * A tool message carries text only: OpenAI refuses other parts in one. An image a tool returned
 * is shown in the chat and goes to the model as a placeholder.
 */
function toolItem(row: MessageRow): ChatItem {
  const item = toChatItem(row);
  if (!Array.isArray(item.content)) return item;
  const text = item.content
    .map((part) =>
      part.type === 'text' && typeof part.text === 'string'
        ? part.text
        : `[${part.type === 'image_url' ? 'image' : part.type}]`,
    )
    .join('\n\n');
  return { ...item, content: text };
}

/** Said for a call that has no answer in the history (one kept from an older Arbor, say). */
export const NO_ANSWER = 'No result: this call was never answered.';

/**
 * Strict servers refuse a call without its answer. Arbor answers every call it runs, but a
 * history may still hold one from before; the request then says it was never answered.
 */
function withEveryCallAnswered(items: ChatItem[]): ChatItem[] {
  const out: ChatItem[] = [];
  items.forEach((item, i) => {
    out.push(item);
    if (!item.tool_calls?.length) return;
    const answered = new Set<string | undefined>();
    for (const next of items.slice(i + 1)) {
      if (next.role !== 'tool') break;
      answered.add(next.tool_call_id);
    }
    const open = item.tool_calls.filter((call) => !answered.has(call.id));
    // Answers go right after the call, before any answers that are there.
    out.push(
      ...open.map((call) => ({ role: 'tool' as const, tool_call_id: call.id, content: NO_ANSWER })),
    );
  });
  return out;
}

/** The system prompt (when there is one), then the rows, as OpenAI chat messages. */
export function requestMessages(systemPrompt: string, rows: readonly MessageRow[]): ChatItem[] {
  const system: ChatItem[] = systemPrompt.trim() ? [{ role: 'system', content: systemPrompt }] : [];
  return withEveryCallAnswered([
    ...system,
    ...rows.map((row) => (row.role === 'tool' ? toolItem(row) : toChatItem(row))),
  ]);
}
