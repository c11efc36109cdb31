// The search index over every message, built with MiniSearch (see docs/architecture.md for why
// MiniSearch). It holds the terms and, per message, what a result shows without reading the
// message: its chat, role and date, and which pairs of words follow each other in it (for
// phrases, see word-pairs.ts). The text itself stays in the messages table.
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { contentText } from '../content-text';
import type { MessageRow, Role } from '../types';
import type { SearchQuery } from './search-query';
import { fold, isCjk, termsOf, termsOfWords, words } from './search-text';
import { pairSignature } from './word-pairs';

/** Bumped whenever what is indexed, or how, changes: a stored index of another format is rebuilt. */
export const INDEX_FORMAT = 2;

interface IndexedMessage {
  id: string;
  /** The message's terms, folded and joined by spaces: folded and split once, here. */
  text: string;
  /** Its pairs of neighbouring words (`pairSignature`). */
  pairs: string;
  sessionId: string;
  createdAt: number;
  role: Role;
}

export type MessageIndex = MiniSearch<IndexedMessage>;

/** A message that matched, with the index terms it matched on (for highlighting). */
export interface IndexHit {
  id: string;
  sessionId: string;
  createdAt: number;
  role: Role;
  terms: string[];
  /** Its pairs of neighbouring words (`pairSignature`). */
  pairs: string;
}

/** Typos are forgiven in words this long or longer. */
const FUZZY_FROM = 4;
const FUZZY_SHARE = 0.25;
/** A shorter prefix matches too much of the index to be worth walking. */
const PREFIX_FROM = 2;

const OPTIONS: Options<IndexedMessage> = {
  fields: ['text'],
  storeFields: ['sessionId', 'createdAt', 'role', 'pairs'],
  tokenize: (text: string) => text.split(' '),
  // Terms arrive folded from indexedMessage and from parseQuery.
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (text: string) => text.split(' '), combineWith: 'AND' },
};

export function createIndex(): MessageIndex {
  return new MiniSearch<IndexedMessage>(OPTIONS);
}

/** Throws when `json` is not an index MiniSearch wrote. */
export function loadIndex(json: string): MessageIndex {
  return MiniSearch.loadJSON<IndexedMessage>(json, OPTIONS);
}

export function indexedMessage(message: MessageRow): IndexedMessage {
  const textWords = words(fold(contentText(message.content)));
  return {
    id: message.id,
    text: termsOfWords(textWords).join(' '),
    pairs: pairSignature(textWords),
    sessionId: message.sessionId,
    createdAt: message.createdAt,
    role: message.role,
  };
}

function toHit(result: SearchResult): IndexHit {
  // Stored fields come back as the index was given them (indexedMessage).
  const stored = result as SearchResult & Omit<IndexedMessage, 'text' | 'id'>;
  return {
    id: String(result.id),
    sessionId: stored.sessionId,
    createdAt: stored.createdAt,
    role: stored.role,
    terms: result.terms,
    pairs: stored.pairs,
  };
}

/**
 * Messages holding every term of the query, or a word that starts with it; with `typos`, also
 * words a letter or two away (one edit up to 7 letters, two from 8). The caller forgives typos
 * only when nothing matched without: a typo rarely matches anything as typed, while a correct
 * word forgiven a letter brings in every near-miss (fork → for, form, work).
 */
export function searchIndex(index: MessageIndex, query: SearchQuery, typos: boolean): IndexHit[] {
  if (query.terms.length === 0) return [];
  const phrased = new Set(query.phrases.flatMap((phrase) => termsOf(phrase)));
  const prefix = (term: string) => term.length >= PREFIX_FROM && !phrased.has(term);
  const fuzzy = (term: string) =>
    typos && term.length >= FUZZY_FROM && !isCjk(term) && !phrased.has(term) ? FUZZY_SHARE : false;
  return index.search(query.terms.join(' '), { prefix, fuzzy, maxFuzzy: 2 }).map(toHit);
}
