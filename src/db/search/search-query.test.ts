// What a query means, and that any text is a query: regex characters, quotes, emoji, CJK and a
// long paste all parse, quickly, into a bounded list of terms.
import { describe, expect, it } from 'vitest';
import { MAX_TERMS, hasPhrases, parseQuery } from './search-query';
import { fold, termsOf } from './search-text';

describe('terms', () => {
  it('folds case and diacritics the same way in text and in queries', () => {
    expect(termsOf(fold('Crème Brûlée à São Paulo, NAÏVE Ångström'))).toEqual([
      'creme',
      'brulee',
      'a',
      'sao',
      'paulo',
      'naive',
      'angstrom',
    ]);
    expect(parseQuery('CRÈME brûlée').terms).toEqual(['creme', 'brulee']);
  });

  it('splits CJK text, which has no spaces, into overlapping pairs of characters', () => {
    expect(termsOf(fold('東京タワーに行く'))).toEqual([
      '東京',
      '京タ',
      'タワ',
      'ワー',
      'ーに',
      'に行',
      '行く',
    ]);
    expect(parseQuery('タワー').terms).toEqual(['タワ', 'ワー']);
    expect(termsOf(fold('한국어 검색'))).toEqual(['한국', '국어', '검색']);
    expect(termsOf(fold('Tokyo東京tower'))).toEqual(['tokyo', '東京', 'tower']);
  });

  it('keeps a lone CJK character as a term of its own', () => {
    expect(parseQuery('猫').terms).toEqual(['猫']);
  });
});

describe('any text is a query', () => {
  it.each([
    ['regex characters', '.*+?^${}()|[]\\/ (a|b)* [^x]'],
    ['quotes', '"\'“„«» "unclosed'],
    ['emoji', '🙂🌳👩‍👩‍👧 ok 🙂'],
    ['nothing but symbols', '!!! ??? ---'],
    ['control characters', '\u0000\u0007\uFFFF\uD800'],
  ])('parses %s without throwing', (_, text) => {
    const query = parseQuery(text);
    expect(query.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    for (const term of query.terms) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('reads only the start of a 10,000-character paste', () => {
    const paste = 'lorem ipsum dolor sit amet consectetur '.repeat(300).slice(0, 10_000);
    const started = performance.now();
    const query = parseQuery(paste);
    expect(performance.now() - started).toBeLessThan(50);
    expect(query.terms.slice(0, 6)).toEqual([
      'lorem',
      'ipsum',
      'dolor',
      'sit',
      'amet',
      'consectetur',
    ]);
    expect(query.terms.length).toBeLessThanOrEqual(MAX_TERMS);
  });

  it('keeps no more than MAX_TERMS terms of a long query', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(parseQuery(words).terms).toHaveLength(MAX_TERMS);
  });
});

describe('phrases', () => {
  it('reads text in quotes, straight or curly, as a phrase', () => {
    expect(parseQuery('"New York" pizza').phrases).toEqual(['new york']);
    expect(parseQuery('“new  york”').phrases).toEqual(['new york']);
    expect(parseQuery('"new york').phrases).toEqual([]);
    expect(parseQuery('"york"').phrases).toEqual([]);
  });

  it('matches a phrase as whole words, whatever the punctuation and spacing between them', () => {
    const text = fold('We flew to New\nYork, then drove.');
    expect(hasPhrases(text, ['new york'])).toBe(true);
    expect(hasPhrases(text, ['york then'])).toBe(true);
    expect(hasPhrases(text, ['york new'])).toBe(false);
    expect(hasPhrases(fold('brand new yorkshire'), ['new york'])).toBe(false);
  });

  it('matches a CJK phrase inside a longer run', () => {
    expect(hasPhrases(fold('明日は東京タワーに行く'), parseQuery('"東京タワー"').phrases)).toBe(
      true,
    );
    expect(hasPhrases(fold('東京の タワー'), parseQuery('"東京タワー"').phrases)).toBe(false);
  });
});
