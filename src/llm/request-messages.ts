// What is sent to the model for a turn: the system prompt, then the active path.
import { toChatItem } from '../db/chat-item-schema';
import type { ChatItem, MessageRow } from '../db/types';

/**
 * Failed replies and the reply being generated are left out, so a failure never leaks
 * into the next request. Stopped and interrupted replies stay: the user saw them.
 */
export function requestMessages(path: readonly MessageRow[], systemPrompt: string): ChatItem[] {
  const items: ChatItem[] = [];
  if (systemPrompt.trim()) items.push({ role: 'system', content: systemPrompt });
  for (const row of path) {
    if (row.status === 'error' || row.status === 'streaming') continue;
    if (row.role === 'assistant' && !row.content && !row.tool_calls) continue;
    items.push(toChatItem(row));
  }
  return items;
}
