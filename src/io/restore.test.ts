// The restore pipeline's promises: re-importing adds nothing, a clash becomes a copy and never
// an overwrite, a preview writes nothing, a bad file says what is wrong and where, and a
// failure leaves the database exactly as it was.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ArborDb } from '../db/schema';
import type { SessionRow } from '../db/types';
import { exportJson } from './export-data';
import { ImportJob } from './import-job';
import { textSource } from './import-source';
import { fixture } from './testing/fixtures';
import { generateDb } from './testing/generate-db';
import {
  clearDb,
  everything,
  importText,
  importTexts,
  storedSessions,
} from './testing/import-helpers';

const db = new ArborDb('arbor-restore-test');
const other = new ArborDb('arbor-restore-other');
afterAll(async () => Promise.all([db.delete(), other.delete()]));
beforeEach(async () => Promise.all([clearDb(db), clearDb(other)]));

const OWN = [
  'betterchatgpt',
  'chatgpt-branch',
  'chatgpt-modern',
  'chatgpt-tools',
  'nextchat-backup',
  'openai-map',
  'openai-messages',
  'openwebui-chat',
];
const REAL = [
  'librechat_export_tree',
  'lobechat_config_sessions_v7',
  'openwebui_export_librechat_fixture',
];
const ALL = [
  ...OWN.map((n) => `own-exports/${n}.json`),
  ...REAL.map((n) => `real-exports/${n}.json`),
];

async function seedOther(seed: number): Promise<string> {
  const data = generateDb(seed, 4);
  await other.sessions.bulkAdd(data.sessions);
  await other.messages.bulkAdd(data.messages);
  return (await exportJson(other)).parts.join('');
}

describe('re-import', () => {
  it.each(ALL)('adds nothing the second time: %s', async (name) => {
    const first = await importText(db, fixture(name), name);
    expect(first.result.added.length).toBeGreaterThan(0);
    const before = await everything(db);
    const second = await importText(db, fixture(name), name);
    expect(second.preview.added).toEqual([]);
    expect(second.result.duplicates).toHaveLength(first.result.added.length);
    expect(await everything(db)).toBe(before);
  });
});

describe('id clashes', () => {
  it('brings a changed session in as a copy with fresh ids and leaves the stored one alone', async () => {
    const text = await seedOther(21);
    await importText(db, text);
    const stored = (await db.sessions.toArray()).find((s) => s.activeLeafId) as SessionRow;
    await db.sessions.update(stored.id, { title: 'Renamed here' });
    const before = await db.messages.where('sessionId').equals(stored.id).toArray();

    const { preview, result } = await importText(db, text);
    expect(preview.added).toEqual([expect.objectContaining({ asCopy: true })]);
    expect(result.duplicates).toHaveLength(3);
    const copyId = result.firstSessionId ?? '';
    const copy = await db.sessions.get(copyId);
    expect(copy?.id).not.toBe(stored.id);
    expect(copy?.title).toBe(stored.title);
    const copyMessages = await db.messages.where('sessionId').equals(copyId).toArray();
    expect(copyMessages).toHaveLength(before.length);
    expect(copyMessages.some((m) => before.some((b) => b.id === m.id))).toBe(false);
    expect(copy?.activeLeafId && copyMessages.some((m) => m.id === copy.activeLeafId)).toBe(true);
    expect((await db.sessions.get(stored.id))?.title).toBe('Renamed here');
    expect(await db.messages.where('sessionId').equals(stored.id).toArray()).toEqual(before);

    const third = await importText(db, text);
    expect(third.result.added).toEqual([]);
  });

  it('copies a session whose message ids are taken by another stored session', async () => {
    const text = await seedOther(22);
    await importText(db, text);
    const data = JSON.parse(text) as {
      sessions: { id: string; title: string; messages: unknown[] }[];
    };
    for (const s of data.sessions) {
      s.id = `${s.id}-renamed`;
      s.title = `${s.title} (other)`;
    }
    const { result } = await importText(db, JSON.stringify(data));
    const withMessages = data.sessions.filter((s) => s.messages.length > 0).map((s) => s.title);
    expect(result.added.filter((a) => a.asCopy).map((a) => a.title)).toEqual(withMessages);
    expect(await db.sessions.count()).toBe(8);
  });

  it('points a fork at its source when the source came in as a copy', async () => {
    const source: SessionRow = {
      id: 'src',
      title: 'Source',
      titleIsCustom: true,
      createdAt: 1,
      updatedAt: 2,
      model: '',
      systemPrompt: '',
      params: {},
      activeLeafId: 'm1',
    };
    const file = (title: string) =>
      JSON.stringify({
        format: 'arbor',
        version: 1,
        exportedAt: '2026-01-01T00:00:00.000Z',
        sessions: [
          {
            ...source,
            title,
            messages: [
              {
                id: 'm1',
                parentId: null,
                createdAt: 1,
                status: 'done',
                role: 'user',
                content: 'hi',
              },
            ],
          },
          {
            ...source,
            id: 'fork',
            title: 'Fork',
            activeLeafId: null,
            forkedFrom: { sessionId: 'src', messageId: 'm1', title },
            messages: [],
          },
        ],
      });
    await importText(db, file('Source'));
    await db.sessions.delete('fork');
    await importText(db, file('Source v2'));
    const fork = await db.sessions.get('fork');
    const copy = (await db.sessions.toArray()).find((s) => s.title === 'Source v2');
    expect(copy?.id).not.toBe('src');
    expect(fork?.forkedFrom?.sessionId).toBe(copy?.id);
    expect(fork?.forkedFrom?.messageId).toBe(copy?.activeLeafId);
  });
});

describe('preview and errors', () => {
  it('writes nothing when only previewed (Cancel)', async () => {
    const job = new ImportJob(db);
    const preview = await job.load([
      textSource('a.json', fixture('own-exports/chatgpt-tools.json')),
    ]);
    expect(preview.added).toHaveLength(2);
    expect(preview.rejected).toHaveLength(1);
    expect(await db.sessions.count()).toBe(0);
    expect(await db.messages.count()).toBe(0);
  });

  it.each([
    [
      '{"format":"arbor","version":1,"sess',
      /bad\.json is not valid JSON \(.+\)\. If the download was cut short/,
    ],
    [
      '{"hello":"world"}',
      /Arbor doesn't recognise bad\.json\. It can import exports from Arbor, ChatGPT/,
    ],
    [
      '{"format":"arbor","version":7,"exportedAt":"x","sessions":[]}',
      /written by a newer Arbor \(format version 7/,
    ],
    [
      '{"format":"arbor","version":1,"exportedAt":"x","sessions":{}}',
      /sessions: expected array, received object/,
    ],
    ['[]', /Arbor doesn't recognise/],
  ])('explains what is wrong with %s', async (text, message) => {
    await importText(other, JSON.stringify(generateDb(3, 1)));
    const { preview, result } = await importText(db, text, 'bad.json');
    expect(preview.rejected[0]?.reason).toMatch(message);
    expect(result.added).toEqual([]);
    expect(await db.sessions.count()).toBe(0);
  });

  it('rejects only the bad session, naming the path, and imports the rest', async () => {
    const text = await seedOther(23);
    const data = JSON.parse(text) as { sessions: { messages: { role: string }[] }[] };
    const target = data.sessions.findIndex((s) => s.messages.length > 0);
    const bad = data.sessions[target]?.messages[0];
    if (bad) bad.role = 'wizard';
    const { result } = await importText(db, JSON.stringify(data));
    expect(result.rejected).toEqual([
      expect.objectContaining({
        reason: `sessions[${target}].messages[0].role: expected one of user, assistant, system, tool`,
      }),
    ]);
    expect(result.added).toHaveLength(3);
  });

  it('leaves the database untouched when the write fails half-way', async () => {
    await importText(db, fixture('own-exports/openai-map.json'));
    const before = await everything(db);
    let writes = 0;
    const failLater = () => {
      if (++writes === 5) throw new Error('disk full');
    };
    db.messages.hook('creating', failLater);
    try {
      const job = new ImportJob(db);
      await job.load([textSource('big.json', await seedOther(24))]);
      await expect(job.commit()).rejects.toThrow('disk full');
    } finally {
      db.messages.hook('creating').unsubscribe(failLater);
    }
    expect(await everything(db)).toBe(before);
  });

  it('repairs duplicate ids, missing parents and loops, and reports it', async () => {
    const message = (id: string, parentId: string | null) => ({
      id,
      parentId,
      createdAt: 1,
      status: 'done',
      role: 'user',
      content: id,
    });
    const text = JSON.stringify({
      format: 'arbor',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      sessions: [
        {
          id: 's',
          title: 'T',
          messages: [
            message('a', null),
            message('a', null),
            message('b', 'gone'),
            message('c', 'd'),
            message('d', 'c'),
          ],
          activeLeafId: 'nowhere',
        },
      ],
    });
    const { result } = await importText(db, text);
    expect(result.repairs.join('\n')).toMatch(
      /duplicate message id.*\n.*parent is missing.*\n.*loop/s,
    );
    const [stored] = await storedSessions(db);
    expect(stored?.messages).toHaveLength(5);
    expect(stored?.path.length).toBeGreaterThan(0);
  });

  it('cuts a message that is its own parent loose instead of looping', async () => {
    const chat = {
      title: 'Loop',
      history: {
        currentId: 'a',
        messages: { a: { id: 'a', parentId: 'a', role: 'user', content: 'me' } },
      },
    };
    const { result } = await importText(db, JSON.stringify(chat));
    expect(result.added).toEqual([expect.objectContaining({ messages: 1 })]);
    expect(result.repairs.join()).toMatch(/loop/);
  });

  it('imports the files of a split export together', async () => {
    const { result } = await importTexts(db, [
      { name: 'conversations-000.json', text: fixture('own-exports/chatgpt-branch.json') },
      { name: 'conversations-001.json', text: fixture('own-exports/chatgpt-modern.json') },
    ]);
    expect(result.added).toHaveLength(2);
    expect(result.files.map((f) => f.format)).toEqual(['ChatGPT export', 'ChatGPT export']);
  });
});
