// Property-based: ids are data. A conversation whose ids are `__proto__`, `constructor`,
// `hasOwnProperty` or any other name an object already has comes in whole, with the same tree,
// in every format that carries ids.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ArborDb } from '../db/schema';
import type { MessageRow } from '../db/types';
import { clearDb, importText, storedSessions } from './testing/import-helpers';

const db = new ArborDb('arbor-hostile-ids-test');
afterAll(() => db.delete());

const HOSTILE = [
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
];

const idArb = fc.oneof(fc.constantFrom(...HOSTILE), fc.stringMatching(/^[a-z0-9]{1,6}$/));

interface Tree {
  sessionId: string;
  /** ids[0] is the root; parents[i] is the index of message i's parent (i > 0). */
  ids: string[];
  parents: number[];
}

const treeArb: fc.Arbitrary<Tree> = fc
  .tuple(
    idArb,
    fc.uniqueArray(idArb, { minLength: 1, maxLength: 7 }),
    fc.array(fc.nat(), { maxLength: 7 }),
  )
  .map(([sessionId, ids, picks]) => ({
    sessionId,
    ids,
    parents: ids.map((_, i) => (i === 0 ? -1 : (picks[i] ?? 0) % i)),
  }));

const depth = (t: Tree, i: number): number => (i <= 0 ? 0 : 1 + depth(t, t.parents[i] ?? 0));
const isUser = (t: Tree, i: number) => depth(t, i) % 2 === 0;
const parentId = (t: Tree, i: number) => (i === 0 ? null : (t.ids[t.parents[i] ?? 0] ?? null));
const at = (i: number) => 1_700_000_000 + i;
/** An object with these own keys, `__proto__` included (plain assignment would set the prototype). */
const keyed = (entries: [string, unknown][]) => Object.fromEntries(entries);

const WRITERS: Record<string, (t: Tree) => unknown> = {
  chatgpt: (t) => [
    {
      id: t.sessionId,
      title: 'hostile',
      current_node: t.ids.at(-1),
      mapping: keyed(
        t.ids.map((id, i) => [
          id,
          {
            parent: parentId(t, i),
            message: {
              author: { role: isUser(t, i) ? 'user' : 'assistant' },
              create_time: at(i),
              content: { content_type: 'text', parts: [`m${i}`] },
            },
          },
        ]),
      ),
    },
  ],
  claude: (t) => [
    {
      uuid: t.sessionId,
      name: 'hostile',
      chat_messages: t.ids.map((uuid, i) => ({
        uuid,
        sender: isUser(t, i) ? 'human' : 'assistant',
        text: `m${i}`,
        created_at: new Date(at(i) * 1000).toISOString(),
        parent_message_uuid: parentId(t, i) ?? '00000000-0000-4000-8000-000000000000',
      })),
    },
  ],
  openwebui: (t) => ({
    id: t.sessionId,
    title: 'hostile',
    history: {
      currentId: t.ids.at(-1),
      messages: keyed(
        t.ids.map((id, i) => [
          id,
          {
            id,
            parentId: parentId(t, i),
            role: isUser(t, i) ? 'user' : 'assistant',
            content: `m${i}`,
            timestamp: at(i),
          },
        ]),
      ),
    },
  }),
  librechat: (t) => ({
    conversationId: t.sessionId,
    title: 'hostile',
    messages: t.ids.map((messageId, i) => ({
      messageId,
      parentMessageId: parentId(t, i) ?? '00000000-0000-0000-0000-000000000000',
      isCreatedByUser: isUser(t, i),
      text: `m${i}`,
      createdAt: at(i) * 1000,
    })),
  }),
  lobechat: (t) => ({
    exportType: 'sessions',
    version: 7,
    state: {
      sessions: [],
      topics: [{ id: t.sessionId, title: 'hostile', sessionId: 'inbox' }],
      messages: t.ids.map((id, i) => ({
        id,
        role: isUser(t, i) ? 'user' : 'assistant',
        content: `m${i}`,
        createdAt: at(i) * 1000,
        topicId: t.sessionId,
        ...(i === 0 ? {} : { parentId: parentId(t, i) }),
      })),
    },
  }),
  arbor: (t) => ({
    format: 'arbor',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    sessions: [
      {
        id: t.sessionId,
        title: 'hostile',
        titleIsCustom: true,
        createdAt: 1,
        updatedAt: 2,
        model: '',
        systemPrompt: '',
        params: {},
        activeLeafId: t.ids.at(-1),
        messages: t.ids.map((id, i) => ({
          id,
          parentId: parentId(t, i),
          createdAt: at(i),
          status: 'done',
          role: isUser(t, i) ? 'user' : 'assistant',
          content: `m${i}`,
        })),
      },
    ],
  }),
};

/** The id a message had in the file: Arbor keeps ids, converters prefix `<session>:`. */
function fileId(format: string, sessionId: string, m: MessageRow | undefined): string | null {
  if (!m) return null;
  return format === 'arbor' ? m.id : m.id.slice(`${sessionId}:`.length);
}

describe('ids that name object properties (property-based)', () => {
  it.each(Object.keys(WRITERS))(
    'imports %s files whole, with their tree',
    async (format) => {
      const write = WRITERS[format];
      if (!write) throw new Error(format);
      await fc.assert(
        fc.asyncProperty(treeArb, async (tree) => {
          await clearDb(db);
          const { result } = await importText(db, JSON.stringify(write(tree)));
          expect(result.rejected).toEqual([]);
          const [stored] = await storedSessions(db);
          if (!stored) throw new Error('nothing was imported');
          const sessionId = stored.session.id;
          expect(stored.messages).toHaveLength(tree.ids.length);
          const byId = new Map(stored.messages.map((m) => [m.id, m]));
          const shape = stored.messages.map((m) => [
            fileId(format, sessionId, m),
            m.parentId === null ? null : fileId(format, sessionId, byId.get(m.parentId)),
          ]);
          const expected = tree.ids.map((id, i) => [id, parentId(tree, i)]);
          expect(new Map(shape as [string, string | null][])).toEqual(
            new Map(expected as [string, string | null][]),
          );
          expect(stored.messages.map((m) => m.content).sort()).toEqual(
            tree.ids.map((_, i) => `m${i}`).sort(),
          );
        }),
        { numRuns: 40 },
      );
    },
    60_000,
  );

  it('keeps sessions keyed by such ids in a map of message lists', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(idArb, { minLength: 1, maxLength: 5 }), async (keys) => {
        await clearDb(db);
        const file = keyed(keys.map((key) => [key, [{ role: 'user', content: key }]]));
        const { result } = await importText(db, JSON.stringify(file));
        expect(result.rejected).toEqual([]);
        const ids = (await storedSessions(db)).map((s) => s.session.id).sort();
        expect(ids).toEqual([...keys].sort());
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keeps NextChat and BetterChatGPT chats and messages with such ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(idArb, { minLength: 2, maxLength: 6 }), async (ids) => {
        const [chatId = 'x', ...messageIds] = ids;
        const messages = messageIds.map((id, i) => ({
          id,
          role: i % 2 ? 'assistant' : 'user',
          content: id,
        }));
        for (const file of [
          { 'chat-next-web-store': { sessions: [{ id: chatId, topic: 't', messages }] } },
          { version: 1, chats: [{ id: chatId, title: 't', messages }], folders: {} },
        ]) {
          await clearDb(db);
          const { result } = await importText(db, JSON.stringify(file));
          expect(result.rejected).toEqual([]);
          const [stored] = await storedSessions(db);
          expect(stored?.session.id).toBe(chatId);
          expect(stored?.path.map((m) => m.content)).toEqual(messageIds);
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
