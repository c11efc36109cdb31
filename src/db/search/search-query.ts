// What the user typed, read as a search: the words, each of which a message must contain, and
// the phrases in quotes, which it must contain as written (up to case and diacritics). Any text
// is a valid query; a long paste is cut to its start, so no query can keep the index busy.
import { fold, isCjk, termsOf, words } from './search-text';

/** Longer input is cut: nobody reads the results of a query longer than this. */
export const MAX_QUERY_CHARS = 500;
/** Each term costs a walk of the index; later ones are dropped. */
export const MAX_TERMS = 12;

export interface SearchQuery {
  terms: string[];
  /** Folded phrases as their words joined by single spaces; their terms are also in `terms`. */
  phrases: string[];
}

const QUOTES = /[“”„«»"]/g;
const QUOTED = /"([^"]*)"/g;

/** The words of folded text joined by single spaces, so punctuation and spacing don't count. */
function spaced(folded: string): string {
  return words(folded).join(' ');
}

export function parseQuery(input: string): SearchQuery {
  const text = fold(input.slice(0, MAX_QUERY_CHARS)).replace(QUOTES, '"');
  const phrases = [...text.matchAll(QUOTED)]
    .map((m) => spaced(m[1] ?? ''))
    // A single term needs no phrase check; an empty pair of quotes is no phrase at all.
    .filter((phrase) => termsOf(phrase).length > 1);
  const terms = [...new Set(termsOf(text))].slice(0, MAX_TERMS);
  return { terms, phrases };
}

/** Whether a message's folded text holds every phrase of the query. */
export function hasPhrases(foldedText: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return true;
  const text = ` ${spaced(foldedText)} `;
  // Latin words must match whole; CJK runs hold no word boundaries to match against.
  return phrases.every((phrase) => text.includes(isCjk(phrase) ? phrase : ` ${phrase} `));
}
