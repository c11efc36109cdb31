// Arbor's export format, version 1: the zod schema every Arbor file is read through and the
// types the exporter writes. docs/export-format.md and arbor-export.schema.json describe
// the same shape; a test keeps the three in step.
import { z } from 'zod';
import { contentPartSchema, roleSchema, toolCallSchema } from '../db/chat-item-schema';
import type { FolderRow, MessageRow, SessionRow } from '../db/types';

export const EXPORT_FORMAT = 'arbor';
export const EXPORT_VERSION = 1;

const timestamp = z.number();

export const messageStatusSchema = z.enum(['done', 'streaming', 'stopped', 'error', 'interrupted']);

const usageSchema = z.looseObject({
  prompt_tokens: z.number().optional(),
  completion_tokens: z.number().optional(),
  total_tokens: z.number().optional(),
});

export const exportedMessageSchema = z.object({
  id: z.string().min(1),
  parentId: z.string().min(1).nullable(),
  createdAt: timestamp,
  role: roleSchema,
  content: z.union([z.string(), z.array(contentPartSchema), z.null()]),
  tool_calls: z.array(toolCallSchema).optional(),
  tool_call_id: z.string().optional(),
  name: z.string().optional(),
  status: messageStatusSchema,
  model: z.string().optional(),
  /** The name of the provider that wrote a reply; never its address or key. */
  provider: z.string().optional(),
  notice: z.string().optional(),
  reasoning: z.string().optional(),
  reasoningSeconds: z.number().int().nonnegative().optional(),
  usage: usageSchema.optional(),
  usageIsEstimate: z.boolean().optional(),
  json: z.object({ problem: z.string().optional() }).optional(),
  error: z.string().optional(),
  tooLong: z.boolean().optional(),
});

export const paramsSchema = z.object({
  temperature: z.number().optional(),
  maxTokens: z.number().optional(),
  maxTurns: z.number().optional(),
  contextLimit: z.number().optional(),
  maxToolSteps: z.number().optional(),
  replyFormat: z
    .object({ type: z.literal('json'), schema: z.record(z.string(), z.unknown()).optional() })
    .optional(),
});

export const forkLinkSchema = z.object({
  sessionId: z.string().min(1),
  messageId: z.string().min(1),
  title: z.string(),
});

export const exportedSessionSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  titleIsCustom: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  model: z.string(),
  systemPrompt: z.string(),
  params: paramsSchema,
  activeLeafId: z.string().min(1).nullable(),
  forkedFrom: forkLinkSchema.optional(),
  pinned: z.boolean().optional(),
  folderId: z.string().min(1).optional(),
  messages: z.array(exportedMessageSchema),
});

/** A folder; its chats name it by folderId. Files written before folders have none. */
export const exportedFolderSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  createdAt: timestamp,
  collapsed: z.boolean().optional(),
});

/** The envelope alone; sessions are checked one by one so one bad session can't sink the rest. */
export const exportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  folders: z.array(z.unknown()).optional(),
  sessions: z.array(z.unknown()),
});

/** A stored message as written to a file: every field but sessionId (the session holds it). */
export type ExportedMessage = Omit<MessageRow, 'sessionId'>;

export interface ExportedSession extends SessionRow {
  messages: ExportedMessage[];
}

export interface ArborExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** Only when some exported chat is in a folder. */
  folders?: FolderRow[];
  sessions: ExportedSession[];
}
