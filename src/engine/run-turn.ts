// One turn of a chat, run in the reply worker: read the chat, send its active path, stream the
// answer, write it in batches and record how it ended. Every step of a turn streams into a
// message of its own and reports it by id, so a turn of several steps (a reply, tool results,
// the next reply) reports the same way. A reply that asks for tools ends the step with its tool
// calls stored, as sent; the page runs the tools (engine/tool-loop.ts) and starts the next step.
import {
  finishReply,
  saveStreamedText,
  saveUsageEstimate,
  type ReplyOutcome,
} from '../db/messages-repo';
import { readSessionTree } from '../db/queries';
import { indexMessages, pathTo } from '../db/tree';
import { createThrottledWriter } from '../lib/throttled-writer';
import type { ChatItem, JsonReplyFormat, ToolCall } from '../db/types';
import { newId } from '../lib/ids';
import { describeFailure, isTooLong } from '../llm/errors';
import { jsonReplyProblem } from '../llm/json-reply';
import type { Encoding } from '../llm/tokens';
import { estimateUsage } from './estimate-usage';
import type { CallContext } from '../workers/rpc/serve';
import { startReasoningClock, type ReasoningClock } from './reasoning-clock';
import { replyTargetFor } from './reply-target';
import { sendFitted, type FittedRequest } from './send-fitted';
import type { TurnEvent, TurnRequest } from './turn-events';

const WRITE_INTERVAL_MS = 300;

/** Resolves once the turn is stored; a failed reply is stored as its step's outcome. */
export async function runTurn(
  request: TurnRequest,
  { emit, signal }: CallContext<TurnEvent>,
): Promise<void> {
  // A full disk fails every batch; the page is told once per turn.
  let saveFailed = false;
  const onSaveFailure = (error: unknown) => {
    console.error('Saving the reply failed', error);
    if (!saveFailed) emit({ type: 'save-failed' });
    saveFailed = true;
  };
  await runStep(request, {
    signal,
    onText: (messageId, added) => emit({ type: 'text', messageId, added }),
    onReasoning: (messageId, added) => emit({ type: 'reasoning', messageId, added }),
    onSaveFailure,
    onUnsaved: (messageId, outcome, error) => {
      console.error('Storing the reply failed', error);
      saveFailed = true;
      emit({ type: 'unsaved', messageId, outcome });
    },
  });
}

interface StepHooks {
  signal: AbortSignal;
  onText: (messageId: string, added: string) => void;
  onReasoning: (messageId: string, added: string) => void;
  onSaveFailure: (error: unknown) => void;
  /** The reply's final write failed; the page keeps `outcome` to store it later. */
  onUnsaved: (messageId: string, outcome: ReplyOutcome, error: unknown) => void;
}

/** Streams one reply into `messageId`, writing its text in batches and its outcome at the end. */
async function runStep(request: TurnRequest, hooks: StepHooks): Promise<ReplyOutcome> {
  const messageId = request.assistantId;
  const writer = createThrottledWriter(
    (text: string) => saveStreamedText(messageId, text),
    WRITE_INTERVAL_MS,
    hooks.onSaveFailure,
  );
  let sent = 0;
  let reasoned = 0;
  const { outcome, unreported } = await streamReply(request, hooks.signal, {
    onText: (text) => {
      // The reply only ever grows, so only what is new crosses to the page.
      hooks.onText(messageId, text.slice(sent));
      sent = text.length;
      writer.push(text);
    },
    onReasoning: (reasoning) => {
      hooks.onReasoning(messageId, reasoning.slice(reasoned));
      reasoned = reasoning.length;
    },
  });
  await writer.flush();
  // The final write holds the whole reply in one transaction: stored whole, or not at all.
  const stored = await finishReply(messageId, outcome).then(
    () => true,
    (error: unknown) => {
      hooks.onUnsaved(messageId, outcome, error);
      return false;
    },
  );
  if (!stored) return outcome;
  if (unreported) {
    // Counting may load the tokenizer, so it comes after the reply is shown as done.
    const { encoding, sent } = unreported;
    const reply = {
      role: 'assistant' as const,
      content: outcome.content,
      ...(outcome.tool_calls ? { tool_calls: outcome.tool_calls } : {}),
    };
    await estimateUsage(encoding, sent, reply)
      .then((usage) => saveUsageEstimate(messageId, usage))
      .catch((error: unknown) => console.error('Counting the reply’s usage failed', error));
  }
  return outcome;
}

interface StreamedReply {
  outcome: ReplyOutcome;
  /** What was sent, for a reply whose endpoint reported no usage. */
  unreported?: { encoding: Encoding; sent: ChatItem[] };
}

/** Never rejects: a failure is an outcome with status 'error' and the text that arrived. */
async function streamReply(
  { sessionId, assistantId: messageId, tools, notice: toolNotice }: TurnRequest,
  signal: AbortSignal,
  { onText, onReasoning }: Pick<FittedRequest, 'onText' | 'onReasoning'>,
): Promise<StreamedReply> {
  let baseURL = '';
  let text = '';
  let reasoning = '';
  const thinking = startReasoningClock();
  let wroteBy: Pick<ReplyOutcome, 'model' | 'provider'> = {};
  try {
    const { session, rows } = await readSessionTree(sessionId);
    if (!session) throw new Error('This chat no longer exists.');
    const { provider, model } = await replyTargetFor(session);
    baseURL = provider.baseURL;
    wroteBy = { model, provider: provider.name };
    const { reply, notice, sent, encoding } = await sendFitted({
      session,
      provider,
      model,
      path: pathTo(indexMessages(rows), messageId),
      ...(tools ? { tools } : {}),
      signal,
      onText: (next) => {
        thinking.answered();
        text = next;
        onText(next);
      },
      onReasoning: (next) => {
        thinking.reasoned();
        reasoning = next;
        onReasoning(next);
      },
    });
    const { replyFormat } = session.params;
    const notices = [toolNotice, notice].filter(Boolean).join(' ');
    const outcome: ReplyOutcome = {
      content: reply.content,
      status: 'done',
      ...wroteBy,
      ...(notices ? { notice: notices } : {}),
      ...(reply.usage ? { usage: reply.usage } : {}),
      ...(reply.reasoning ? reasoned(reply.reasoning, thinking) : {}),
      ...(reply.toolCalls.length > 0 ? { tool_calls: uniqueCallIds(reply.toolCalls) } : {}),
      ...(replyFormat ? { json: checkedJson(reply.content, replyFormat) } : {}),
    };
    return { outcome, ...(reply.usage ? {} : { unreported: { encoding, sent } }) };
  } catch (error) {
    // What arrived before the reply was stopped or failed is kept, its reasoning too.
    const arrived = {
      content: text,
      ...wroteBy,
      ...(reasoning ? reasoned(reasoning, thinking) : {}),
    };
    if (signal.aborted) return { outcome: { ...arrived, status: 'stopped' } };
    console.error('Reply failed', error);
    return {
      outcome: {
        ...arrived,
        status: 'error',
        error: describeFailure(error, baseURL, text !== ''),
        ...(isTooLong(error) ? { tooLong: true } : {}),
      },
    };
  }
}

function reasoned(
  reasoning: string,
  clock: ReasoningClock,
): Pick<ReplyOutcome, 'reasoning' | 'reasoningSeconds'> {
  const seconds = clock.seconds();
  return { reasoning, ...(seconds === undefined ? {} : { reasoningSeconds: seconds }) };
}

/**
 * The calls as the model made them; a missing or repeated id gets one of its own, since each
 * answer names the call it answers.
 */
function uniqueCallIds(calls: readonly ToolCall[]): ToolCall[] {
  const seen = new Set<string>();
  return calls.filter(Boolean).map((call) => {
    const id = call.id && !seen.has(call.id) ? call.id : `call_${newId()}`;
    seen.add(id);
    return id === call.id ? call : { ...call, id };
  });
}

function checkedJson(text: string, format: JsonReplyFormat): { problem?: string } {
  const problem = jsonReplyProblem(text, format);
  return problem ? { problem } : {};
}
