// Fork: copy the path from the root to one message into a new, independent session.
import { db } from './schema';
import { indexMessages, pathTo } from './tree';
import type { MessageRow, SessionRow } from './types';
import { newId } from '../lib/ids';

const WRITE_CHUNK = 500;

/**
 * Copies rows with fresh ids in one transaction, so a crash can't leave half a fork, and
 * nothing is shared afterwards: editing or deleting either session never touches the other.
 */
export async function forkSession(sourceId: string, messageId: string): Promise<string> {
  return db.transaction('rw', db.sessions, db.messages, async () => {
    const source = await db.sessions.get(sourceId);
    if (!source) throw new Error('The chat to fork no longer exists.');
    const rows = await db.messages.where('sessionId').equals(sourceId).toArray();
    const path = pathTo(indexMessages(rows), messageId);
    if (path.length === 0) throw new Error('The message to fork from no longer exists.');

    const now = Date.now();
    const forkId = newId();
    let parentId: string | null = null;
    const copies = path.map((row): MessageRow => {
      const copy: MessageRow = {
        // Rows read from IndexedDB are private copies already, so a shallow copy is enough.
        ...row,
        id: newId(),
        sessionId: forkId,
        parentId,
        // A reply still streaming in the source is not streaming in the fork.
        status: row.status === 'streaming' ? 'interrupted' : row.status,
      };
      parentId = copy.id;
      return copy;
    });
    const fork = descendantOf(source, {
      id: forkId,
      suffix: 'fork',
      fromMessageId: messageId,
      activeLeafId: parentId,
      now,
    });
    await db.sessions.add(fork);
    // Written in chunks inside the one transaction, so that where this runs on the page (no
    // worker) the page can still draw and take input between them.
    for (let i = 0; i < copies.length; i += WRITE_CHUNK) {
      await db.messages.bulkAdd(copies.slice(i, i + WRITE_CHUNK));
    }
    return forkId;
  });
}

/**
 * A new chat that descends from `source` (a fork, a summary): its provider, model, system
 * prompt and settings, titled "<source> (<suffix>)", linked back to the message it came from.
 */
export function descendantOf(
  source: SessionRow,
  link: {
    id: string;
    suffix: string;
    fromMessageId: string;
    activeLeafId: string | null;
    now: number;
  },
): SessionRow {
  return {
    id: link.id,
    title: `${source.title} (${link.suffix})`,
    titleIsCustom: true,
    createdAt: link.now,
    updatedAt: link.now,
    ...(source.providerId ? { providerId: source.providerId } : {}),
    model: source.model,
    systemPrompt: source.systemPrompt,
    params: structuredClone(source.params),
    activeLeafId: link.activeLeafId,
    forkedFrom: { sessionId: source.id, messageId: link.fromMessageId, title: source.title },
  };
}
