// Runs a reply: sends the active path, streams the text into the generation store for the
// screen, writes it to IndexedDB in batches, and records how it ended.
import { db } from '../../db/schema';
import {
  appendUserTurn,
  finishReply,
  saveStreamedText,
  startReply,
  type ReplyOutcome,
} from '../../db/messages-repo';
import { loadEndpointSettings } from '../../db/settings-repo';
import { updateSessionSettings } from '../../db/sessions-repo';
import { indexMessages, pathTo } from '../../db/tree';
import { describeFailure } from '../../llm/errors';
import { requestMessages } from '../../llm/request-messages';
import { streamChat } from '../../llm/stream-chat';
import { createThrottledWriter } from '../../lib/throttled-writer';
import { holdStreamLock } from '../../lib/stream-locks';
import { useGeneration } from '../../store/generation';
import { useUi } from '../../store/ui';

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
  let text = '';
  let frame: number | undefined;
  const showText = () => {
    frame = undefined;
    useGeneration.getState().setText(assistantId, text);
  };

  let baseURL = '';
  let outcome: ReplyOutcome;
  try {
    const endpoint = await loadEndpointSettings();
    baseURL = endpoint.baseURL;
    const [session, rows] = await Promise.all([
      db.sessions.get(sessionId),
      db.messages.where('sessionId').equals(sessionId).toArray(),
    ]);
    if (!session) throw new Error('This chat no longer exists.');
    // A chat without a model of its own (e.g. an imported one) takes on the one it now uses.
    if (!session.model && endpoint.model)
      await updateSessionSettings(sessionId, { model: endpoint.model });
    const reply = await streamChat({
      endpoint,
      model: session.model || endpoint.model,
      messages: requestMessages(pathTo(indexMessages(rows), assistantId), session.systemPrompt),
      params: session.params,
      signal: controller.signal,
      onText: (next) => {
        text = next;
        writer.push(next);
        // The screen is updated at most once per animation frame, however fast tokens come.
        frame ??= requestAnimationFrame(showText);
      },
    });
    outcome = {
      content: reply.content,
      status: 'done',
      ...(reply.usage ? { usage: reply.usage } : {}),
      ...(reply.toolCalls.length > 0 ? { tool_calls: reply.toolCalls } : {}),
    };
  } catch (error) {
    if (controller.signal.aborted) {
      outcome = { content: text, status: 'stopped' };
    } else {
      console.error('Reply failed', error);
      const failure = describeFailure(error, baseURL, text !== '');
      outcome = { content: text, status: 'error', error: failure.message };
    }
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
