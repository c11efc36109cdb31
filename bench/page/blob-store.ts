// The baseline: how blob-store chat apps persist (NextChat's zustand persist, BetterChatGPT's
// localStorage). The whole history lives in memory as one object and every change rewrites
// all of it, serialized, as ONE IndexedDB value.
import type { GeneratedSession } from '../generate';
import { done, openDb, request } from './raw-idb';

export const BLOB_DB = 'arbor-bench-blob';
const STORE = 'kv';
const KEY = 'state';

export interface BlobState {
  version: number;
  sessions: GeneratedSession[];
}

let blobDb: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  blobDb ??= openDb(BLOB_DB, [{ name: STORE, keyPath: 'key', indexes: [] }]);
  return blobDb;
}

/** Serializes the whole state and writes it as one value; resolves once committed. Returns its size in chars. */
export async function writeBlob(state: BlobState): Promise<number> {
  const text = JSON.stringify(state);
  const db = await open();
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).put({ key: KEY, text });
  await done(tx);
  return text.length;
}

/** Reads and parses the whole state, as a blob-store app must before it can show anything. */
export async function readBlob(): Promise<BlobState> {
  const db = await open();
  const tx = db.transaction(STORE, 'readonly');
  const row = (await request(tx.objectStore(STORE).get(KEY))) as { text: string } | undefined;
  if (!row) throw new Error('The blob baseline has not been written yet');
  return JSON.parse(row.text) as BlobState;
}

export function closeBlob(): void {
  void blobDb?.then((db) => db.close());
  blobDb = undefined;
}
