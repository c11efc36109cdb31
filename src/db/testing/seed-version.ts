// Databases as earlier versions of Arbor left them, for the upgrade tests. The store
// declarations are a copy of schema.ts's history rather than an import of it, so a later edit
// to schema.ts cannot quietly change what an old database looks like.
import { Dexie } from 'dexie';
import { ROWS, withCountsOnMessages, type ArborRows } from './seeded-rows';

interface DeclaredVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
}

/** Each version as schema.ts declared it. */
const HISTORY: readonly DeclaredVersion[] = [
  {
    version: 1,
    stores: {
      sessions: 'id, updatedAt, forkedFrom.sessionId',
      messages: 'id, sessionId, parentId, status',
      settings: 'key',
    },
  },
  { version: 2, stores: { streams: 'id' } },
  { version: 3, stores: { messages: 'id, sessionId, parentId, status, [sessionId+createdAt]' } },
  { version: 4, stores: { drafts: 'sessionId' } },
  {
    version: 5,
    stores: { providers: 'id', sessions: 'id, updatedAt, forkedFrom.sessionId, providerId' },
  },
  { version: 6, stores: { searchIndex: 'week' } },
  {
    version: 7,
    stores: {
      folders: 'id',
      sessions: 'id, updatedAt, forkedFrom.sessionId, providerId, folderId',
    },
  },
  { version: 8, stores: { tokenCounts: 'id, sessionId' } },
];

/** The versions a database can be seeded at, oldest first. */
export const SEEDABLE_VERSIONS: readonly number[] = HISTORY.map((v) => v.version);

/**
 * The rows a table holds at `version`. Version 5 moved the endpoint setting into the providers
 * table and gave every chat its provider, so from then on those two tables look different;
 * versions 5 to 7 kept token counts on messages; from version 7 a chat may be pinned or in a
 * folder.
 */
function rowsAt(table: keyof ArborRows, version: number): object[] {
  if (version < 5) return ROWS[table];
  if (table === 'messages' && version < 8) return withCountsOnMessages(ROWS.messages);
  if (table === 'settings') {
    return [
      {
        key: 'new-chat',
        value: { providerId: 'prov-ollama', model: 'llama3.1:8b', systemPrompt: '' },
      },
    ];
  }
  if (table !== 'sessions') return ROWS[table];
  const withProvider = ROWS.sessions.map((s) => ({ ...s, providerId: 'prov-ollama' }));
  if (version < 7) return withProvider;
  // Version 7 added folders and pins: one chat is in a folder, another pinned.
  return withProvider.map((s) =>
    s.id === 'ses-lisbon'
      ? { ...s, folderId: 'fld-travel' }
      : s.id === 'ses-fork'
        ? { ...s, pinned: true }
        : s,
  );
}

function isTableName(name: string): name is keyof ArborRows {
  return Object.hasOwn(ROWS, name);
}

/** A Dexie, not yet opened, that declares the versions up to `version` as schema.ts had them. */
export function declaredUpTo(name: string, version: number): Dexie {
  if (!SEEDABLE_VERSIONS.includes(version)) {
    throw new Error(`No declaration of version ${version} in HISTORY (seed-version.ts).`);
  }
  const old = new Dexie(name);
  for (const declared of HISTORY.filter((v) => v.version <= version)) {
    old.version(declared.version).stores(declared.stores);
  }
  return old;
}

export interface SeededTable {
  table: string;
  rows: object[];
}

/** Writes a database at exactly `version`, with ROWS in every table that version had, and closes it. */
export async function seedVersion(name: string, version: number): Promise<SeededTable[]> {
  const old = declaredUpTo(name, version);
  const seeded = old.tables.map(({ name: table }): SeededTable => {
    if (!isTableName(table)) throw new Error(`No rows for the ${table} table in ROWS.`);
    return { table, rows: rowsAt(table, version) };
  });
  await old.transaction('rw', old.tables, async () => {
    for (const { table, rows } of seeded) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return seeded;
}

/** The version a database is stored at, read without declaring any schema. */
export async function storedVersion(name: string): Promise<number> {
  const probe = new Dexie(name);
  await probe.open();
  const { verno } = probe;
  probe.close();
  return verno;
}

/** Each table with its primary key and indexes, as Dexie parsed them, in a comparable form. */
export function describeStores(db: Dexie): string[] {
  return db.tables
    .map(({ name, schema }) => {
      const indexes = schema.indexes.map((index) => index.src).sort();
      return `${name}: ${[schema.primKey.src, ...indexes].join(', ')}`;
    })
    .sort();
}
