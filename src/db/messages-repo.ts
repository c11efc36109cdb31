// All writes to messages during a chat: a new turn, a reply placeholder, the batched
// streamed text and the final state. A turn is written in one transaction, so the user's
// message and the reply placeholder appear together or not at all.
import { db } from './schema';
import type { MessageRow, MessageStatus, ToolCall, Usage } from './types';
import { newId } from '../lib/ids';
import { titleFromText } from '../lib/title';
import { markToolStepOpen } from './tool-steps-repo';

export interface TurnIds {
  userId: string;
  assistantId: string;
}

function assistantPlaceholder(sessionId: string, parentId: string, model: string): MessageRow {
  return {
    id: newId(),
    sessionId,
    parentId,
    role: 'assistant',
    content: '',
    createdAt: Date.now(),
    status: 'streaming',
    model,
  };
}

/**
 * Adds the user's message and an empty streaming reply under it. The message goes under
 * the active leaf, or under `parentId` when given: an edit becomes a sibling of the original.
 */
export async function appendUserTurn(
  sessionId: string,
  text: string,
  parentId?: string | null,
): Promise<TurnIds> {
  return db.transaction('rw', db.sessions, db.messages, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('This chat no longer exists.');
    const user: MessageRow = {
      id: newId(),
      sessionId,
      parentId: parentId === undefined ? session.activeLeafId : parentId,
      role: 'user',
      content: text,
      createdAt: Date.now(),
      status: 'done',
    };
    const reply = assistantPlaceholder(sessionId, user.id, session.model);
    await db.messages.bulkAdd([user, reply]);
    const derived = session.titleIsCustom || session.activeLeafId ? '' : titleFromText(text);
    await db.sessions.update(sessionId, {
      activeLeafId: reply.id,
      updatedAt: reply.createdAt,
      ...(derived ? { title: derived } : {}),
    });
    return { userId: user.id, assistantId: reply.id };
  });
}

/**
 * Adds a new reply under `parentId` as a sibling of any earlier replies and makes it active.
 * A failed reply with no text is removed first: it holds nothing worth keeping as a branch.
 */
export async function startReply(
  sessionId: string,
  parentId: string,
  replacing?: string,
): Promise<string> {
  return db.transaction('rw', db.sessions, db.messages, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('This chat no longer exists.');
    if (replacing) {
      const old = await db.messages.get(replacing);
      const hasChildren = (await db.messages.where('parentId').equals(replacing).count()) > 0;
      if (old?.status === 'error' && !old.content && !hasChildren)
        await db.messages.delete(replacing);
    }
    const reply = assistantPlaceholder(sessionId, parentId, session.model);
    await db.messages.add(reply);
    await db.sessions.update(sessionId, { activeLeafId: reply.id, updatedAt: reply.createdAt });
    return reply.id;
  });
}

/**
 * A batched write of the text streamed so far. It goes to the streams table, so a long chat's
 * live queries are not re-run every few hundred milliseconds while a reply streams.
 */
export async function saveStreamedText(id: string, content: string): Promise<void> {
  await db.streams.put({ id, content, updatedAt: Date.now() });
}

export interface ReplyOutcome {
  content: string;
  status: Exclude<MessageStatus, 'streaming'>;
  usage?: Usage;
  tool_calls?: ToolCall[];
  error?: string;
  /** The model and the provider's name that wrote it, once the request went out. */
  model?: string;
  provider?: string;
  notice?: string;
  json?: { problem?: string };
  tooLong?: boolean;
  /** How the model reasoned, kept with the reply and never sent back. */
  reasoning?: string;
  reasoningSeconds?: number;
}

/**
 * Writes the reply's final text and status, and drops its streamed copy, in one transaction. A
 * reply that asks for tools is listed as an open tool step in the same transaction.
 */
export async function finishReply(id: string, outcome: ReplyOutcome): Promise<void> {
  await db.transaction('rw', db.messages, db.streams, db.settings, async () => {
    await db.messages.update(id, { ...outcome });
    await db.streams.delete(id);
    if (outcome.tool_calls?.length) await markToolStepOpen(id);
  });
}

/** Adds a sentence to what a reply says about how it was made. */
export async function addReplyNotice(id: string, notice: string): Promise<void> {
  await db.transaction('rw', db.messages, async () => {
    const row = await db.messages.get(id);
    if (!row) return;
    await db.messages.update(id, { notice: row.notice ? `${row.notice} ${notice}` : notice });
  });
}

/**
 * Marks replies left 'streaming' by a tab that died as 'interrupted', keeping their text.
 * `isLive` tells whether some open tab is still streaming a given message.
 */
export async function markInterrupted(isLive: (id: string) => boolean): Promise<number> {
  return db.transaction('rw', db.messages, db.streams, async () => {
    const stale = (await db.messages.where('status').equals('streaming').toArray()).filter(
      (m) => !isLive(m.id),
    );
    if (stale.length === 0) return 0;
    const streamed = await db.streams.bulkGet(stale.map((m) => m.id));
    await db.messages.bulkUpdate(
      stale.map((m, i) => ({
        key: m.id,
        changes: { status: 'interrupted' as const, content: streamed[i]?.content ?? m.content },
      })),
    );
    await db.streams.bulkDelete(stale.map((m) => m.id));
    return stale.length;
  });
}

/** Keeps Arbor's own count as a reply's usage, where the endpoint reported none. */
export async function saveUsageEstimate(id: string, usage: Usage): Promise<void> {
  await db.messages.update(id, { usage, usageIsEstimate: true });
}

/**
 * A new version of a message that asks for no reply, such as the summary a chat starts from:
 * a sibling of the original that becomes the active leaf, so the original stays as a branch.
 */
export async function addRevision(message: MessageRow, text: string): Promise<string> {
  return db.transaction('rw', db.sessions, db.messages, async () => {
    const revision: MessageRow = {
      id: newId(),
      sessionId: message.sessionId,
      parentId: message.parentId,
      role: message.role,
      content: text,
      createdAt: Date.now(),
      status: 'done',
    };
    await db.messages.add(revision);
    await db.sessions.update(message.sessionId, {
      activeLeafId: revision.id,
      updatedAt: revision.createdAt,
    });
    return revision.id;
  });
}
