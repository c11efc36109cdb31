// Snippets: the matches are marked where they are written, whatever their case and accents.
import { describe, expect, it } from 'vitest';
import { snippet } from './snippet';

const marked = (text: string, terms: string[]) =>
  snippet(text, new Set(terms))
    .filter((part) => part.match)
    .map((part) => part.text);

describe('snippets', () => {
  it('marks the words as written, accents and case included', () => {
    expect(marked('A Crème brûlée, then more CRÈME.', ['creme'])).toEqual(['Crème', 'CRÈME']);
  });

  it('marks CJK pairs inside a run', () => {
    expect(marked('明日は東京タワーに行く', ['東京', '京タ'])).toEqual(['東京タ']);
  });

  it('starts a little before the first match in a long text, with ellipses', () => {
    const text = `${'filler words here '.repeat(20)}the needle is here ${'more words '.repeat(30)}`;
    const parts = snippet(text, new Set(['needle']));
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
    expect(parts.find((p) => p.match)?.text).toBe('needle');
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(200);
  });

  it('shows the start of the text, on one line, when nothing can be marked', () => {
    expect(snippet('first line\n\nsecond line', new Set(['zzz']))).toEqual([
      { text: 'first line second line', match: false },
    ]);
  });
});
