// "Summarize and continue", run in the reply worker: the chat's model is asked to summarize the
// active path (the newest messages that fit its window), as JSON with a schema where the
// endpoint accepts response_format and as plain text where it doesn't, and the summary starts
// a new chat linked back to this one. The chat itself is not touched.
import { readSessionTree } from '../db/queries';
import { createSummaryChat } from '../db/summary-repo';
import { indexMessages, pathTo } from '../db/tree';
import type { MessageRow, SessionParams } from '../db/types';
import { ChatSetupError, httpStatusOf, tooLongOf } from '../llm/errors';
import { streamChat } from '../llm/stream-chat';
import { SUMMARY_FORMAT, SUMMARY_INSTRUCTION, summaryFromReply } from '../llm/summary-prompt';
import type { CallContext } from '../workers/rpc/serve';
import { planContext } from './context-plan';
import { replyTargetFor } from './reply-target';

/** Resolves with the new chat's id. */
export async function summarizeChat(
  { sessionId }: { sessionId: string },
  { signal }: CallContext<never>,
): Promise<string> {
  const { session, rows } = await readSessionTree(sessionId);
  if (!session) throw new Error('This chat no longer exists.');
  const leafId = session.activeLeafId;
  if (!leafId) throw new ChatSetupError('This chat has no messages to summarize.');
  const { provider, model } = await replyTargetFor(session, { adopt: false });
  const ask: MessageRow = {
    id: `summary-of-${leafId}`,
    sessionId,
    parentId: leafId,
    role: 'user',
    content: SUMMARY_INSTRUCTION,
    createdAt: Date.now(),
    status: 'done',
  };
  const path = [...withoutTooLongTurn(pathTo(indexMessages(rows), leafId)), ask];
  const { plan, request, saveCounts } = await planContext({ session, provider, model, path });
  void saveCounts();
  if (!plan.fit.ok) throw new ChatSetupError('This chat is too long to summarize with its model.');

  const send = (params: SessionParams) =>
    streamChat({ endpoint: provider, model, messages: request, params, signal, onText: () => {} });
  // The summary is notes, not the chat's own reply format: its JSON setting is left out.
  const { replyFormat: _ignored, ...params } = session.params;
  let summary: string;
  try {
    const reply = await send({ ...params, replyFormat: SUMMARY_FORMAT });
    summary = summaryFromReply(reply.content);
  } catch (error) {
    // A server that refuses response_format answers 400; one that says "too long" won't do
    // better in plain text.
    if (httpStatusOf(error) !== 400 || tooLongOf(error) || signal.aborted) throw error;
    summary = (await send(params)).content.trim();
  }
  if (!summary) throw new Error('The model answered with an empty summary.');
  return createSummaryChat(sessionId, leafId, summary);
}

/**
 * A last question that failed for being too long to send is left out: it would fill the
 * window, and nothing older would fit beside it.
 */
function withoutTooLongTurn(path: MessageRow[]): MessageRow[] {
  const last = path.at(-1);
  return last?.status === 'error' && last.tooLong ? path.slice(0, -2) : path;
}
