// The Dexie database: the single source of truth for sessions, messages, the providers replies
// go to, settings, the text of replies while they stream (streams) and unsent message-box
// drafts (drafts), the search index (searchIndex) and the folders chats are kept in (folders).
// Every schema version stays listed with its upgrade so an old database always opens.
import { Dexie, type EntityTable } from 'dexie';
import { endpointToProvider } from './upgrade-to-providers';
import type { FolderRow, MessageRow, ProviderRow, SessionRow } from './types';

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

export class ArborDb extends Dexie {
  sessions!: EntityTable<SessionRow, 'id'>;
  messages!: EntityTable<MessageRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  streams!: EntityTable<StreamRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'sessionId'>;
  providers!: EntityTable<ProviderRow, 'id'>;
  searchIndex!: EntityTable<SearchIndexRow, 'week'>;
  folders!: EntityTable<FolderRow, 'id'>;

  constructor(name = 'arbor') {
    super(name);
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
  }
}

export const db = new ArborDb();
