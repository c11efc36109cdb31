// The Dexie database: the single source of truth for sessions, messages, the providers replies
// go to, settings, the text of replies while they stream (streams) and unsent message-box
// drafts (drafts), the search index (searchIndex), the folders chats are kept in (folders) and
// the token counts of messages (tokenCounts).
// Every schema version stays listed with its upgrade so an old database always opens.
import { Dexie, type EntityTable } from 'dexie';
import { readBeforeUpgrade, type RowsBeforeUpgrade } from './pre-upgrade';
import { countsToTheirOwnTable } from './upgrade-token-counts';
import { endpointToProvider } from './upgrade-to-providers';
import type { FolderRow, MessageRow, ProviderRow, SessionRow, TokenCountRow } from './types';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The text of a reply while it streams, kept apart so its batched writes don't wake every query on the session's messages. */
export interface StreamRow {
  id: string;
  content: string;
  updatedAt: number;
}

/** Text typed in a chat's message box and not sent yet; '' is the new chat not stored yet. */
export interface DraftRow {
  sessionId: string;
  text: string;
  updatedAt: number;
}

/**
 * One week's messages in the search index (db/search/), as MiniSearch serialized it, with the
 * ids it holds. Derived from the messages table: dropping any row only costs indexing again.
 */
export interface SearchIndexRow {
  /** Weeks since 1970 of the messages' creation time. */
  week: number;
  /** The index format (INDEX_FORMAT) it was written in. */
  format: number;
  ids: string[];
  index: string;
}

/**
 * IndexedDB as ArborDb opens it: opening without a version opens at this code's own. Dexie 4
 * meets a database newer than its code (IndexedDB's VersionError) by opening it again without a
 * version, at whatever version it has, and then patching in any table or index it declares that
 * is missing. An older Arbor must not write into a newer schema: that second open fails with the
 * VersionError too, and Dexie's open fails with it (see upgrade-watch.ts's isNewerDatabase).
 */
function openingAtOwnVersion(version: () => number): IDBFactory {
  return {
    open: (name, asked) => indexedDB.open(name, asked ?? version()),
    deleteDatabase: (name) => indexedDB.deleteDatabase(name),
    cmp: (a, b) => indexedDB.cmp(a, b),
    databases: () => indexedDB.databases(),
  };
}

/** Given the chats of a database about to be upgraded, before the upgrade runs. */
export type BeforeUpgrade = (rows: RowsBeforeUpgrade) => Promise<void>;

export class ArborDb extends Dexie {
  /**
   * Runs before the first open when the database on disk is older than this code (the page
   * sets it to keep a restore point). A failure is logged and the upgrade goes ahead: refusing
   * to open would lock the user out of every chat.
   */
  beforeUpgrade: BeforeUpgrade | undefined;
  private prepared: Promise<void> | undefined;

  sessions!: EntityTable<SessionRow, 'id'>;
  messages!: EntityTable<MessageRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  streams!: EntityTable<StreamRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'sessionId'>;
  providers!: EntityTable<ProviderRow, 'id'>;
  searchIndex!: EntityTable<SearchIndexRow, 'week'>;
  folders!: EntityTable<FolderRow, 'id'>;
  tokenCounts!: EntityTable<TokenCountRow, 'id'>;

  constructor(name = 'arbor') {
    // Read when Dexie opens, once the versions below are declared.
    const declared = { version: 0 };
    super(name, { indexedDB: openingAtOwnVersion(() => declared.version) });
    this.version(1).stores({
      sessions: 'id, updatedAt, forkedFrom.sessionId',
      messages: 'id, sessionId, parentId, status',
      settings: 'key',
    });
    // v2: streamed text goes to its own table until the reply ends.
    this.version(2).stores({ streams: 'id' });
    // v3: a session's messages by creation time, so the newest of a long chat come in one read.
    this.version(3).stores({ messages: 'id, sessionId, parentId, status, [sessionId+createdAt]' });
    // v4: unsent drafts, so a reload or a closed tab loses nothing typed.
    this.version(4).stores({ drafts: 'sessionId' });
    // v5: any number of providers, and each chat its own; the one endpoint becomes the first.
    this.version(5)
      .stores({ providers: 'id', sessions: 'id, updatedAt, forkedFrom.sessionId, providerId' })
      .upgrade(endpointToProvider);
    // v6: the search index, kept so that opening Arbor never indexes every message again.
    this.version(6).stores({ searchIndex: 'week' });
    // v7: folders, and chats by folder (to move a folder's chats out or export them). A chat
    // without pinned or folderId is unpinned and in no folder, so older rows need no upgrade.
    this.version(7).stores({
      folders: 'id',
      sessions: 'id, updatedAt, forkedFrom.sessionId, providerId, folderId',
    });
    // v8: token counts in a table of their own, by message and by chat, so keeping them never
    // rewrites a message: that woke every query on the chat and held up a reply reading it.
    this.version(8).stores({ tokenCounts: 'id, sessionId' }).upgrade(countsToTheirOwnTable);
    declared.version = Math.round(this.verno * 10);
    // A newer Arbor in another tab upgrades the database: this connection closes for good rather
    // than reopening, which would write rows shaped for this version into the newer schema.
    this.on('versionchange', (event) => {
      if (!event.newVersion) return;
      this.close();
      return false;
    });
  }

  // Dexie opens through this method, also when a query opens the database by itself.
  override open() {
    this.prepared ??= this.prepare();
    return Dexie.Promise.resolve(this.prepared).then(() => super.open());
  }

  private async prepare(): Promise<void> {
    const hook = this.beforeUpgrade;
    if (!hook) return;
    try {
      const rows = await readBeforeUpgrade(this.name, this.verno * 10);
      if (rows) await hook(rows);
    } catch (error) {
      console.error('Keeping a restore point before the upgrade failed', error);
    }
  }
}

export const db = new ArborDb();
