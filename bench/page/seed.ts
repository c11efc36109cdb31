// Seeds the app's real database (Dexie bulkAdd, same origin as the app under test) in stages,
// and keeps the same data in memory as the blob baseline's state, rewritten after each stage.
import { db } from '../../src/db/schema';
import { addProvider } from '../../src/db/providers-repo';
import { loadNewChatDefaults } from '../../src/db/settings-repo';
import { listModels } from '../../src/llm/client';
import { indexMessages, pathTo } from '../../src/db/tree';
import type { LongSessionInfo, SeedReport } from '../api-types';
import {
  generateLongSession,
  generateSessions,
  LONG_SESSION_BRANCH_POINTS,
  MODEL,
  newestUpdatedAt,
  type GeneratedSession,
} from '../generate';
import { readBlob, writeBlob, type BlobState } from './blob-store';

const CHUNK = 5_000;

export const blobState: BlobState = { version: 1, sessions: [] };
let ordinaryCount = 0;

export interface LongSessionRef {
  id: string;
  leafId: string;
}
let longSession: LongSessionRef | undefined;

export function requireLongSession(): LongSessionRef {
  if (!longSession) throw new Error('seedLong() or resume() has not run');
  return longSession;
}

/**
 * In a freshly loaded bench page: takes the blob state back from the blob store and the long
 * session's current active leaf from the app's database (the app may have added replies to it).
 */
export async function resume(longSessionId: string): Promise<void> {
  blobState.sessions = (await readBlob()).sessions;
  const session = await db.sessions.get(longSessionId);
  if (!session?.activeLeafId) throw new Error('The long session is missing');
  longSession = { id: session.id, leafId: session.activeLeafId };
}

function textChars(sessions: readonly GeneratedSession[]): number {
  let chars = 0;
  for (const s of sessions)
    for (const m of s.messages) chars += typeof m.content === 'string' ? m.content.length : 0;
  return chars;
}

async function addRows(added: readonly GeneratedSession[]): Promise<void> {
  await db.sessions.bulkAdd(added.map((g) => g.session));
  const rows = added.flatMap((g) => g.messages);
  for (let i = 0; i < rows.length; i += CHUNK) await db.messages.bulkAdd(rows.slice(i, i + CHUNK));
}

export async function seedOrdinary(seed: number, total: number): Promise<SeedReport> {
  const start = performance.now();
  const added = generateSessions(seed, ordinaryCount, total);
  await addRows(added);
  const seedMs = performance.now() - start;
  ordinaryCount = total;
  blobState.sessions.push(...added);
  const blobChars = await writeBlob(blobState);
  return {
    sessions: await db.sessions.count(),
    messages: await db.messages.count(),
    textMB: textChars(blobState.sessions) / 1e6,
    seedMs,
    blobMB: blobChars / 1e6,
  };
}

/**
 * The long session goes second in the list: just older than the newest ordinary session. It
 * replies through the mock provider, as a chat started in the app does (the ordinary sessions
 * have none, like imported chats, and take the new-chat defaults on their first reply).
 */
export async function seedLong(seed: number): Promise<LongSessionInfo> {
  const start = performance.now();
  const generated = generateLongSession(seed, newestUpdatedAt(seed, ordinaryCount) - 1);
  const { providerId } = await loadNewChatDefaults();
  if (providerId) generated.session.providerId = providerId;
  await addRows([generated]);
  const seedMs = performance.now() - start;
  blobState.sessions.push(generated);
  await writeBlob(blobState);
  const { session, messages } = generated;
  if (!session.activeLeafId) throw new Error('The long session has no active leaf');
  longSession = { id: session.id, leafId: session.activeLeafId };
  return {
    id: session.id,
    title: session.title,
    messages: messages.length,
    pathLength: pathTo(indexMessages(messages), session.activeLeafId).length,
    branchPoints: LONG_SESSION_BRANCH_POINTS,
    lastPathMessageId: session.activeLeafId,
    seedMs,
  };
}

/**
 * The provider the app's chats reply through: the mock server, with the models it lists and
 * their windows, as adding it in Settings stores them (so mock-small's window is 128k tokens).
 */
export async function seedSettings(baseURL: string): Promise<void> {
  const endpoint = { baseURL, apiKey: 'k' };
  const models = await listModels(endpoint);
  await addProvider({ name: 'Mock', presetId: 'custom', ...endpoint, models }, MODEL);
}

/**
 * Removes the token counts kept for a chat's messages, as before its first reply from the app,
 * so the next send in it counts them all again. Returns how many messages had counts.
 */
export function forgetTokenCounts(sessionId: string): Promise<number> {
  return db.tokenCounts.where('sessionId').equals(sessionId).delete();
}

export async function newestOrdinary(): Promise<{ id: string; title: string }> {
  const newest = await db.sessions.orderBy('updatedAt').last();
  if (!newest) throw new Error('Nothing is seeded yet');
  return { id: newest.id, title: newest.title };
}
