// Export is exact: a generated database with branches, forks, tool calls, Unicode and parts
// arrays survives export → import into an empty database unchanged, every export matches the
// JSON Schema, the same data gives the same file, and no setting or key is ever written.
import { Ajv } from 'ajv';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ArborDb } from '../db/schema';
import type { MessageRow, SessionRow } from '../db/types';
import schemaText from './arbor-export.schema.json?raw';
import { buildExport, serializeExport } from './build-export';
import { exportJson, exportMarkdown } from './export-data';
import { ImportJob } from './import-job';
import { textSource } from './import-source';
import { generateDb } from './testing/generate-db';

const source = new ArborDb('arbor-roundtrip-source');
const target = new ArborDb('arbor-roundtrip-target');
afterAll(async () => Promise.all([source.delete(), target.delete()]));

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(schemaText) as object);

async function reset(db: ArborDb): Promise<void> {
  await Promise.all([
    db.sessions.clear(),
    db.messages.clear(),
    db.settings.clear(),
    db.providers.clear(),
    db.folders.clear(),
  ]);
}

async function seed(db: ArborDb, seedNumber: number): Promise<void> {
  const data = generateDb(seedNumber, 8);
  await db.sessions.bulkAdd(data.sessions);
  await db.messages.bulkAdd(data.messages);
}

/** Files the generated chats: two folders (one collapsed) and an empty one, two chats pinned. */
async function organise(db: ArborDb): Promise<SessionRow[]> {
  const sessions = await db.sessions.orderBy('id').toArray();
  await db.folders.bulkAdd([
    { id: 'fld-work', title: 'Work', createdAt: 1, collapsed: false },
    { id: 'fld-home', title: 'Home “🏠”', createdAt: 2, collapsed: true },
    { id: 'fld-empty', title: 'Empty', createdAt: 3, collapsed: false },
  ]);
  const place = ['fld-work', 'fld-work', 'fld-home', undefined];
  await Promise.all(
    sessions.map((s, i) => {
      const folderId = place[i % place.length];
      return db.sessions.update(s.id, {
        ...(folderId ? { folderId } : {}),
        ...(i % 3 === 0 ? { pinned: true } : {}),
      });
    }),
  );
  return db.sessions.orderBy('id').toArray();
}

async function allRows(db: ArborDb): Promise<{ sessions: SessionRow[]; messages: MessageRow[] }> {
  const sessions = await db.sessions.orderBy('id').toArray();
  const messages = await db.messages.orderBy('id').toArray();
  return { sessions, messages };
}

async function importText(db: ArborDb, text: string) {
  const job = new ImportJob(db);
  const preview = await job.load([textSource('export.json', text)]);
  return { preview, result: await job.commit() };
}

describe('Arbor export round trip', () => {
  beforeEach(async () => Promise.all([reset(source), reset(target)]));

  it.each([1, 2, 3, 42, 2026])('restores generated database %i exactly', async (seedNumber) => {
    await seed(source, seedNumber);
    const text = (await exportJson(source)).parts.join('');
    const { preview, result } = await importText(target, text);
    expect(preview.rejected).toEqual([]);
    expect(result.added).toHaveLength(8);
    expect(result.added.every((a) => !a.asCopy)).toBe(true);
    expect(await allRows(target)).toEqual(await allRows(source));
  });

  it('brings back every folder, the same chats in each and the same pins', async () => {
    await seed(source, 11);
    const organised = await organise(source);
    expect(organised.some((s) => s.pinned)).toBe(true);
    const text = (await exportJson(source)).parts.join('');
    const data: unknown = JSON.parse(text);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    await importText(target, text);
    expect(await allRows(target)).toEqual(await allRows(source));
    expect(await target.folders.orderBy('id').toArray()).toEqual(
      await source.folders.orderBy('id').toArray(),
    );
  });

  it('exports a folder as that folder and its chats only, which import back into it', async () => {
    await seed(source, 12);
    await organise(source);
    const inWork = await source.sessions.where('folderId').equals('fld-work').toArray();
    const { parts, count } = await exportJson(source, { folderId: 'fld-work' });
    expect(count).toBe(inWork.length);
    const data = JSON.parse(parts.join('')) as { folders: { title: string }[] };
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data.folders.map((f) => f.title)).toEqual(['Work']);

    await importText(target, parts.join(''));
    expect(await target.folders.toArray()).toEqual([await source.folders.get('fld-work')]);
    expect(await target.sessions.orderBy('id').toArray()).toEqual(
      [...inWork].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });

  it('imports a file without folders as chats in no folder, and one naming a missing folder loose', async () => {
    await seed(source, 13);
    await organise(source);
    const data = JSON.parse((await exportJson(source)).parts.join('')) as Record<string, unknown>;
    delete data.folders;
    const { preview } = await importText(target, JSON.stringify(data));
    expect(preview.rejected).toEqual([]);
    expect(preview.repairs.some((r) => r.includes('its folder is not in the file'))).toBe(true);
    expect(await target.folders.count()).toBe(0);
    const stored = await target.sessions.toArray();
    expect(stored).toHaveLength(8);
    expect(stored.filter((s) => s.folderId !== undefined)).toEqual([]);
  });

  it('puts imported chats into a folder of the same id that is already here', async () => {
    await seed(source, 14);
    await organise(source);
    await target.folders.add({ id: 'fld-work', title: 'My work', createdAt: 9, collapsed: true });
    await importText(target, (await exportJson(source, { folderId: 'fld-work' })).parts.join(''));
    expect(await target.folders.toArray()).toEqual([
      { id: 'fld-work', title: 'My work', createdAt: 9, collapsed: true },
    ]);
    expect(await target.sessions.where('folderId').equals('fld-work').count()).toBe(
      await source.sessions.where('folderId').equals('fld-work').count(),
    );
  });

  it('imports two files holding the same folder at once, with the folder kept once', async () => {
    await seed(source, 15);
    await organise(source);
    const work = await source.sessions.where('folderId').equals('fld-work').toArray();
    const half = Math.ceil(work.length / 2);
    const first = (await exportJson(source, { folderId: 'fld-work' })).parts.join('');
    // The second file: the same folder, with only some of its chats.
    const data = JSON.parse(first) as { sessions: { id: string }[] };
    data.sessions = data.sessions.slice(half);
    const firstData = JSON.parse(first) as { sessions: { id: string }[] };
    firstData.sessions = firstData.sessions.slice(0, half);
    const job = new ImportJob(target);
    await job.load([
      textSource('a.json', JSON.stringify(firstData)),
      textSource('b.json', JSON.stringify(data)),
    ]);
    const result = await job.commit();
    expect(result.added).toHaveLength(work.length);
    expect(await target.folders.toArray()).toEqual([await source.folders.get('fld-work')]);
    expect(await target.sessions.where('folderId').equals('fld-work').count()).toBe(work.length);
  });

  it('leaves out a folder whose chats are all here already, and keeps an empty one', async () => {
    await seed(source, 16);
    await organise(source);
    const text = (await exportJson(source)).parts.join('');
    await importText(target, text);
    // The chats moved out and the folders deleted here: importing the same file again adds
    // no chat, so no folder of chats comes back empty; the empty folder does come back.
    await target.sessions.toCollection().modify((s) => {
      delete s.folderId;
    });
    await target.folders.clear();
    const { result } = await importText(target, text);
    expect(result.added).toHaveLength(0);
    expect((await target.folders.toArray()).map((f) => f.id)).toEqual(['fld-empty']);
  });

  it("keeps each reply's reasoning through export and import", async () => {
    await seed(source, 21);
    const text = (await exportJson(source)).parts.join('');
    expect(text).toContain('"reasoning": "Thinking it over:');
    await importText(target, text);
    const reasoned = (rows: MessageRow[]) =>
      rows
        .filter((m) => m.reasoning !== undefined)
        .map((m) => [m.id, m.reasoning, m.reasoningSeconds]);
    const kept = reasoned((await allRows(target)).messages);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(reasoned((await allRows(source)).messages));
  });

  it('matches the JSON Schema for every export', async () => {
    for (const seedNumber of [5, 6, 7]) {
      await reset(source);
      await seed(source, seedNumber);
      const data: unknown = JSON.parse((await exportJson(source)).parts.join(''));
      expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    }
    const broken = JSON.parse(
      (await exportJson(source)).parts.join('').replace('"role": "user"', '"role": "wizard"'),
    ) as unknown;
    expect(validate(broken)).toBe(false);
  });

  it('writes the same file for the same data, whatever order the rows come in', () => {
    const data = generateDb(9, 6);
    const when = new Date('2026-01-02T03:04:05Z');
    const a = serializeExport(buildExport(data.sessions, data.messages, when));
    const shuffled = buildExport(
      [...data.sessions].reverse(),
      [...data.messages]
        .reverse()
        .map((m) => Object.fromEntries(Object.entries(m).reverse()) as MessageRow),
      when,
    );
    expect(serializeExport(shuffled)).toBe(a);
  });

  it("never includes a provider's key, address or id, any setting, nor the token counts", async () => {
    await seed(source, 11);
    await source.providers.put({
      id: 'provider-id-never-exported',
      name: 'Work GPU',
      presetId: 'custom',
      baseURL: 'https://gpu-box.example.internal/v1',
      apiKey: 'sk-secret-never-exported',
      models: [{ id: 'm', contextLength: 8_192 }],
      createdAt: 1,
    });
    await source.sessions.toCollection().modify({ providerId: 'provider-id-never-exported' });
    await source.messages.filter((m) => m.role === 'assistant').modify({ provider: 'Work GPU' });
    // Counts are Arbor's own cache, worth nothing in a file.
    const counted = await source.messages.toArray();
    await source.tokenCounts.bulkPut(
      counted.map((m) => ({ id: m.id, sessionId: m.sessionId, counts: { o200k_base: 12 } })),
    );
    await source.settings.put({
      key: 'new-chat',
      value: {
        providerId: 'provider-id-never-exported',
        model: 'm',
        systemPrompt: 'secret prompt',
      },
    });
    const text = (await exportJson(source)).parts.join('');
    expect(text).toContain('"provider": "Work GPU"');
    for (const secret of [
      'sk-secret-never-exported',
      'gpu-box.example.internal',
      'provider-id-never-exported',
      'secret prompt',
      'o200k_base',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('exports chosen sessions only, and a session as Markdown along its active path', async () => {
    await seed(source, 12);
    const [first, second] = (await source.sessions.toArray()).filter((s) => s.activeLeafId);
    if (!first || !second) throw new Error('generator gave too few sessions');
    const { parts, count } = await exportJson(source, { sessionIds: [first.id] });
    const text = parts.join('');
    expect(count).toBe(1);
    expect(text).toContain(first.id);
    expect(text).not.toContain(`"id": "${second.id}"`);
    const markdown = await exportMarkdown(source, first.id, new Date('2026-01-02T00:00:00Z'));
    expect(markdown).toMatch(
      new RegExp(`^# ${first.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`),
    );
    expect(markdown).toContain('Exported from Arbor on 2026-01-02');
  });

  it('leaves the target untouched when importing the export twice', async () => {
    await seed(source, 13);
    const text = (await exportJson(source)).parts.join('');
    await importText(target, text);
    const before = await allRows(target);
    const { preview, result } = await importText(target, text);
    expect(preview.added).toEqual([]);
    expect(preview.duplicates).toHaveLength(8);
    expect(result.added).toEqual([]);
    expect(await allRows(target)).toEqual(before);
  });
});
