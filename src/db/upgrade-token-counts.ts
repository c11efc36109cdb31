// Version 8's upgrade: the token counts kept on messages move to the tokenCounts table, and the
// messages that held them lose the field. Only chats that were counted carry counts.
import type { Transaction } from 'dexie';
import type { MessageRow, TokenCountRow } from './types';

type CountedBefore8 = MessageRow & { tokenCounts?: TokenCountRow['counts'] };

export async function countsToTheirOwnTable(tx: Transaction): Promise<void> {
  const messages = tx.table<CountedBefore8, string>('messages');
  const counted = await messages.filter((m) => m.tokenCounts !== undefined).toArray();
  if (counted.length === 0) return;
  await tx
    .table<TokenCountRow, string>('tokenCounts')
    .bulkPut(
      counted.map((m) => ({ id: m.id, sessionId: m.sessionId, counts: m.tokenCounts ?? {} })),
    );
  await messages.bulkPut(counted.map(({ tokenCounts: _counts, ...message }) => message));
}
