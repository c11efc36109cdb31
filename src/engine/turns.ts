// The page's side of the reply engine: starts a turn, runs it in the reply worker, and turns
// its events into the turn store the screen reads (the streamed text once per animation frame).
// The worker writes the turn's messages; the page writes only what the worker could not: a turn
// stopped before its worker started, or one whose worker crashed, could not start or was ended.
import { appendUserTurn, finishReply, startReply, type ReplyOutcome } from '../db/messages-repo';
import { readMessage } from '../db/queries';
import { isDiskFull } from '../lib/disk-full';
import { newId } from '../lib/ids';
import { holdStreamLock } from '../lib/stream-locks';
import type { WorkerOf } from '../workers/clients';
import { keepReplyWorker, prepareTurns, takeReplyWorker } from './reply-workers';
import type { TurnEvent, TurnRequest } from './turn-events';
import { runSteps } from './turn-steps';
import { useTurns } from './turn-store';
import { hasUnsavedReplies, keepUnsaved, saveUnsavedReplies } from './unsaved-replies';

const controllers = new Map<string, AbortController>();

/**
 * How a turn's writes failed: `streaming` while its text still arrives (each next batch tries
 * again), `reply` once the reply has arrived and is kept in memory only (unsaved-replies.ts),
 * `step` between a turn's steps (a tool's answer, say), which ends the turn.
 */
export type SaveFailure = 'streaming' | 'reply' | 'step';

const saveFailureListeners = new Set<(failure: SaveFailure) => void>();

function reportSaveFailure(failure: SaveFailure): void {
  for (const listener of saveFailureListeners) listener(failure);
}

/** Called when a turn's messages could not all be written (a full disk, say). */
export function onTurnSaveFailure(listener: (failure: SaveFailure) => void): () => void {
  saveFailureListeners.add(listener);
  return () => saveFailureListeners.delete(listener);
}

/**
 * Stores the user's message with an empty reply under it, then runs the turn; resolves once
 * the message is stored. A reply kept in memory (a full disk) is stored first, so the request
 * holds it; if it still can't be, nothing is sent. With none kept, the turn begins at once (no
 * await before it), so Stop works from the first moment. With `parentId` the message is an edit: a sibling of the one it replaces.
 */
export async function sendMessage(
  sessionId: string,
  text: string,
  parentId?: string | null,
): Promise<void> {
  if (hasUnsavedReplies()) await saveUnsavedReplies();
  await beginTurn(sessionId, async () => {
    const { assistantId } = await appendUserTurn(sessionId, text, parentId);
    return assistantId;
  });
}

/** Runs a new reply to `parentId` beside `previousId` (a retry or a regenerate). */
export async function replyAgain(
  sessionId: string,
  parentId: string,
  previousId?: string,
): Promise<void> {
  if (hasUnsavedReplies()) await saveUnsavedReplies();
  await beginTurn(sessionId, () => startReply(sessionId, parentId, previousId));
}

export function stopTurn(turnId: string): void {
  controllers.get(turnId)?.abort();
}

/** Stops every turn this tab runs in a chat, e.g. before the chat is deleted, and forgets it. */
export function stopTurnsIn(sessionId: string): void {
  for (const [turnId, turn] of Object.entries(useTurns.getState().turns)) {
    if (turn.sessionId === sessionId) stopTurn(turnId);
  }
  useTurns.getState().forgetEndedIn(sessionId);
}

/**
 * Stops every turn this tab runs (and any begun meanwhile), resolves once all have ended, and
 * forgets them: before every chat is replaced, so no reply writes into a chat that is gone,
 * and the restore point kept first holds what they streamed. A turn always ends: a worker that
 * doesn't answer Stop is ended after a few seconds.
 */
export async function stopEveryTurn(): Promise<void> {
  const running = () => Object.entries(useTurns.getState().turns).filter(([, turn]) => !turn.ended);
  await new Promise<void>((resolve) => {
    const check = () => {
      const left = running();
      for (const [turnId] of left) stopTurn(turnId);
      if (left.length > 0) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = useTurns.subscribe(check);
    check();
  });
  for (const turn of Object.values(useTurns.getState().turns)) {
    useTurns.getState().forgetEndedIn(turn.sessionId);
  }
}

/**
 * The turn counts as running from before its first write, so the open chat doesn't re-read its
 * whole tree for that write, and Stop works from that moment on.
 */
async function beginTurn(sessionId: string, write: () => Promise<string>): Promise<void> {
  const turnId = newId();
  const controller = new AbortController();
  controllers.set(turnId, controller);
  useTurns.getState().begin(turnId, sessionId);
  let assistantId: string;
  try {
    assistantId = await write();
  } catch (error) {
    controllers.delete(turnId);
    useTurns.getState().drop(turnId);
    throw error;
  }
  void runInReplyWorker(turnId, sessionId, assistantId, controller.signal);
}

/**
 * Ends a reply the worker could not finish; one it stored already is left as it is. On a full
 * disk the reply is kept in memory instead, to be stored when there is room.
 */
async function finishIfStreaming(messageId: string, outcome: ReplyOutcome): Promise<void> {
  const row = await readMessage(messageId);
  if (row?.status !== 'streaming') return;
  try {
    await finishReply(messageId, outcome);
  } catch (error) {
    console.error('Storing the reply failed', error);
    if (!isDiskFull(error)) throw error;
    keepUnsaved(messageId, outcome);
    reportSaveFailure('reply');
  }
}

/** How long a stopped turn's worker gets to store what it has before the page ends it. */
const STOP_GRACE_MS = 3000;

async function runInReplyWorker(
  turnId: string,
  sessionId: string,
  assistantId: string,
  signal: AbortSignal,
) {
  let turnEnded!: () => void;
  const ended = new Promise<void>((resolve) => (turnEnded = resolve));
  // Another tab tells this live reply from one whose tab died by these locks.
  const locked = new Set<string>();
  const lock = (messageId: string) => {
    if (!locked.has(messageId)) holdStreamLock(messageId, ended);
    locked.add(messageId);
  };
  const texts = new Map<string, string>();
  const reasonings = new Map<string, string>();
  let current = assistantId;
  let frame: number | undefined;
  const show = () => {
    frame = undefined;
    useTurns.getState().setText(turnId, current, texts.get(current) ?? '', reasonings.get(current));
  };
  const onEvent = (event: TurnEvent) => {
    if (event.type === 'save-failed') {
      reportSaveFailure('streaming');
      return;
    }
    if (event.type === 'unsaved') {
      keepUnsaved(event.messageId, event.outcome);
      reportSaveFailure('reply');
      return;
    }
    if (event.messageId !== current) show();
    current = event.messageId;
    lock(current);
    const into = event.type === 'reasoning' ? reasonings : texts;
    into.set(current, (into.get(current) ?? '') + event.added);
    // The screen is updated at most once per animation frame, however fast tokens come.
    frame ??= requestAnimationFrame(show);
  };

  lock(assistantId);
  show();
  let worker: WorkerOf<'reply'> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  // A worker that doesn't answer Stop (stuck, say) is ended; the page then stores the reply.
  const endIfStuck = () => (grace = setTimeout(() => worker?.close(), STOP_GRACE_MS));
  // A worker that failed or was ended is not kept for the next turn (set inside runStep).
  const failed = { worker: false };
  const runStep = async (step: TurnRequest) => {
    try {
      if (signal.aborted) throw new Error('stopped before it started');
      worker ??= takeReplyWorker();
      await worker.call('run', step, { onEvent, signal });
      return true;
    } catch (error) {
      failed.worker = true;
      // Stopped before the worker ran, or a worker that crashed, couldn't start or was ended:
      // its message ends here, with the text that arrived kept.
      const content = texts.get(current) ?? '';
      const why = error instanceof Error ? error.message : String(error);
      if (!signal.aborted) console.error('The turn failed in the reply worker', error);
      await finishIfStreaming(
        current,
        signal.aborted
          ? { content, status: 'stopped' }
          : { content, status: 'error', error: `The reply failed (${why}). Press Retry.` },
      ).catch((failure: unknown) => console.error('Ending the reply failed', failure));
      return false;
    }
  };
  const beginStep = (messageId: string) => {
    show();
    current = messageId;
    lock(messageId);
    show();
  };
  try {
    signal.addEventListener('abort', endIfStuck, { once: true });
    // Opened before the chat's tools are looked up, so its script loads meanwhile. One that
    // can't start is tried again, and reported, by the first step.
    try {
      if (!signal.aborted) worker = takeReplyWorker();
    } catch {
      worker = undefined;
    }
    await runSteps(sessionId, assistantId, signal, runStep, beginStep);
    // Stopped before its reply could run (while the chat's tools were being looked up, say).
    if (signal.aborted) {
      await finishIfStreaming(current, { content: texts.get(current) ?? '', status: 'stopped' });
    }
  } catch (error) {
    // Between steps: the chat was deleted, a tool's answer could not be stored, and so on. A
    // reply still streaming ends here; the next start answers calls left open as interrupted.
    console.error('A turn failed between its steps', error);
    if (isDiskFull(error)) reportSaveFailure('step');
    const why = error instanceof Error ? error.message : String(error);
    await finishIfStreaming(current, {
      content: texts.get(current) ?? '',
      status: 'error',
      error: `The reply failed (${why}). Press Retry.`,
    }).catch(() => undefined);
  } finally {
    clearTimeout(grace);
    signal.removeEventListener('abort', endIfStuck);
    if (worker && !failed.worker && !signal.aborted) keepReplyWorker(worker);
    else {
      worker?.close();
      prepareTurns();
    }
    if (frame !== undefined) cancelAnimationFrame(frame);
    show();
    controllers.delete(turnId);
    useTurns.getState().end(turnId);
    turnEnded();
  }
}
