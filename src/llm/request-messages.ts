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

/** The system prompt (when there is one), then the rows, as OpenAI chat messages. */
export function requestMessages(systemPrompt: string, rows: readonly MessageRow[]): ChatItem[] {
  const system: ChatItem[] = systemPrompt.trim() ? [{ role: 'system', content: systemPrompt }] : [];
  return [...system, ...rows.map(toChatItem)];
}
