// The blob baseline's frames while a reply streams: a 2 s reply whose text is persisted every
// 300 ms by rewriting the whole state, with nothing rendered. Whatever jank shows here is the
// persistence alone, which Arbor's row writes avoid.
import type { FrameReport } from '../api-types';
import { startFrameRecorder } from '../probe/frame-recorder';
import { writeBlob } from './blob-store';
import { REPLY_TOKENS, TOKENS_PER_SECOND, WRITE_INTERVAL_MS, replySnapshots } from './reply-text';
import { blobState } from './seed';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

export async function measureBlobStreamFrames(): Promise<FrameReport> {
  const target = blobState.sessions[0];
  if (!target) throw new Error('Nothing is seeded yet');
  const reply = {
    id: crypto.randomUUID(),
    sessionId: target.session.id,
    parentId: target.session.activeLeafId,
    role: 'assistant' as const,
    content: '',
    createdAt: Date.now(),
    status: 'streaming' as const,
  };
  target.messages.push(reply);
  const snapshots = replySnapshots();
  const recorder = startFrameRecorder();
  const start = performance.now();
  for (const [i, text] of snapshots.entries()) {
    // Like the throttled writer: the next write is due 300 ms after the previous one was due.
    await sleep(start + (i + 1) * WRITE_INTERVAL_MS - performance.now());
    reply.content = text;
    await writeBlob(blobState);
  }
  await sleep(start + (REPLY_TOKENS / TOKENS_PER_SECOND) * 1000 - performance.now());
  const report = await recorder.stop();
  target.messages.pop();
  await writeBlob(blobState);
  return report;
}
