// Whole export archives, gzipped files and several files at once come in like plain JSON; a
// file cut short anywhere (in its compression or in the middle of a character) is rejected
// whole, with a message that says so.
import { gzipSync, strToU8, zipSync } from 'fflate';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ArborDb } from '../db/schema';
import { contentText } from '../db/content-text';
import { ImportJob } from './import-job';
import { bytesSource, fileSource, textSource, type ImportSource } from './import-source';
import { fixture } from './testing/fixtures';
import { clearDb, storedSessions } from './testing/import-helpers';

const db = new ArborDb('arbor-unpack-test');
afterAll(() => db.delete());
beforeEach(() => clearDb(db));

async function load(sources: ImportSource[]) {
  const job = new ImportJob(db);
  const preview = await job.load(sources);
  return { preview, result: await job.commit() };
}

const chatgptZip = () =>
  zipSync({
    'conversations-000.json': strToU8(fixture('fixtures/chatgpt-split-000.json')),
    'conversations-001.json': strToU8(fixture('fixtures/chatgpt-split-001.json')),
    'conversation_asset_file_names.json': strToU8(fixture('fixtures/chatgpt-asset-names.json')),
    'user.json': strToU8('{"id":"user-1","email":"someone@example.org"}'),
    'file-Loaf123.dat': new Uint8Array([0xff, 0xd8, 0xff]),
    'chat.html': strToU8('<html></html>'),
  });

describe('compressed and several files', () => {
  it('imports the whole ChatGPT .zip, naming images from the file inside it', async () => {
    const { result } = await load([bytesSource('chatgpt-export.zip', chatgptZip())]);
    expect(result.rejected).toEqual([]);
    expect(result.added.map((a) => a.title).sort()).toEqual(['A tree', 'Primes and bread']);
    expect(result.files.map((f) => f.name)).toEqual([
      'chatgpt-export.zip/conversation_asset_file_names.json',
      'chatgpt-export.zip/conversations-000.json',
      'chatgpt-export.zip/conversations-001.json',
    ]);
    expect(result.repairs).toEqual([
      'chatgpt-export.zip/user.json: holds no chats Arbor can read; skipped.',
    ]);
    const all = await storedSessions(db);
    const text = all.flatMap((s) => s.messages.map((m) => contentText(m.content))).join('\n');
    expect(text).toContain('[image: loaf.jpg]');
  });

  it('imports a .json.gz and a Claude .zip picked together with a plain file', async () => {
    const claude = zipSync({ 'conversations.json': strToU8(fixture('fixtures/claude-2025.json')) });
    const { result } = await load([
      bytesSource('claude-export.zip', claude),
      bytesSource('split.json.gz', gzipSync(strToU8(fixture('fixtures/chatgpt-split-001.json')))),
      textSource('claude-2024.json', fixture('fixtures/claude-2024.json')),
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.files).toEqual([
      { name: 'claude-export.zip/conversations.json', format: 'Claude export' },
      { name: 'split.json.gz', format: 'ChatGPT export' },
      { name: 'claude-2024.json', format: 'Claude export' },
    ]);
    expect(result.added.map((a) => a.title).sort()).toEqual([
      'A tree',
      'Oak beam',
      'Sourdough starter',
    ]);
  });

  it('reads a picked File whole through its stream, compressed or not', async () => {
    const zip = new File([chatgptZip()], 'export.zip');
    const plain = new File([fixture('fixtures/claude-2024.json')], 'conversations.json');
    const { result } = await load([fileSource(zip), fileSource(plain)]);
    expect(result.rejected).toEqual([]);
    expect(result.added).toHaveLength(3);
  });
});

describe('files cut short', () => {
  const text = fixture('fixtures/claude-2024.json');
  const bytes = strToU8(text);

  it('rejects a file that ends in the middle of a character, and imports nothing from it', async () => {
    const utf8 = strToU8(JSON.stringify([{ uuid: 'c', chat_messages: [], name: 'héllo 🌳' }]));
    const cut = utf8.indexOf(0xf0) + 2;
    for (const source of [
      bytesSource('cut.json', utf8.subarray(0, cut)),
      fileSource(new File([utf8.subarray(0, cut)], 'cut.json')),
    ]) {
      const { result } = await load([source]);
      expect(result.rejected).toEqual([
        {
          where: 'cut.json',
          reason:
            'cut.json ends in the middle of a character, so it was cut short or damaged on the way. Download or export it again; nothing from it was imported.',
        },
      ]);
      expect(result.files).toEqual([{ name: 'cut.json', format: null }]);
    }
    expect(await db.sessions.count()).toBe(0);
  });

  it.each([
    [
      'a .zip',
      'export.zip',
      () => zipSync({ 'conversations.json': bytes }),
      'is not a complete .zip archive',
    ],
    ['a .gz', 'conversations.json.gz', () => gzipSync(bytes), "can't be uncompressed"],
  ])('rejects %s cut short with a clear message', async (_label, name, make, says) => {
    const whole = make();
    for (const cut of [whole.length - 1, Math.floor(whole.length / 2), 12]) {
      const { result } = await load([bytesSource(name, whole.subarray(0, cut))]);
      expect(result.rejected).toHaveLength(1);
      expect(result.rejected[0]?.reason).toContain(says);
      expect(result.rejected[0]?.reason).toContain('nothing from it was imported');
      expect(result.added).toEqual([]);
    }
    expect(await db.sessions.count()).toBe(0);
  });

  it('rejects JSON cut short between characters as not valid JSON, whole', async () => {
    const { result } = await load([textSource('cut.json', text.slice(0, text.length / 2))]);
    expect(result.rejected[0]?.reason).toMatch(/cut\.json is not valid JSON .*cut short/);
    expect(await db.sessions.count()).toBe(0);
  });

  it('says so when a .zip holds no JSON files', async () => {
    const { result } = await load([
      bytesSource('photos.zip', zipSync({ 'a.png': new Uint8Array([1]) })),
    ]);
    expect(result.rejected[0]?.reason).toBe(
      'photos.zip holds no .json files, so it has no chats to import.',
    );
  });
});
