// An import's size is what its rows take as JSON: it grows with the text it brings, and is
// nothing for an import that writes nothing.
import { describe, expect, it } from 'vitest';
import { treeRow } from '../db/test-rows';
import type { SessionRow } from '../db/types';
import { importBytes } from './import-size';

const session: SessionRow = {
  id: 's',
  title: 'A chat',
  titleIsCustom: false,
  createdAt: 1,
  updatedAt: 1,
  model: 'm',
  systemPrompt: '',
  params: {},
  activeLeafId: null,
};

function chatWith(text: string) {
  return { session, messages: [{ ...treeRow('a', null), content: text }] };
}

describe('importBytes', () => {
  it('is nothing for an import that writes nothing', () => {
    expect(importBytes([])).toBe(0);
  });

  it('grows with the text the import brings', () => {
    const small = importBytes([chatWith('hi')]);
    const big = importBytes([chatWith('x'.repeat(1_000_000))]);
    expect(big - small).toBe(1_000_000 - 'hi'.length);
    expect(importBytes([chatWith('hi'), chatWith('hi')])).toBe(2 * small);
  });

  it('counts every row: the chat and each of its messages', () => {
    const one = { session, messages: [treeRow('a', null)] };
    const two = { session, messages: [treeRow('a', null), treeRow('b', 'a')] };
    expect(importBytes([two])).toBeGreaterThan(importBytes([one]));
    expect(importBytes([one])).toBeGreaterThan(JSON.stringify(session).length);
  });
});
