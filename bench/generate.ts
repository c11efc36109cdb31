// The seeded data generator: ordinary sessions of 100 messages (one linear path of user and
// assistant turns) and the long session of 10,000 messages with 50 branch points. Every row
// is derived from (seed, session index), so any stage can be regenerated alone.
import type { MessageRow, SessionRow } from '../src/db/types';
import { Random, subSeed } from './random';
import { assistantText, titleFrom, userText } from './text';

export interface GeneratedSession {
  session: SessionRow;
  messages: MessageRow[];
}

export const MESSAGES_PER_SESSION = 100;
export const LONG_SESSION_MESSAGES = 10_000;
export const LONG_SESSION_BRANCH_POINTS = 50;
export const LONG_SESSION_TITLE = 'Long chat: 10,000 messages';
export const MODEL = 'mock-small';

const BASE_TIME = 1_763_000_000_000;
/** Sessions start two hours apart and a session spans at most 100 × 60 s, so updatedAt keeps their order. */
const SESSION_SPACING_MS = 2 * 60 * 60 * 1000;
/** The long session's index: far from the ordinary ones, so its seed never collides. */
const LONG_SESSION_INDEX = 1_000_000;

interface Turn {
  row: MessageRow;
}

/** Makes the ids of one session: `index` keeps them apart from every other session's. */
function idMaker(r: Random, index: number): () => string {
  let counter = 0;
  return () => r.uuid(index * 0x1000000 + counter++);
}

function messageRow(
  r: Random,
  id: string,
  sessionId: string,
  parentId: string | null,
  role: 'user' | 'assistant',
  createdAt: number,
): MessageRow {
  const row: MessageRow = {
    id,
    sessionId,
    parentId,
    role,
    content: role === 'user' ? userText(r) : assistantText(r),
    createdAt,
    status: 'done',
  };
  if (role === 'assistant') {
    row.model = MODEL;
    const completion = r.int(40, 900);
    const prompt = r.int(50, 4000);
    row.usage = {
      prompt_tokens: prompt,
      completion_tokens: completion,
      total_tokens: prompt + completion,
    };
  }
  return row;
}

function sessionRow(
  id: string,
  title: string,
  createdAt: number,
  updatedAt: number,
  leaf: string | null,
): SessionRow {
  return {
    id,
    title,
    titleIsCustom: false,
    createdAt,
    updatedAt,
    model: MODEL,
    systemPrompt: '',
    params: {},
    activeLeafId: leaf,
  };
}

/** Ordinary session number `index`: a linear path of 100 messages, alternating user and assistant. */
export function generateSession(seed: number, index: number): GeneratedSession {
  const r = new Random(subSeed(seed, index));
  const newId = idMaker(r, index);
  const sessionId = newId();
  const createdAt = BASE_TIME + index * SESSION_SPACING_MS;
  let clock = createdAt;
  let parent: Turn | undefined;
  const messages: MessageRow[] = [];
  for (let i = 0; i < MESSAGES_PER_SESSION; i++) {
    clock += r.int(5_000, 60_000);
    const row = messageRow(
      r,
      newId(),
      sessionId,
      parent?.row.id ?? null,
      i % 2 === 0 ? 'user' : 'assistant',
      clock,
    );
    messages.push(row);
    parent = { row };
  }
  const first = messages[0];
  const title = first
    ? titleFrom(typeof first.content === 'string' ? first.content : '')
    : 'Untitled';
  return {
    session: sessionRow(sessionId, title, createdAt, clock, parent?.row.id ?? null),
    messages,
  };
}

/** The newest updatedAt among the first `count` ordinary sessions. */
export function newestUpdatedAt(seed: number, count: number): number {
  return generateSession(seed, count - 1).session.updatedAt;
}

/**
 * The long session: a main path of 9,900 messages and, at 50 evenly spaced assistant replies,
 * a regenerated sibling reply with a follow-up question under it (100 more rows). The active
 * leaf is the end of the main path. `updatedAt` places it in the session list.
 */
export function generateLongSession(seed: number, updatedAt: number): GeneratedSession {
  const r = new Random(subSeed(seed, LONG_SESSION_INDEX));
  const newId = idMaker(r, LONG_SESSION_INDEX);
  const sessionId = newId();
  const sideRows = LONG_SESSION_BRANCH_POINTS * 2;
  const mainLength = LONG_SESSION_MESSAGES - sideRows;
  const every = Math.floor(mainLength / LONG_SESSION_BRANCH_POINTS);
  let clock = updatedAt - LONG_SESSION_MESSAGES * 40_000;
  const createdAt = clock;
  const messages: MessageRow[] = [];
  let parentId: string | null = null;
  for (let i = 0; i < mainLength; i++) {
    clock += r.int(1_000, 30_000);
    const role = i % 2 === 0 ? 'user' : 'assistant';
    const row = messageRow(r, newId(), sessionId, parentId, role, clock);
    messages.push(row);
    // A branch point: the reply was regenerated; the older one kept a follow-up of its own.
    if (role === 'assistant' && i % every === every - 1 && parentId !== null) {
      const older = messageRow(r, newId(), sessionId, parentId, 'assistant', clock - 500);
      const followUp = messageRow(r, newId(), sessionId, older.id, 'user', clock - 400);
      messages.push(older, followUp);
    }
    parentId = row.id;
  }
  return {
    session: sessionRow(sessionId, LONG_SESSION_TITLE, createdAt, updatedAt, parentId),
    messages,
  };
}

/** Ordinary sessions [from, to), in index order. */
export function generateSessions(seed: number, from: number, to: number): GeneratedSession[] {
  const out: GeneratedSession[] = [];
  for (let i = from; i < to; i++) out.push(generateSession(seed, i));
  return out;
}
