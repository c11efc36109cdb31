// The schema for an OpenAI chat message as it crosses an edge (the session protocol, an import).
import { z } from 'zod/mini';
import type { ChatItem, MessageRow } from './types';

export const roleSchema = z.enum(['user', 'assistant', 'system', 'tool']);

export const contentPartSchema = z.looseObject({ type: z.string() });

export const toolCallSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
});

export const chatItemSchema = z.object({
  role: roleSchema,
  content: z.union([z.string(), z.array(contentPartSchema), z.null()]),
  tool_calls: z.optional(z.array(toolCallSchema)),
  tool_call_id: z.optional(z.string()),
  name: z.optional(z.string()),
});

/** The OpenAI fields of a stored message, without Arbor's tree and status fields. */
export function toChatItem(row: MessageRow): ChatItem {
  const item: ChatItem = { role: row.role, content: row.content };
  if (row.tool_calls !== undefined) item.tool_calls = row.tool_calls;
  if (row.tool_call_id !== undefined) item.tool_call_id = row.tool_call_id;
  if (row.name !== undefined) item.name = row.name;
  return item;
}
