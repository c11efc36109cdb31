// The shared last step of every foreign converter: a conversation described in neutral terms
// (source ids, parent links, OpenAI fields) becomes Arbor rows. Ids are derived from the
// source, never random, so importing the same file twice yields the same rows and is
// recognised as a duplicate. Missing times are filled from the parent so order is kept.
import type {
  ChatItem,
  MessageRow,
  MessageStatus,
  SessionParams,
  SessionRow,
} from '../../db/types';
import { contentText } from '../../db/content-text';
import { titleFromText } from '../../lib/title';
import { canonicalJson, hashText } from '../canonical';
import type { Candidate } from '../candidate';
import { newestLeaf } from '../repair';

export interface SourceMessage {
  sourceId: string;
  parentSourceId: string | null;
  item: ChatItem;
  /** Milliseconds since the epoch, when the source knows it. */
  createdAt?: number;
  model?: string;
  status?: MessageStatus;
  error?: string;
  /** The private reasoning that came before this reply. */
  reasoning?: string;
  reasoningSeconds?: number;
}

export interface SourceConversation {
  /** The conversation's id in its app; hashed content stands in when there is none. */
  sourceId?: string;
  title?: string;
  model?: string;
  systemPrompt?: string;
  params?: SessionParams;
  createdAt?: number;
  updatedAt?: number;
  /** The message the app showed last; the newest leaf when absent or unknown. */
  activeSourceId?: string | null;
  messages: SourceMessage[];
}

const SAFE_ID = /^[\w-]{1,128}$/;

/** Ids stay as the app wrote them when they are plain; others are hashed into a safe form. */
export function sessionIdFor(sourceId: string | undefined, fallback: () => unknown): string {
  if (sourceId && SAFE_ID.test(sourceId)) return sourceId;
  return `h-${hashText(sourceId || canonicalJson(fallback()))}`;
}

/** Seconds or milliseconds (number or date string) to milliseconds; undefined when unreadable. */
export function toMillis(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return Math.round(value < 1e11 ? value * 1000 : value);
  }
  if (typeof value === 'string' && value.trim()) {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

/** Messages parents-first, so a message's parent time is known before its own is filled in. */
function parentsFirst(messages: readonly SourceMessage[]): SourceMessage[] {
  const ids = new Set(messages.map((m) => m.sourceId));
  const children = new Map<string, SourceMessage[]>();
  const order: SourceMessage[] = [];
  for (const m of messages) {
    if (m.parentSourceId !== null && ids.has(m.parentSourceId)) {
      const list = children.get(m.parentSourceId);
      if (list) list.push(m);
      else children.set(m.parentSourceId, [m]);
    } else order.push(m);
  }
  // `reached` stops a message that is its own ancestor (or shares an id) from looping forever.
  const reached = new Set(order);
  for (let i = 0; i < order.length; i++) {
    for (const kid of children.get(order[i]?.sourceId ?? '') ?? []) {
      if (reached.has(kid)) continue;
      reached.add(kid);
      order.push(kid);
    }
  }
  // Messages caught in a parent loop are never reached from a root; repair cuts the loop later.
  return order.concat(messages.filter((m) => !reached.has(m)));
}

export function buildCandidate(
  source: SourceConversation,
  where: string,
  fallbackTime: number,
  fallbackKey: () => unknown,
): Candidate {
  const sessionId = sessionIdFor(source.sourceId, fallbackKey);
  const idFor = (sourceId: string) => `${sessionId}:${sourceId}`;
  const times = new Map<string, number>();
  const base = source.createdAt ?? fallbackTime;
  const messages = parentsFirst(source.messages).map((m, index): MessageRow => {
    const parentTime = m.parentSourceId === null ? undefined : times.get(m.parentSourceId);
    const createdAt = m.createdAt ?? (parentTime ?? base + index) + 1;
    times.set(m.sourceId, createdAt);
    const row: MessageRow = {
      ...m.item,
      id: idFor(m.sourceId),
      sessionId,
      parentId: m.parentSourceId === null ? null : idFor(m.parentSourceId),
      createdAt,
      status: m.status ?? 'done',
    };
    if (m.model) row.model = m.model;
    if (m.error) row.error = m.error;
    if (m.reasoning) row.reasoning = m.reasoning;
    if (m.reasoningSeconds !== undefined) row.reasoningSeconds = m.reasoningSeconds;
    return row;
  });
  const allTimes = messages.map((m) => m.createdAt);
  const createdAt = source.createdAt ?? allTimes.reduce((a, b) => Math.min(a, b), fallbackTime);
  const updatedAt = source.updatedAt ?? allTimes.reduce((a, b) => Math.max(a, b), createdAt);
  const wanted = source.activeSourceId ? idFor(source.activeSourceId) : undefined;
  const activeLeafId = messages.some((m) => m.id === wanted)
    ? (wanted ?? null)
    : (newestLeaf(messages)?.id ?? null);
  const firstUser = messages.find((m) => m.role === 'user');
  const session: SessionRow = {
    id: sessionId,
    title:
      source.title?.trim() ||
      (firstUser ? titleFromText(contentText(firstUser.content)) : '') ||
      'Imported chat',
    titleIsCustom: Boolean(source.title?.trim()),
    createdAt,
    updatedAt,
    model: source.model ?? '',
    systemPrompt: source.systemPrompt ?? '',
    params: source.params ?? {},
    activeLeafId,
  };
  return { where, session, messages };
}
