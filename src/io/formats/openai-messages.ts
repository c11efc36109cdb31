// The plain session store of simple chat scripts: `{ "<sessionId>": [OpenAI messages] }`, or
// a bare array of OpenAI messages as one session. Messages chain in order. "developer" reads
// as system and the legacy "function" role as tool; any other role rejects the session.
import { z } from 'zod';
import { contentPartSchema, toolCallSchema } from '../../db/chat-item-schema';
import type { ChatItem, Role } from '../../db/types';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import { formatIssues } from '../issue-path';
import { buildCandidate, type SourceConversation, type SourceMessage } from './source-tree';

const ROLE_MAP: Record<string, Role> = {
  user: 'user',
  assistant: 'assistant',
  system: 'system',
  tool: 'tool',
  developer: 'system',
  function: 'tool',
};

export const openaiMessageSchema = z.looseObject({
  role: z.enum(Object.keys(ROLE_MAP) as [string, ...string[]]),
  content: z.union([z.string(), z.array(contentPartSchema), z.null()]).optional(),
  tool_calls: z.array(toolCallSchema).optional(),
  tool_call_id: z.string().optional(),
  name: z.string().optional(),
});

export function toChatItem(m: z.infer<typeof openaiMessageSchema>): ChatItem {
  const item: ChatItem = { role: ROLE_MAP[m.role] ?? 'assistant', content: m.content ?? null };
  if (m.tool_calls) item.tool_calls = m.tool_calls;
  if (m.tool_call_id !== undefined) item.tool_call_id = m.tool_call_id;
  if (m.name !== undefined) item.name = m.name;
  return item;
}

/** One linear conversation; `source` carries what the app knows besides the messages. */
export function convertMessageList(
  list: unknown,
  path: string,
  source: Omit<SourceConversation, 'messages'>,
  fileTime: number,
  result: ConvertResult,
): void {
  const where = describeWhere(path || 'messages', source.title);
  const parsed = z.array(openaiMessageSchema).safeParse(list);
  if (!parsed.success) {
    result.rejected.push({ where, reason: formatIssues(parsed.error, path) });
    return;
  }
  const messages = parsed.data.map((m, i): SourceMessage => ({
    sourceId: String(i),
    parentSourceId: i === 0 ? null : String(i - 1),
    item: toChatItem(m),
    createdAt: (source.createdAt ?? fileTime) + i,
  }));
  result.candidates.push(buildCandidate({ ...source, messages }, where, fileTime, () => list));
}

export function convertOpenaiMap(data: Record<string, unknown>, fileTime: number): ConvertResult {
  const result = emptyResult();
  for (const [key, list] of Object.entries(data)) {
    convertMessageList(list, `[${JSON.stringify(key)}]`, { sourceId: key }, fileTime, result);
  }
  return result;
}

export function convertOpenaiArray(data: unknown[], fileTime: number): ConvertResult {
  const result = emptyResult();
  convertMessageList(data, '', {}, fileTime, result);
  return result;
}
