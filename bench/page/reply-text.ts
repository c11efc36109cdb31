// The streamed reply the persist measures write: 400 tokens at 200 tokens/s, batched the way
// src/features/chat/generate.ts does (a write every 300 ms, then a flush and the final write).

export const REPLY_TOKENS = 400;
export const TOKENS_PER_SECOND = 200;
export const WRITE_INTERVAL_MS = 300;
const TOKENS_PER_WRITE = (TOKENS_PER_SECOND * WRITE_INTERVAL_MS) / 1000;

/** The text as written at each batched write; the last one is the flush of the whole reply. */
export function replySnapshots(): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < REPLY_TOKENS; i++)
    tokens.push(i % 17 === 16 ? 'word.\n\n' : `word${i % 10} `);
  const snapshots: string[] = [];
  for (let n = TOKENS_PER_WRITE; n < REPLY_TOKENS; n += TOKENS_PER_WRITE) {
    snapshots.push(tokens.slice(0, n).join(''));
  }
  snapshots.push(tokens.join(''));
  return snapshots;
}
