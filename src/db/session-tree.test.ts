// The page's paged read of a chat's tree holds exactly what one whole read holds, however the
// pages fall: among messages created at the same moment, or with a message the creation-time
// index leaves out.
import { beforeEach, describe, expect, it } from 'vitest';
import { readSessionTree } from './queries';
import { db } from './schema';
import { readInCreationOrder, readSessionTreeInPages } from './session-tree';
import { childrenByParent, indexMessages } from './tree';
import type { MessageRow } from './types';

const SESSION = 'paged-tree';

beforeEach(async () => {
  await db.messages.clear();
  await db.sessions.clear();
  await db.sessions.add({
    id: SESSION,
    title: 'Paged',
    titleIsCustom: false,
    createdAt: 1,
    updatedAt: 1,
    model: 'm',
    systemPrompt: '',
    params: {},
    activeLeafId: null,
  });
});

/** A chain of `count` messages with a second branch every fifth one; `createdAt(i)` picks times. */
function chat(count: number, createdAt: (i: number) => number): MessageRow[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${String(i).padStart(4, '0')}`,
    sessionId: SESSION,
    parentId: i === 0 ? null : `m${String(i % 5 === 0 ? i - 2 : i - 1).padStart(4, '0')}`,
    role: i % 2 ? 'assistant' : 'user',
    content: `message ${i}`,
    createdAt: createdAt(i),
    status: 'done',
  }));
}

async function expectSameAsWholeRead(pageSize: number) {
  const { rows } = await readSessionTree(SESSION);
  const paged = await readSessionTreeInPages(SESSION, pageSize);
  expect(paged.session?.id).toBe(SESSION);
  expect(paged.byId).toEqual(indexMessages(rows));
  expect(paged.children).toEqual(childrenByParent(rows));
}

/** The pages alone, without the whole read that stands in when they miss a message. */
async function expectPagesHoldEachOnce(pageSize: number) {
  const ids: string[] = [];
  const sizes: number[] = [];
  await readInCreationOrder(SESSION, pageSize, (page) => {
    sizes.push(page.length);
    ids.push(...page.map((m) => m.id));
  });
  const { rows } = await readSessionTree(SESSION);
  expect(ids.toSorted()).toEqual(rows.map((m) => m.id).toSorted());
  expect(Math.max(...sizes)).toBeLessThanOrEqual(pageSize);
}

describe('reading a chat tree in pages', () => {
  it('reads every message once when each was created at its own time', async () => {
    await db.messages.bulkAdd(chat(95, (i) => 1000 + i));
    await expectPagesHoldEachOnce(10);
    await expectSameAsWholeRead(10);
  });

  it('reads every message once when pages end among messages created at the same time', async () => {
    // Runs of 7 at one time, and one run longer than a page.
    await db.messages.bulkAdd(chat(120, (i) => (i < 40 ? 5000 : 1000 + Math.floor(i / 7))));
    await expectPagesHoldEachOnce(10);
    await expectSameAsWholeRead(10);
  });

  it('reads a message the creation-time index leaves out', async () => {
    const rows = chat(30, (i) => 1000 + i);
    // An import could bring a time IndexedDB can't use as a key.
    const untimed: MessageRow = { ...(rows[7] as MessageRow), createdAt: Number.NaN };
    await db.messages.bulkAdd([...rows.slice(0, 7), untimed, ...rows.slice(8)]);
    await expectSameAsWholeRead(10);
    expect((await readSessionTreeInPages(SESSION, 10)).byId.size).toBe(30);
  });
});
