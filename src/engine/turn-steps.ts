// The order of a turn's steps. How each reply runs (in the reply worker, with its events) is
// the caller's: turns.ts.
import { addReplyNotice, startReply } from '../db/messages-repo';
import { readMessage, readSession } from '../db/queries';
import { DEFAULT_TOOL_STEPS } from '../db/types';
import { functionTools } from '../tools/function-tools';
import { toolsForChat } from './chat-tools';
import { answerToolCalls, refuseToolCalls } from './tool-loop';
import type { TurnRequest } from './turn-events';

/**
 * The steps of a turn: a reply, and while it asks for tools, their answers and the next reply,
 * up to the chat's tool step limit. `runStep` resolves false when a reply could not run.
 */
export async function runSteps(
  sessionId: string,
  firstId: string,
  signal: AbortSignal,
  runStep: (step: TurnRequest) => Promise<boolean>,
  beginStep: (messageId: string) => void,
): Promise<void> {
  const session = await readSession(sessionId);
  if (!session) throw new Error('This chat no longer exists.');
  // Connecting to the chat's servers can take a while; Stop doesn't wait for it.
  const tools = await untilStopped(toolsForChat(session), signal);
  if (!tools) return;
  const offered = tools.offered.length > 0 ? { tools: functionTools(tools.offered) } : {};
  const limit = session.params.maxToolSteps ?? DEFAULT_TOOL_STEPS;
  // Read through a function: TypeScript can't see that awaiting lets a Stop happen.
  const stopped = () => signal.aborted;
  let assistantId = firstId;
  for (let steps = 0; ; steps += 1) {
    const notice = steps === 0 && tools.missing ? { notice: tools.missing } : {};
    const ran = await runStep({ sessionId, assistantId, ...offered, ...notice });
    const reply = await readMessage(assistantId);
    if (!reply?.tool_calls?.length || reply.status === 'streaming') return;
    // A reply that asked for tools is answered whatever happens next, a Stop included.
    if (!ran || stopped() || reply.status !== 'done') {
      await refuseToolCalls(reply, 'Stopped by the user before the tool ran.');
      return;
    }
    if (steps >= limit) {
      await refuseToolCalls(
        reply,
        `Not run: this turn reached the chat's tool step limit (${limit}).`,
      );
      await addReplyNotice(
        reply.id,
        `Arbor stopped after ${limit === 1 ? '1 tool step' : `${limit} tool steps`}, the limit in Chat settings, so these tools were not run. Send a message to go on, or raise the Tool step limit.`,
      );
      return;
    }
    const lastAnswer = await answerToolCalls(reply, tools, signal);
    if (stopped()) return;
    assistantId = await startReply(sessionId, lastAnswer);
    beginStep(assistantId);
  }
}

/** What `work` resolves with, or undefined as soon as the signal aborts. */
function untilStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
