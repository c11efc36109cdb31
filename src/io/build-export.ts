// Builds an Arbor export from stored rows. Exact and stable: every field as stored, the API
// key and settings never included (only session and message rows come in), sessions and
// messages in (createdAt, id) order, known keys in a fixed order and opaque objects (content
// parts, tool calls, usage) with sorted keys, so the same data always gives the same file.
import { byCreation } from '../db/tree';
import type { FolderRow, MessageRow, SessionRow } from '../db/types';
import { sortKeysDeep } from './canonical';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ArborExport,
  type ExportedMessage,
  type ExportedSession,
} from './export-format';

function sorted<T>(value: T): T {
  return sortKeysDeep(value) as T;
}

export function toExportedMessage(row: MessageRow): ExportedMessage {
  const out: ExportedMessage = {
    id: row.id,
    parentId: row.parentId,
    createdAt: row.createdAt,
    status: row.status,
    role: row.role,
    content: sorted(row.content),
  };
  if (row.tool_calls !== undefined) out.tool_calls = sorted(row.tool_calls);
  if (row.tool_call_id !== undefined) out.tool_call_id = row.tool_call_id;
  if (row.name !== undefined) out.name = row.name;
  if (row.model !== undefined) out.model = row.model;
  if (row.provider !== undefined) out.provider = row.provider;
  if (row.usage !== undefined) out.usage = sorted(row.usage);
  if (row.usageIsEstimate !== undefined) out.usageIsEstimate = row.usageIsEstimate;
  if (row.json !== undefined) out.json = sorted(row.json);
  if (row.error !== undefined) out.error = row.error;
  if (row.tooLong !== undefined) out.tooLong = row.tooLong;
  if (row.notice !== undefined) out.notice = row.notice;
  if (row.reasoning !== undefined) out.reasoning = row.reasoning;
  if (row.reasoningSeconds !== undefined) out.reasoningSeconds = row.reasoningSeconds;
  return out;
}

export function toExportedSession(
  session: SessionRow,
  rows: readonly MessageRow[],
): ExportedSession {
  const fork = session.forkedFrom;
  return {
    id: session.id,
    title: session.title,
    titleIsCustom: session.titleIsCustom,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    model: session.model,
    systemPrompt: session.systemPrompt,
    params: sorted(session.params),
    activeLeafId: session.activeLeafId,
    ...(fork
      ? { forkedFrom: { sessionId: fork.sessionId, messageId: fork.messageId, title: fork.title } }
      : {}),
    ...(session.pinned ? { pinned: true } : {}),
    ...(session.folderId !== undefined ? { folderId: session.folderId } : {}),
    messages: [...rows].sort(byCreation).map(toExportedMessage),
  };
}

function bySessionCreation(a: SessionRow, b: SessionRow): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function toExportedFolder(folder: FolderRow): FolderRow {
  return {
    id: folder.id,
    title: folder.title,
    createdAt: folder.createdAt,
    collapsed: folder.collapsed,
  };
}

/** `folders` are the folders the file carries: those its chats are in, or the one exported. */
export function buildExport(
  sessions: readonly SessionRow[],
  messages: readonly MessageRow[],
  exportedAt: Date,
  folders: readonly FolderRow[] = [],
): ArborExport {
  const bySession = new Map<string, MessageRow[]>();
  for (const m of messages) {
    const list = bySession.get(m.sessionId);
    if (list) list.push(m);
    else bySession.set(m.sessionId, [m]);
  }
  const exportedFolders = [...folders]
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(toExportedFolder);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...(exportedFolders.length > 0 ? { folders: exportedFolders } : {}),
    sessions: [...sessions]
      .sort(bySessionCreation)
      .map((s) => toExportedSession(s, bySession.get(s.id) ?? [])),
  };
}

/**
 * The file's text in pieces, one per session, that join into two-space indented JSON with a
 * final newline: readable, diffable and stable. A Blob made from the pieces is the file.
 * Chromium takes seconds to stringify 80 MB into one string and then to copy that string into
 * a Blob; in pieces, both take a fraction of that.
 */
export function serializeExportParts(data: ArborExport): string[] {
  const { sessions, ...envelope } = data;
  if (sessions.length === 0) return [`${JSON.stringify(data, null, 2)}\n`];
  const head = JSON.stringify(envelope, null, 2).slice(0, -'\n}'.length);
  return [
    `${head},\n  "sessions": [\n`,
    ...sessions.map((s, i) => (i === 0 ? '' : ',\n') + atSessionDepth(s)),
    '\n  ]\n}\n',
  ];
}

/** A session as it reads inside the file's `sessions` array: indented by four spaces. */
function atSessionDepth(session: ExportedSession): string {
  const nested = JSON.stringify([[session]], null, 2);
  return nested.slice('[\n  [\n'.length, -'\n  ]\n]'.length);
}

export function serializeExport(data: ArborExport): string {
  return serializeExportParts(data).join('');
}
