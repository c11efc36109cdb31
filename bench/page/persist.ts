// Measure 3: persisting one streamed reply with Arbor's real write functions (saveStreamedText
// for each batch, then finishReply), against the blob store rewriting everything each time.
import { db } from '../../src/db/schema';
import { appendUserTurn, finishReply, saveStreamedText } from '../../src/db/messages-repo';
import { createSession, deleteSession } from '../../src/db/sessions-repo';
import type { MessageRow } from '../../src/db/types';
import type { PersistReport } from '../api-types';
import { MODEL, type GeneratedSession } from '../generate';
import { repeat } from '../stats';
import { writeBlob } from './blob-store';
import { replySnapshots } from './reply-text';
import { blobState } from './seed';

const USAGE = { prompt_tokens: 120, completion_tokens: 400, total_tokens: 520 };

async function arborReply(sessionId: string, snapshots: readonly string[]): Promise<number> {
  const { assistantId } = await appendUserTurn(sessionId, 'Tell me about persistence.');
  const start = performance.now();
  for (const text of snapshots) await saveStreamedText(assistantId, text);
  await finishReply(assistantId, { content: snapshots.at(-1) ?? '', status: 'done', usage: USAGE });
  return performance.now() - start;
}

function blobRow(
  session: GeneratedSession,
  role: 'user' | 'assistant',
  parentId: string | null,
): MessageRow {
  const row: MessageRow = {
    id: crypto.randomUUID(),
    sessionId: session.session.id,
    parentId,
    role,
    content: role === 'user' ? 'Tell me about persistence.' : '',
    createdAt: Date.now(),
    status: role === 'user' ? 'done' : 'streaming',
  };
  session.messages.push(row);
  return row;
}

async function blobReply(session: GeneratedSession, snapshots: readonly string[]): Promise<number> {
  const user = blobRow(session, 'user', session.session.activeLeafId);
  const reply = blobRow(session, 'assistant', user.id);
  session.session.activeLeafId = reply.id;
  const start = performance.now();
  for (const text of snapshots) {
    reply.content = text;
    await writeBlob(blobState);
  }
  reply.status = 'done';
  reply.usage = USAGE;
  await writeBlob(blobState);
  return performance.now() - start;
}

function blobSession(): GeneratedSession {
  const now = Date.now();
  return {
    session: {
      id: crypto.randomUUID(),
      title: 'Persist target',
      titleIsCustom: true,
      createdAt: now,
      updatedAt: now,
      model: MODEL,
      systemPrompt: '',
      params: {},
      activeLeafId: null,
    },
    messages: [],
  };
}

export async function measurePersist(runs: number, blobRuns: number): Promise<PersistReport> {
  const snapshots = replySnapshots();
  const storedMessages = await db.messages.count();
  const sessionId = await createSession({ model: MODEL, systemPrompt: '' });
  await arborReply(sessionId, snapshots); // warm-up, not counted
  const arbor = await repeat(runs, () => arborReply(sessionId, snapshots));
  await deleteSession(sessionId);

  const target = blobSession();
  blobState.sessions.push(target);
  const blob = await repeat(blobRuns, () => blobReply(target, snapshots));
  blobState.sessions.pop();
  const blobMB = (await writeBlob(blobState)) / 1e6;
  return { storedMessages, writes: snapshots.length + 1, arbor, blob, blobMB };
}
