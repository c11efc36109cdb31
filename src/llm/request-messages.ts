// What is sent to the model for a turn: the system prompt, then the active path.
import { toChatItem } from '../db/chat-item-schema';
import type { ChatItem, MessageRow } from '../db/types';

/**
 * Failed replies and the reply being generated are left out, so a failure never leaks
 * into the next request. Stopped and interrupted replies stay: the user saw them.
 */
export function requestMessages(
  path: readonly MessageRow[],
  systemPrompt: string,
  maxTurns?: number,
): ChatItem[] {
  const sent = path.filter(
    (row) =>
      row.status !== 'error' &&
      row.status !== 'streaming' &&
      !(row.role === 'assistant' && !row.content && !row.tool_calls),
  );
  const system: ChatItem[] = systemPrompt.trim() ? [{ role: 'system', content: systemPrompt }] : [];
  return [...system, ...newestTurns(sent, maxTurns).map(toChatItem)];
}

/**
 * The newest `maxTurns` turns, each from a user message up to the next one, so a tool call
 * never loses its results; all of them without a limit. System messages stored in the chat
 * are kept wherever they stand.
 */
function newestTurns(
  rows: readonly MessageRow[],
  maxTurns: number | undefined,
): readonly MessageRow[] {
  if (maxTurns === undefined || maxTurns <= 0) return rows;
  let turns = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (rows[i]?.role === 'user' && ++turns === maxTurns) {
      return [...rows.slice(0, i).filter((row) => row.role === 'system'), ...rows.slice(i)];
    }
  }
  return rows;
}
