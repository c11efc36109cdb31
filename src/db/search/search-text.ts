// How text becomes search terms, the same way for a message being indexed and for a query:
// lower case, diacritics folded (é → e, ü → u), split into words. Chinese, Japanese and Korean
// text has no spaces between words, so a run of it becomes overlapping pairs of characters
// (東京タワー → 東京 京タ タワ ワー): any two-character piece of it can then be found.

// Script extensions, so marks shared by these scripts (the long vowel ー, 々) belong to them.
const CJK = String.raw`\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}`;
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
/** A run of CJK letters, or a run of other letters and digits. */
const TOKEN = new RegExp(
  String.raw`(?:(?=[\p{L}\p{N}])[${CJK}])+|(?:(?![${CJK}])[\p{L}\p{N}])+`,
  'gu',
);
const MARKS = /\p{M}+/gu;

/** Lower case with diacritics removed; Hangul and other composed letters come back composed. */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
}

export function isCjk(term: string): boolean {
  return CJK_CHAR.test(term);
}

/** A word of folded text and where it starts in that text. */
export interface Token {
  text: string;
  start: number;
}

/** The words of already folded text, in order, with CJK runs whole. */
export function tokens(folded: string): Token[] {
  return [...folded.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index }));
}

/** The words of already folded text, in order, with CJK runs whole; no offsets kept. */
export function words(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}

/** A CJK run as its overlapping character pairs; a single character stays as it is. */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => `${chars[i] ?? ''}${char}`);
}

/** The terms of a text's words (from `words`), as the index stores them. */
export function termsOfWords(textWords: readonly string[]): string[] {
  return textWords.flatMap((word) => (isCjk(word) ? bigrams(word) : [word]));
}

/** The terms of already folded text, as the index stores them. */
export function termsOf(folded: string): string[] {
  return termsOfWords(words(folded));
}
