// Unit tests run against fake-indexeddb, which installs the IndexedDB globals Dexie reads, and
// run Arbor's workers for real through a Worker shim: each worker module runs in this process
// and shares its fake IndexedDB, with messages passed as events. The shim passes messages
// as they are instead of cloning them, because jsdom's Blob and File (an import's files, an
// export's result) can't go through Node's structuredClone.
import 'fake-indexeddb/auto';
import { defineWebWorkers } from '@vitest/web-worker/pure';
import { startWorkersOneAtATime } from './workers/testing/one-at-a-time';

defineWebWorkers({ clone: 'none' });
startWorkersOneAtATime();
