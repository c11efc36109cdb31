// The piece of a message a search result shows: a short stretch of its text around the first
// match, cut into plain and matched parts, so the screen marks the matches as text (never as
// HTML). Matching is done on the folded text, mapped back to the text as written.
import { bigrams, fold, isCjk, tokens } from './search-text';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Characters before the first match, and in the whole snippet. */
const BEFORE = 50;
const LENGTH = 180;
/** A long message is searched for its matches this far; later ones rarely make a better snippet. */
const SCAN_CHARS = 20_000;

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, where its character starts and ends in the original. */
  from: number[];
  to: number[];
}

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = fold(char);
    foldedChars.set(char, folded);
  }
  return folded;
}

function foldWithOffsets(original: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of original) {
    const folded = foldChar(char);
    text += folded;
    for (let i = 0; i < folded.length; i++) {
      from.push(at);
      to.push(at + char.length);
    }
    at += char.length;
  }
  return { text, from, to };
}

/** Ranges [start, end) of the folded text holding one of `terms`. */
function matchRanges(folded: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const token of tokens(folded)) {
    if (!isCjk(token.text)) {
      if (terms.has(token.text)) ranges.push([token.start, token.start + token.text.length]);
      continue;
    }
    const chars = Array.from(token.text);
    let offset = token.start;
    bigrams(token.text).forEach((pair, i) => {
      const first = chars[i] ?? '';
      if (terms.has(pair)) ranges.push([offset, offset + pair.length]);
      offset += first.length;
    });
  }
  return ranges;
}

/** Overlapping or touching ranges joined, in order. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Moves `at` back to the start of the word it falls in, within a few characters. */
function wordStart(text: string, at: number): number {
  for (let i = at; i > Math.max(0, at - 15); i--) if (/\s/.test(text[i - 1] ?? ' ')) return i;
  return at;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The snippet of `text` around its first match of `terms` (folded index terms). */
export function snippet(text: string, terms: ReadonlySet<string>): SnippetPart[] {
  const scanned = text.slice(0, SCAN_CHARS);
  const folded = foldWithOffsets(scanned);
  const matches = merge(
    matchRanges(folded.text, terms).map(([s, e]): [number, number] => [
      folded.from[s] ?? 0,
      folded.to[e - 1] ?? 0,
    ]),
  );
  const first = matches[0]?.[0] ?? 0;
  const start = first <= BEFORE ? 0 : wordStart(text, first - BEFORE);
  const end = Math.min(text.length, start + LENGTH);
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [s, e] of matches) {
    if (e <= start || s >= end) continue;
    if (s > at) parts.push({ text: oneLine(text.slice(at, s)), match: false });
    parts.push({ text: oneLine(text.slice(Math.max(s, at), Math.min(e, end))), match: true });
    at = Math.min(e, end);
  }
  if (at < end) parts.push({ text: oneLine(text.slice(at, end)), match: false });
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}
