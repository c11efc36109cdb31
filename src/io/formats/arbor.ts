// Reads Arbor's own export, any version: migrate the envelope, then check each session on its
// own so one bad session is rejected with its path while the others come in. Lenient where a
// default is obvious (a missing title or status), strict where guessing would change meaning.
// Folders come with the chats in them; a chat naming a folder the file lacks comes in loose.
import { z } from 'zod';
import type { FolderRow, MessageRow, SessionRow } from '../../db/types';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import {
  exportEnvelopeSchema,
  exportedFolderSchema,
  exportedMessageSchema,
  exportedSessionSchema,
  messageStatusSchema,
  paramsSchema,
} from '../export-format';
import { formatIssues } from '../issue-path';
import { migrateExport } from '../migrate';

const importMessageSchema = exportedMessageSchema.extend({
  parentId: z.string().min(1).nullable().default(null),
  status: messageStatusSchema.default('done'),
});

const importSessionSchema = exportedSessionSchema.extend({
  title: z.string().default('Imported chat'),
  titleIsCustom: z.boolean().default(false),
  createdAt: z.number().optional(),
  updatedAt: z.number().optional(),
  model: z.string().default(''),
  systemPrompt: z.string().default(''),
  params: paramsSchema.default({}),
  activeLeafId: z.string().min(1).nullable().default(null),
  messages: z.array(importMessageSchema),
});

type ImportedSession = z.infer<typeof importSessionSchema>;

function toRows(s: ImportedSession): { session: SessionRow; messages: MessageRow[] } {
  const times = s.messages.map((m) => m.createdAt);
  const createdAt = s.createdAt ?? (times.length ? times.reduce((a, b) => Math.min(a, b)) : 0);
  const session: SessionRow = {
    id: s.id,
    title: s.title,
    titleIsCustom: s.titleIsCustom,
    createdAt,
    updatedAt: s.updatedAt ?? times.reduce((a, b) => Math.max(a, b), createdAt),
    model: s.model,
    systemPrompt: s.systemPrompt,
    params: s.params,
    activeLeafId: s.activeLeafId,
  };
  if (s.forkedFrom) session.forkedFrom = s.forkedFrom;
  if (s.pinned) session.pinned = true;
  if (s.folderId !== undefined) session.folderId = s.folderId;
  const messages = s.messages.map((m): MessageRow => ({ ...m, sessionId: s.id }));
  return { session, messages };
}

/** `data` is known to carry `format: "arbor"`; anything else about it is unchecked. */
export function convertArbor(data: Record<string, unknown>): ConvertResult {
  const version = typeof data.version === 'number' ? data.version : Number.NaN;
  if (!Number.isInteger(version) || version < 1) {
    throw new Error('version: expected a whole number such as 1 (this Arbor file is damaged)');
  }
  const envelope = exportEnvelopeSchema.safeParse(migrateExport(data, version));
  if (!envelope.success) throw new Error(formatIssues(envelope.error));
  const result = emptyResult();
  const folders = readFolders(envelope.data.folders ?? [], result.repairs);
  if (folders.length > 0) result.folders = folders;
  const folderIds = new Set(folders.map((f) => f.id));
  envelope.data.sessions.forEach((raw, i) => {
    const path = `sessions[${i}]`;
    const title = typeof raw === 'object' && raw && 'title' in raw ? raw.title : undefined;
    const where = describeWhere(path, typeof title === 'string' ? title : undefined);
    const parsed = importSessionSchema.safeParse(raw);
    if (!parsed.success) {
      result.rejected.push({ where, reason: formatIssues(parsed.error, path) });
      return;
    }
    const rows = toRows(parsed.data);
    if (rows.session.folderId !== undefined && !folderIds.has(rows.session.folderId)) {
      delete rows.session.folderId;
      result.repairs.push(`${where}: its folder is not in the file; it comes in without one.`);
    }
    result.candidates.push({ where, ...rows });
  });
  return result;
}

/** The file's folders; one that can't be read is left out (its chats then come in loose). */
function readFolders(raw: readonly unknown[], repairs: string[]): FolderRow[] {
  const folders = new Map<string, FolderRow>();
  raw.forEach((value, i) => {
    const parsed = exportedFolderSchema.safeParse(value);
    if (!parsed.success) {
      repairs.push(`folders[${i}]: ${formatIssues(parsed.error, `folders[${i}]`)}; left out.`);
      return;
    }
    const { id, title, createdAt, collapsed = false } = parsed.data;
    folders.set(id, { id, title, createdAt, collapsed });
  });
  return [...folders.values()];
}
