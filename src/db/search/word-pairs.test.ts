import { describe, expect, it } from 'vitest';
import { mayHoldPhrase, pairSignature } from './word-pairs';

const VOCABULARY = 'the a cache index worker query tree fork is of to état naïve 東京'.split(' ');

/** Deterministic pseudo-random words, so a failure can be replayed. */
function textWords(seed: number, count: number): string[] {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(VOCABULARY[state % VOCABULARY.length] ?? 'the');
  }
  return out;
}

describe('word pair signatures', () => {
  it('lets through every run of words the text holds, in texts short and long', () => {
    const missed: string[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      const words = textWords(seed, 2 + (seed % 50) * 7);
      const signature = pairSignature(words);
      for (let start = 0; start < words.length - 1; start++) {
        for (let length = 2; length <= 4 && start + length <= words.length; length++) {
          const phrase = words.slice(start, start + length).join(' ');
          if (!mayHoldPhrase(signature, phrase)) missed.push(`seed ${seed}: "${phrase}"`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('rules out most pairs of words that never follow each other', () => {
    // Common words, each in the text, but never side by side in this order.
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const signature = pairSignature(words);
    let passed = 0;
    for (let i = 1; i < words.length; i++) {
      if (mayHoldPhrase(signature, `w${i} w${i - 1}`)) passed++;
    }
    expect(passed / (words.length - 1)).toBeLessThan(0.3);
  });

  it('rules out any phrase in a text of one word or none', () => {
    expect(mayHoldPhrase(pairSignature(['cache']), 'the cache')).toBe(false);
    expect(mayHoldPhrase(pairSignature([]), 'the cache')).toBe(false);
  });

  it('lets every CJK phrase through, since it may start inside a run', () => {
    expect(mayHoldPhrase(pairSignature(['東京タワー']), '京タ')).toBe(true);
  });
});
