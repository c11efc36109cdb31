// The bench page: served from the app's origin so it shares the app's IndexedDB, it exposes
// the page-side measurements on window.arborBench for bench/run.ts to call.
import { db } from '../../src/db/schema';
import type { BenchApi } from '../api-types';
import { SEED } from '../seed-value';
import { BLOB_DB, closeBlob } from './blob-store';
import { measureBlobStreamFrames } from './blob-frames';
import { measureExportImport } from './export-import';
import { measureFork } from './fork';
import { IMPORT_DB } from './import-runner';
import { measurePersist } from './persist';
import { deleteDb } from './raw-idb';
import { FLOOR_DB } from './raw-floor';
import { measureSearch } from './search';
import {
  forgetTokenCounts,
  newestOrdinary,
  resume,
  seedLong,
  seedOrdinary,
  seedSettings,
} from './seed';

const api: BenchApi = {
  async reset() {
    closeBlob();
    await db.delete();
    await db.open();
    for (const name of [BLOB_DB, FLOOR_DB, IMPORT_DB]) await deleteDb(name);
  },
  seedOrdinary: (total) => seedOrdinary(SEED, total),
  seedLong: () => seedLong(SEED),
  seedSettings,
  resume,
  persist: measurePersist,
  exportImport: measureExportImport,
  fork: measureFork,
  search: measureSearch,
  blobStreamFrames: measureBlobStreamFrames,
  newestOrdinary,
  forgetTokenCounts,
  idle: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

window.arborBench = api;
document.body.dataset.ready = 'true';
