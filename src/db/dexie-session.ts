// The session protocol backed by IndexedDB. Items are message rows chained from the
// active leaf; every call is one transaction, so concurrent calls serialize and a failed
// write rolls back whole.
import type { ArborDb } from './schema';
import { toChatItem } from './chat-item-schema';
import { latest, parseItems, type SessionProtocol } from './session-protocol';
import { childrenByParent, indexMessages, pathTo, subtreeIds } from './tree';
import type { ChatItem, MessageRow, SessionRow } from './types';
import { DEFAULT_TITLE } from './sessions-repo';
import { newId } from '../lib/ids';

export class DexieSession implements SessionProtocol {
  constructor(
    private readonly db: ArborDb,
    readonly sessionId: string,
  ) {}

  private async activePath(): Promise<MessageRow[]> {
    const session = await this.db.sessions.get(this.sessionId);
    if (!session?.activeLeafId) return [];
    const rows = await this.db.messages.where('sessionId').equals(this.sessionId).toArray();
    return pathTo(indexMessages(rows), session.activeLeafId);
  }

  async getItems(limit?: number): Promise<ChatItem[]> {
    if (limit !== undefined && limit <= 0) return [];
    const path = await this.db.transaction('r', this.db.sessions, this.db.messages, () =>
      this.activePath(),
    );
    return latest(path, limit).map(toChatItem);
  }

  async addItems(items: ChatItem[]): Promise<void> {
    const parsed = parseItems(items);
    if (parsed.length === 0) return;
    await this.db.transaction('rw', this.db.sessions, this.db.messages, async () => {
      const session = (await this.db.sessions.get(this.sessionId)) ?? this.newSessionRow();
      const now = Date.now();
      let parentId = session.activeLeafId;
      const rows = parsed.map((item, i): MessageRow => {
        const row: MessageRow = {
          ...item,
          id: newId(),
          sessionId: this.sessionId,
          parentId,
          createdAt: now + i,
          status: 'done',
        };
        parentId = row.id;
        return row;
      });
      await this.db.messages.bulkAdd(rows);
      await this.db.sessions.put({ ...session, activeLeafId: parentId, updatedAt: now });
    });
  }

  async popItem(): Promise<ChatItem | undefined> {
    const { sessions, messages, tokenCounts } = this.db;
    return this.db.transaction('rw', sessions, messages, tokenCounts, async () => {
      const session = await this.db.sessions.get(this.sessionId);
      if (!session?.activeLeafId) return undefined;
      const rows = await this.db.messages.where('sessionId').equals(this.sessionId).toArray();
      const leaf = rows.find((m) => m.id === session.activeLeafId);
      if (!leaf) return undefined;
      // Branches hanging under the popped item would be unreachable, so they go with it.
      const popped = subtreeIds(childrenByParent(rows), leaf.id);
      await this.db.messages.bulkDelete(popped);
      await this.db.tokenCounts.bulkDelete(popped);
      await this.db.sessions.update(this.sessionId, { activeLeafId: leaf.parentId });
      return toChatItem(leaf);
    });
  }

  async clearSession(): Promise<void> {
    const { sessions, messages, tokenCounts } = this.db;
    await this.db.transaction('rw', sessions, messages, tokenCounts, async () => {
      await this.db.messages.where('sessionId').equals(this.sessionId).delete();
      await this.db.tokenCounts.where('sessionId').equals(this.sessionId).delete();
      await this.db.sessions.update(this.sessionId, { activeLeafId: null });
    });
  }

  private newSessionRow(): SessionRow {
    const now = Date.now();
    return {
      id: this.sessionId,
      title: DEFAULT_TITLE,
      titleIsCustom: false,
      createdAt: now,
      updatedAt: now,
      model: '',
      systemPrompt: '',
      params: {},
      activeLeafId: null,
    };
  }
}
