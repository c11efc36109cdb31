import { describe, expect, it } from 'vitest';
import { titleFromText } from './title';

describe('title derivation', () => {
  it('uses the first message as it is when short', () => {
    expect(titleFromText('How do trees grow?')).toBe('How do trees grow?');
  });

  it('folds line breaks and runs of spaces into one line', () => {
    expect(titleFromText('  first line\n\nsecond   line ')).toBe('first line second line');
  });

  it('cuts a long message at a word boundary with an ellipsis', () => {
    const title = titleFromText('word '.repeat(40));
    expect(title.length).toBeLessThanOrEqual(61);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('gives nothing for blank text', () => {
    expect(titleFromText(' \n ')).toBe('');
  });
});
