import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatting a count', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(128_000)).toBe('128,000');
    expect(formatCount(3_410)).toBe('3,410');
    expect(formatCount(42)).toBe('42');
  });
});
