// A search, from the typed text to the results a screen shows: the newest matching messages
// with their chat's title, role, date and a snippet. Runs in the search worker.
import { contentText } from '../content-text';
import type { MessageRow, Role } from '../types';
import { readMessages, readSessions } from './index-storage';
import { searchIndex, type IndexHit } from './message-index';
import { hasPhrases, parseQuery, type SearchQuery } from './search-query';
import { fold } from './search-text';
import { snippet, type SnippetPart } from './snippet';
import type { WeeklyIndex } from './weekly-index';
import { mayHoldPhrase } from './word-pairs';

/** Results shown at most; newer ones first. */
export const RESULT_LIMIT = 100;
/**
 * Messages read at a time to check a phrase, and candidates looked at per search at most: a
 * phrase of common words that rarely follow each other would otherwise read every message.
 */
const PHRASE_CHUNK = 100;
const PHRASE_CANDIDATES = 1_000;

export interface SearchResult {
  messageId: string;
  sessionId: string;
  sessionTitle: string;
  role: Role;
  createdAt: number;
  snippet: SnippetPart[];
}

export interface SearchAnswer {
  results: SearchResult[];
  /** More messages match than are shown. */
  more: boolean;
  /** Time the search took in the worker. */
  tookMs: number;
}

interface Found {
  hit: IndexHit;
  message?: MessageRow;
}

const newestFirst = (a: IndexHit, b: IndexHit) => b.createdAt - a.createdAt;

/**
 * Keeps the hits whose text holds the query's phrases, stopping once `wanted` are kept. Only
 * the hits whose word pairs may hold them are read, a chunk at a time.
 */
async function withPhrases(
  hits: IndexHit[],
  query: SearchQuery,
  wanted: number,
  budget: { candidates: number },
): Promise<Found[]> {
  const kept: Found[] = [];
  const mayHold = (hit: IndexHit) =>
    query.phrases.every((phrase) => mayHoldPhrase(hit.pairs, phrase));
  let next = 0;
  while (next < hits.length && kept.length < wanted && budget.candidates > 0) {
    const chunk: IndexHit[] = [];
    for (; next < hits.length && chunk.length < PHRASE_CHUNK && budget.candidates > 0; next++) {
      budget.candidates -= 1;
      const hit = hits[next];
      if (hit && mayHold(hit)) chunk.push(hit);
    }
    if (chunk.length === 0) continue;
    const byId = new Map((await readMessages(chunk.map((h) => h.id))).map((m) => [m.id, m]));
    for (const hit of chunk) {
      const message = byId.get(hit.id);
      if (message && hasPhrases(fold(contentText(message.content)), query.phrases)) {
        kept.push({ hit, message });
      }
    }
  }
  return kept;
}

/**
 * The newest matches, one more than the limit when there are more; weeks newest first. With
 * `within`, only messages of those chats.
 */
async function newestMatches(
  index: WeeklyIndex,
  query: SearchQuery,
  typos: boolean,
  within: ReadonlySet<string> | undefined,
) {
  const found: Found[] = [];
  const budget = { candidates: PHRASE_CANDIDATES };
  for (const week of index.newestFirst()) {
    const all = searchIndex(week, query, typos);
    const hits = (within ? all.filter((hit) => within.has(hit.sessionId)) : all).sort(newestFirst);
    const wanted = RESULT_LIMIT + 1 - found.length;
    if (query.phrases.length > 0) found.push(...(await withPhrases(hits, query, wanted, budget)));
    else found.push(...hits.slice(0, wanted).map((hit) => ({ hit })));
    if (found.length > RESULT_LIMIT || budget.candidates <= 0) break;
  }
  return found;
}

async function toResults(found: Found[]): Promise<SearchResult[]> {
  const unread = found.filter((f) => !f.message).map((f) => f.hit.id);
  const read = new Map((await readMessages(unread)).map((m) => [m.id, m]));
  const sessions = await readSessions(found.map((f) => f.hit.sessionId));
  const titles = new Map(sessions.map((s) => [s.id, s.title]));
  return found.flatMap(({ hit, message = read.get(hit.id) }) => {
    // Deleted since it was indexed: the index hears of it in a moment.
    const title = titles.get(hit.sessionId);
    if (!message || title === undefined) return [];
    return [
      {
        messageId: hit.id,
        sessionId: hit.sessionId,
        sessionTitle: title,
        role: hit.role,
        createdAt: hit.createdAt,
        snippet: snippet(contentText(message.content), new Set(hit.terms)),
      },
    ];
  });
}

/** `sessionIds` limits the search to those chats (a folder's, say). */
export async function findMessages(
  index: WeeklyIndex,
  text: string,
  sessionIds?: readonly string[],
): Promise<SearchAnswer> {
  const started = performance.now();
  const query = parseQuery(text);
  const within = sessionIds ? new Set(sessionIds) : undefined;
  let found = await newestMatches(index, query, false, within);
  if (found.length === 0) found = await newestMatches(index, query, true, within);
  const results = await toResults(found.slice(0, RESULT_LIMIT));
  return { results, more: found.length > RESULT_LIMIT, tookMs: performance.now() - started };
}
