// The Dexie database: the single source of truth for sessions, messages and settings.
// Every schema version stays listed with its upgrade so an old database always opens.
import { Dexie, type EntityTable } from 'dexie';
import type { MessageRow, SessionRow } from './types';

export interface SettingRow {
  key: string;
  value: unknown;
}

export class ArborDb extends Dexie {
  sessions!: EntityTable<SessionRow, 'id'>;
  messages!: EntityTable<MessageRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = 'arbor') {
    super(name);
    this.version(1).stores({
      sessions: 'id, updatedAt, forkedFrom.sessionId',
      messages: 'id, sessionId, parentId, status',
      settings: 'key',
    });
  }
}

export const db = new ArborDb();
