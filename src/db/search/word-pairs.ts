// Which pairs of neighbouring words a message holds, kept in the index as a small bit set (a
// Bloom filter), so a phrase search reads only the messages that may hold the phrase. Its words
// are each in most messages ("the cache"), so the index alone can't tell; reading a message
// from IndexedDB to check costs far more than this test. A set bit may come from another pair,
// so the text is still checked, but a missing one rules the message out: no false negatives.
import { isCjk } from './search-text';

/** Bits kept per pair of words, and bits set per pair: about 15% of absent pairs pass. */
const BITS_PER_PAIR = 4;
/** Each character of the signature holds 6 bits, so it stays plain ASCII in the saved JSON. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map(Array.from(ALPHABET, (char, i) => [char, i]));

/** FNV-1a of `a`, a space and `b`, without joining them. */
function pairHash(a: string, b: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) hash = Math.imul(hash ^ a.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ 32, 0x01000193);
  for (let i = 0; i < b.length; i++) hash = Math.imul(hash ^ b.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The step from a pair's first bit to its second: another hash (murmur3's finaliser), odd. */
function secondHash(hash: number): number {
  let second = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  second = Math.imul(second ^ (second >>> 13), 0xc2b2ae35);
  return ((second ^ (second >>> 16)) | 1) >>> 0;
}

/** The signature of a text's words (folded, in order): empty when there is no pair. */
export function pairSignature(words: readonly string[]): string {
  const pairs = words.length - 1;
  if (pairs < 1) return '';
  const chars = Math.ceil((pairs * BITS_PER_PAIR) / 6);
  const values = new Uint8Array(chars);
  const size = chars * 6;
  const set = (bit: number) => {
    const at = Math.floor(bit / 6);
    values[at] = (values[at] ?? 0) | (1 << (bit % 6));
  };
  for (let i = 0; i < pairs; i++) {
    const hash = pairHash(words[i] ?? '', words[i + 1] ?? '');
    set(hash % size);
    set((hash + secondHash(hash)) % size);
  }
  let signature = '';
  for (const value of values) signature += ALPHABET[value] ?? '';
  return signature;
}

function hasBit(signature: string, bit: number): boolean {
  const value = VALUE.get(signature.charAt(Math.floor(bit / 6))) ?? 0;
  return (value & (1 << (bit % 6))) !== 0;
}

/**
 * Whether a text with this signature may hold the words of `phrase` in a row (`phrase`: its
 * words joined by single spaces). False only when it can't.
 */
export function mayHoldPhrase(signature: string, phrase: string): boolean {
  // A CJK phrase may start or end inside a run, which is one word here: no pair to test.
  if (isCjk(phrase)) return true;
  const words = phrase.split(' ');
  if (words.length < 2) return true;
  const size = signature.length * 6;
  if (size === 0) return false;
  for (let i = 0; i < words.length - 1; i++) {
    const hash = pairHash(words[i] ?? '', words[i + 1] ?? '');
    if (!hasBit(signature, hash % size)) return false;
    if (!hasBit(signature, (hash + secondHash(hash)) % size)) return false;
  }
  return true;
}
