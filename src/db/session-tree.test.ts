// The page's paged read of a chat's tree holds exactly what one whole read holds, however the
// pages fall: among messages created at the same moment, or with a message the creation-time
// index leaves out. Each page is its own transaction, so a write waits for one page, and a
// write that lands between pages makes the chat be read again in one go.
import { Dexie } from 'dexie';
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

/**
 * Reads the tree in pages of 10 and, as the first row is read, starts `write` outside the read's
 * transaction, as another part of the app would.
 */
async function readWhileWriting(write: (firstRow: MessageRow) => Promise<unknown>) {
  let written: Promise<unknown> | undefined;
  const writeOnFirstRead = (row: MessageRow) => {
    written ??= Dexie.ignoreTransaction(() => write(row));
    return row;
  };
  db.messages.hook('reading', writeOnFirstRead);
  try {
    return { tree: await readSessionTreeInPages(SESSION, 10), written };
  } finally {
    db.messages.hook('reading').unsubscribe(writeOnFirstRead);
  }
}

describe('writing while a chat tree is read in pages', () => {
  it('lets a write through between pages instead of waiting for the whole read', async () => {
    await db.messages.bulkAdd(chat(200, (i) => 1000 + i));
    const order: string[] = [];
    const { written } = await readWhileWriting((row) =>
      db.messages
        .add({ ...row, id: 'sent', parentId: 'm0199', createdAt: 9000 })
        .then(() => order.push('write')),
    );
    order.push('read');
    await written;
    expect(order).toEqual(['write', 'read']);
  });

  it('reads again in one go when a write came between the pages', async () => {
    await db.messages.bulkAdd(chat(200, (i) => 1000 + i));
    // Created "before" the messages of the page being read, so the next pages can't hold it.
    const { tree, written } = await readWhileWriting((row) =>
      db.messages.add({ ...row, id: 'early', parentId: null, createdAt: 500 }),
    );
    await written;
    expect(tree.byId.has('early')).toBe(true);
    expect(tree.byId.size).toBe(201);
    expect(tree.children.get(null)?.map((m) => m.id)).toEqual(['early', 'm0000']);
  });

  it('reads again in one go when a delete between the pages moved where the next page starts', async () => {
    // Pairs created at the same time, as a question and its answer are: pages end among them.
    await db.messages.bulkAdd(chat(200, (i) => 1000 + Math.floor(i / 2)));
    // m0008 and m0009 share a time and end the first page; deleting m0008 shifts the next.
    const { tree, written } = await readWhileWriting(() => db.messages.delete('m0008'));
    await written;
    expect(tree.byId.has('m0008')).toBe(false);
    expect([...tree.byId.keys()].toSorted()).toEqual(
      (await db.messages.toCollection().primaryKeys()).toSorted(),
    );
  });

  it('reads again in one go when the active leaf was deleted between the pages', async () => {
    await db.messages.bulkAdd(chat(200, (i) => 1000 + i));
    await db.sessions.update(SESSION, { activeLeafId: 'm0199' });
    const { tree, written } = await readWhileWriting(() =>
      db.transaction('rw', db.sessions, db.messages, async () => {
        await db.messages.delete('m0199');
        await db.sessions.update(SESSION, { activeLeafId: 'm0198' });
      }),
    );
    await written;
    expect(tree.session?.activeLeafId).toBe('m0198');
    expect(tree.byId.has('m0198')).toBe(true);
    expect(tree.byId.size).toBe(199);
  });
});
