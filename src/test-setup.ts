// Unit tests run against fake-indexeddb, which installs the IndexedDB globals Dexie reads.
import 'fake-indexeddb/auto';
