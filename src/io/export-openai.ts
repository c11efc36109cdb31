// A chat's path in OpenAI's shapes, for use outside Arbor: the messages array a request sends,
// and fine-tuning JSONL, one `{"messages": [...]}` line per chat path. They hold what a request
// would: the system prompt, then the path's OpenAI fields with tool calls and their answers.
// Ids, statuses, failed replies and each reply's reasoning stay behind.
import { indexMessages, pathTo } from '../db/tree';
import type { ChatItem, MessageRow, SessionRow } from '../db/types';
import { requestMessages, sendableRows } from '../llm/request-messages';

export type OpenaiShape = 'messages' | 'fine-tuning';

/** The session's active path as OpenAI chat messages. */
export function pathMessages(session: SessionRow, messages: readonly MessageRow[]): ChatItem[] {
  const path = pathTo(indexMessages(messages), session.activeLeafId);
  return requestMessages(session.systemPrompt, sendableRows(path));
}

/** A JSON array of messages, indented for reading. */
export function messagesJson(messages: readonly ChatItem[]): string {
  return `${JSON.stringify(messages, null, 2)}\n`;
}

/** OpenAI's fine-tuning file: one line per chat path, each line one training example. */
export function fineTuningJsonl(paths: readonly (readonly ChatItem[])[]): string {
  return paths.map((messages) => `${JSON.stringify({ messages })}\n`).join('');
}

export function openaiExport(
  session: SessionRow,
  messages: readonly MessageRow[],
  shape: OpenaiShape,
): string {
  const path = pathMessages(session, messages);
  return shape === 'messages' ? messagesJson(path) : fineTuningJsonl([path]);
}
