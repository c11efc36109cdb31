// Property-based: whatever bytes arrive, in any format Arbor reads (cut short, mutated, with
// loops in their parent links, duplicate ids, lone surrogates, a huge message, or random JSON),
// the import never throws, leaves the stored data unchanged, and each chat either comes in whole
// (every message, a consistent tree) or is reported as rejected with a message. Over 1,000
// generated files in all, plus a 100,000-message chain.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentText } from '../db/content-text';
import { ArborDb } from '../db/schema';
import type { MessageRow, SessionRow } from '../db/types';
import { exportJson } from './export-data';
import { fixture } from './testing/fixtures';
import { generateDb } from './testing/generate-db';
import { importText } from './testing/import-helpers';

const db = new ArborDb('arbor-property-test');
const scratch = new ArborDb('arbor-property-scratch');
let seeded: { sessions: SessionRow[]; messages: MessageRow[] };
let arborExport = '';

beforeAll(async () => {
  seeded = generateDb(77, 3);
  await scratch.sessions.bulkAdd(generateDb(78, 3).sessions);
  await scratch.messages.bulkAdd(generateDb(78, 3).messages);
  arborExport = (await exportJson(scratch)).parts.join('');
});
afterAll(async () => Promise.all([db.delete(), scratch.delete()]));

/** A file of every format Arbor imports. */
const SAMPLES = [
  'own-exports/betterchatgpt.json',
  'own-exports/chatgpt-branch.json',
  'own-exports/chatgpt-modern.json',
  'own-exports/chatgpt-tools.json',
  'own-exports/nextchat-backup.json',
  'own-exports/openai-map.json',
  'own-exports/openai-messages.json',
  'own-exports/openwebui-chat.json',
  'real-exports/librechat_export_tree.json',
  'real-exports/lobechat_config_sessions_v7.json',
  'real-exports/openwebui_export_librechat_fixture.json',
  'fixtures/claude-2024.json',
  'fixtures/claude-2025.json',
  'fixtures/chatgpt-split-000.json',
];

async function resetToSeed(): Promise<void> {
  await Promise.all([db.sessions.clear(), db.messages.clear()]);
  await db.sessions.bulkAdd(seeded.sessions);
  await db.messages.bulkAdd(seeded.messages);
}

/** Imports `text` and checks every promise the import makes; returns nothing, throws on a breach. */
async function checkImport(text: string): Promise<void> {
  await resetToSeed();
  const { preview, result } = await importText(db, text, 'fuzz.json');
  for (const r of [...preview.rejected, ...result.rejected])
    expect(r.reason.length).toBeGreaterThan(0);

  const sessions = await db.sessions.toArray();
  const messages = await db.messages.toArray();
  for (const s of seeded.sessions) expect(sessions.find((x) => x.id === s.id)).toEqual(s);
  for (const m of seeded.messages) expect(messages.find((x) => x.id === m.id)).toEqual(m);
  expect(sessions).toHaveLength(seeded.sessions.length + result.added.length);

  let added = 0;
  for (const a of result.added) {
    const session = sessions.find((s) => s.id === a.sessionId);
    const own = messages.filter((m) => m.sessionId === a.sessionId);
    expect(session).toBeDefined();
    expect(own).toHaveLength(a.messages);
    const ids = new Set(own.map((m) => m.id));
    for (const m of own) expect(m.parentId === null || ids.has(m.parentId)).toBe(true);
    expect(session?.activeLeafId === null || ids.has(session?.activeLeafId ?? '')).toBe(true);
    added += a.messages;
  }
  expect(messages).toHaveLength(seeded.messages.length + added);

  // An Arbor file whose envelope is intact accounts for every session it lists.
  const listed = arborSessionCount(text);
  if (listed !== undefined && !result.rejected.some((r) => r.where === 'fuzz.json')) {
    expect(result.added.length + result.duplicates.length + result.rejected.length).toBe(listed);
  }
}

function arborSessionCount(text: string): number | undefined {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || !('sessions' in data)) return undefined;
    return Array.isArray(data.sessions) ? data.sessions.length : undefined;
  } catch {
    return undefined;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every container in the value with the key or index of each of its entries. */
function slots(root: Json): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
  const out: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const stack: Json[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null || typeof node !== 'object') continue;
    const entries: [string | number, Json][] = Array.isArray(node)
      ? node.map((child, i) => [i, child])
      : Object.entries(node);
    for (const [key, child] of entries) {
      out.push({ parent: node, key });
      stack.push(child);
    }
  }
  return out;
}

const mutation = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('replace', 'delete', 'duplicate'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

function mutate(
  text: string,
  changes: readonly { at: number; action: string; value: unknown }[],
): string {
  const root = JSON.parse(text) as Json;
  for (const change of changes) {
    const all = slots(root);
    const slot = all[change.at % Math.max(all.length, 1)];
    if (!slot) continue;
    const { parent, key } = slot;
    if (Array.isArray(parent) && typeof key === 'number') {
      if (change.action === 'delete') parent.splice(key, 1);
      else if (change.action === 'duplicate')
        parent.splice(key, 0, structuredClone(parent[key] ?? null));
      else parent[key] = change.value as Json;
    } else if (!Array.isArray(parent) && typeof key === 'string') {
      if (change.action === 'delete') Reflect.deleteProperty(parent, key);
      else
        parent[key] =
          change.action === 'duplicate' ? (parent[key] ?? null) : (change.value as Json);
    }
  }
  return JSON.stringify(root);
}

/** Id fields and the parent link fields that name them, as the formats Arbor reads spell them. */
const ID_KEYS = ['id', 'uuid', 'messageId'];
const PARENT_KEYS = ['parentId', 'parent', 'parentMessageId', 'parent_message_uuid'];

/** Objects that carry both an id and a link to a parent: the messages or nodes of a tree. */
function linkedNodes(root: Json): { node: { [key: string]: Json }; id: string; link: string }[] {
  const out: { node: { [key: string]: Json }; id: string; link: string }[] = [];
  const stack: Json[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node)) {
      const idKey = ID_KEYS.find((k) => typeof node[k] === 'string');
      const link = PARENT_KEYS.find((k) => k in node);
      if (idKey && link) out.push({ node, id: node[idKey] as string, link });
    }
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
  return out;
}

/** Links message `a` under `b` and `b` under `a`: a loop in the parent links. */
function withLoop(text: string, a: number, b: number): string {
  const root = JSON.parse(text) as Json;
  const nodes = linkedNodes(root);
  const first = nodes[a % Math.max(nodes.length, 1)];
  const second = nodes[b % Math.max(nodes.length, 1)];
  if (first && second) {
    first.node[first.link] = second.id;
    second.node[second.link] = first.id;
  }
  return JSON.stringify(root);
}

/** Every string in the file at `at` replaced by one with a lone surrogate in it. */
function withLoneSurrogate(text: string, at: number, high: boolean): string {
  const root = JSON.parse(text) as Json;
  const strings = slots(root).filter(({ parent, key }) => {
    const value = Array.isArray(parent) ? parent[key as number] : parent[key as string];
    return typeof value === 'string';
  });
  const slot = strings[at % Math.max(strings.length, 1)];
  if (slot) {
    const lone = high ? '\ud83d' : '\ude00';
    if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = `cut ${lone} here`;
    else slot.parent[slot.key as string] = `cut ${lone} here`;
  }
  // JSON.stringify writes a lone surrogate as an escape, which JSON.parse reads back as one.
  return JSON.stringify(root);
}

const RUNS = { numRuns: 100 };
const TIMEOUT_MS = 120_000;

describe('import robustness (property-based)', () => {
  it(
    'survives a file of any format cut short anywhere',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(arborName, ...SAMPLES), fc.nat(), async (name, cut) => {
          const whole = source(name);
          await checkImport(whole.slice(0, cut % whole.length));
        }),
        { numRuns: 250 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'imports each session of a mutated Arbor export whole, or rejects it with a reason',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (changes) =>
          checkImport(mutate(arborExport, changes)),
        ),
        { numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'survives mutated exports from other apps: wrong types, missing fields, duplicate entries',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...SAMPLES),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          async (name, changes) => checkImport(mutate(fixture(name), changes)),
        ),
        { numRuns: 300 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'survives loops in parent links and lone surrogates, in every format',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(arborName, ...SAMPLES),
          fc.nat(),
          fc.nat(),
          fc.boolean(),
          async (name, a, b, high) => {
            await checkImport(withLoop(source(name), a, b));
            await checkImport(withLoneSurrogate(source(name), a, high));
          },
        ),
        { numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'survives random JSON and random text',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.json({ maxDepth: 4 }), fc.string()), checkImport),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});

const arborName = 'arbor export';

function source(name: string): string {
  return name === arborName ? arborExport : fixture(name);
}

describe('import robustness (extremes)', () => {
  it(
    'imports a 100,000-message chain whole, in the Arbor format and ChatGPT’s',
    async () => {
      const length = 100_000;
      const ids = Array.from({ length }, (_, i) => `m${i}`);
      const arbor = JSON.stringify({
        format: 'arbor',
        version: 1,
        exportedAt: '2026-01-01T00:00:00.000Z',
        sessions: [
          {
            id: 'deep-chain',
            title: 'Deep',
            createdAt: 1,
            updatedAt: 2,
            activeLeafId: ids[length - 1],
            messages: ids.map((id, i) => ({
              id,
              parentId: i === 0 ? null : ids[i - 1],
              role: i % 2 ? 'assistant' : 'user',
              content: `step ${i}`,
              createdAt: i + 1,
              status: 'done',
            })),
          },
        ],
      });
      const chatgpt = JSON.stringify([
        {
          id: 'deep-chatgpt',
          title: 'Deep',
          current_node: ids[length - 1],
          mapping: Object.fromEntries(
            ids.map((id, i) => [
              id,
              {
                id,
                parent: i === 0 ? null : ids[i - 1],
                message: {
                  author: { role: i % 2 ? 'assistant' : 'user' },
                  content: { content_type: 'text', parts: [`step ${i}`] },
                },
              },
            ]),
          ),
        },
      ]);
      for (const text of [arbor, chatgpt]) {
        await checkImport(text);
        const added = await db.sessions.count();
        expect(added).toBe(seeded.sessions.length + 1);
        expect(await db.messages.count()).toBe(seeded.messages.length + length);
      }
    },
    TIMEOUT_MS,
  );

  it(
    'keeps a 500 KB message whole in every format',
    async () => {
      const huge = `${'A long paste. '.repeat(38_000)}end`;
      for (const name of [arborName, ...SAMPLES]) {
        const root = JSON.parse(source(name)) as Json;
        // The first text the file shows as a message's whole text becomes the huge one,
        // everywhere the file repeats it.
        await checkImport(source(name));
        const texts = new Set((await db.messages.toArray()).map((m) => contentText(m.content)));
        const valueAt = ({ parent, key }: ReturnType<typeof slots>[number]) =>
          Array.isArray(parent) ? parent[key as number] : parent[key as string];
        const all = slots(root);
        const first = all.find((slot) => {
          const value = valueAt(slot);
          return typeof value === 'string' && value.length > 3 && texts.has(value);
        });
        expect(first, name).toBeDefined();
        const shown = first && valueAt(first);
        for (const slot of all.filter((each) => valueAt(each) === shown)) {
          if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = huge;
          else slot.parent[slot.key as string] = huge;
        }
        await checkImport(JSON.stringify(root));
        const stored = (await db.messages.toArray()).map((m) => contentText(m.content));
        expect(
          stored.some((text) => text.includes(huge)),
          name,
        ).toBe(true);
      }
    },
    TIMEOUT_MS,
  );
});
