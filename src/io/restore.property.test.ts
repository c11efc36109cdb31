// Property-based: whatever bytes arrive (cut short, mutated or random JSON), the import never
// throws, leaves the stored data unchanged, and each chat either comes in whole (every message,
// a consistent tree) or is reported as rejected with a message.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const SAMPLES = [
  'own-exports/chatgpt-branch.json',
  'own-exports/chatgpt-tools.json',
  'own-exports/nextchat-backup.json',
  'own-exports/openwebui-chat.json',
  'real-exports/librechat_export_tree.json',
  'real-exports/lobechat_config_sessions_v7.json',
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

const RUNS = { numRuns: 100 };
const TIMEOUT_MS = 60_000;

describe('import robustness (property-based)', () => {
  it(
    'survives an Arbor export cut short anywhere',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(), async (cut) =>
          checkImport(arborExport.slice(0, cut % arborExport.length)),
        ),
        RUNS,
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
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'survives mutated exports from other apps',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...SAMPLES),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          async (name, changes) => checkImport(mutate(fixture(name), changes)),
        ),
        RUNS,
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
