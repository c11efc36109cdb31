// Replies that arrived but could not be stored, because the disk was full: each is kept in this
// tab's memory with how it ended, until storing it again succeeds (Save reply in the notice, or
// the next Send, which stores them first so the next request sends the whole reply). Until
// then its row stays as last written, so a reload shows the text up to the last batch that was
// stored, marked interrupted, and never a reply half-finished.
import { finishReply, type ReplyOutcome } from '../db/messages-repo';
import { readMessage } from '../db/queries';

const unsaved = new Map<string, ReplyOutcome>();

export function keepUnsaved(messageId: string, outcome: ReplyOutcome): void {
  unsaved.set(messageId, outcome);
}

export function hasUnsavedReplies(): boolean {
  return unsaved.size > 0;
}

/** Stores every reply kept, oldest first; rejects with the first failure, keeping the rest. */
export async function saveUnsavedReplies(): Promise<void> {
  for (const [messageId, outcome] of [...unsaved]) {
    // A reply another tab has since ended (marked interrupted, or deleted) is left as it is.
    const row = await readMessage(messageId);
    if (row?.status === 'streaming') await finishReply(messageId, outcome);
    unsaved.delete(messageId);
  }
}
