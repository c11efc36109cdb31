// Runs a reply: the reply worker sends the active path and streams the answer; this module
// puts the text into the generation store for the screen, writes it to IndexedDB in batches,
// and records how the reply ended.
import {
  appendUserTurn,
  finishReply,
  saveStreamedText,
  startReply,
  type ReplyOutcome,
} from '../../db/messages-repo';
import { createThrottledWriter } from '../../lib/throttled-writer';
import { holdStreamLock } from '../../lib/stream-locks';
import { useGeneration } from '../../store/generation';
import { useUi } from '../../store/ui';
import { produceReplyOffThread } from './reply-off-thread';

const WRITE_INTERVAL_MS = 300;

/**
 * Saves the user's message with an empty reply under it, then generates the reply. With
 * `parentId`, the message is an edit: a new sibling of the message it replaces.
 */
export async function sendMessage(
  sessionId: string,
  text: string,
  parentId?: string | null,
): Promise<void> {
  await writeThenReply(sessionId, async () => {
    const { assistantId } = await appendUserTurn(sessionId, text, parentId);
    return assistantId;
  });
}

/** Generates a new reply to `parentId` beside `previousId` (a retry or a regenerate). */
export async function replyAgain(
  sessionId: string,
  parentId: string,
  previousId?: string,
): Promise<void> {
  await writeThenReply(sessionId, () => startReply(sessionId, parentId, previousId));
}

/**
 * Writes the rows a reply needs, then runs it. The reply counts as coming from before the
 * write, so the open chat doesn't re-read its whole tree for it.
 */
async function writeThenReply(sessionId: string, write: () => Promise<string>): Promise<void> {
  const started = useGeneration.getState().prepare(sessionId);
  try {
    void runReply(sessionId, await write());
  } finally {
    started();
  }
}

export function stopReply(messageId: string): void {
  useGeneration.getState().running[messageId]?.controller.abort();
}

async function runReply(sessionId: string, assistantId: string): Promise<void> {
  const generation = useGeneration.getState();
  const controller = new AbortController();
  generation.start(assistantId, sessionId, controller);
  let finished!: () => void;
  holdStreamLock(assistantId, new Promise<void>((resolve) => (finished = resolve)));

  // A full disk fails every batch; the user is told once per reply.
  let writeFailureReported = false;
  const onWriteFailure = (error: unknown) => {
    if (!writeFailureReported) reportWriteFailure(error);
    writeFailureReported = true;
  };
  const writer = createThrottledWriter(
    (text: string) => saveStreamedText(assistantId, text),
    WRITE_INTERVAL_MS,
    onWriteFailure,
  );
  let frame: number | undefined;
  let shown = '';
  const showText = () => {
    frame = undefined;
    useGeneration.getState().setText(assistantId, shown);
  };

  let outcome: ReplyOutcome;
  try {
    outcome = await produceReplyOffThread({
      sessionId,
      assistantId,
      signal: controller.signal,
      onText: (text) => {
        shown = text;
        writer.push(text);
        // The screen is updated at most once per animation frame, however fast tokens come.
        frame ??= requestAnimationFrame(showText);
      },
    });
  } catch (error) {
    // Not expected (every ending is an outcome), but the reply must still end and be saved.
    console.error('The reply ended unexpectedly', error);
    outcome = { content: shown, status: 'error', error: 'The reply failed. Press Retry.' };
  }
  try {
    await writer.flush();
    await finishReply(assistantId, outcome);
  } catch (error) {
    reportWriteFailure(error);
  } finally {
    if (frame !== undefined) cancelAnimationFrame(frame);
    useGeneration.getState().end(assistantId);
    finished();
  }
}

function reportWriteFailure(error: unknown): void {
  console.error('Saving the reply failed', error);
  useUi.getState().notify({
    tone: 'error',
    text: 'Could not save the reply in this browser (the disk may be full). Free some space, then send again.',
  });
}
