// What the chat's next request would send, counted with the model's tokenizer: for the context
// inspector and the status line. Runs in the context worker, so counting a long chat for the
// first time never holds up a reply.
import { readSessionTree } from '../db/queries';
import { indexMessages, pathTo } from '../db/tree';
import type { MessageRow } from '../db/types';
import { ChatSetupError } from '../llm/errors';
import type { FunctionTool } from '../llm/stream-chat';
import { planContext, type ContextPlan, type PlannedMessage } from './context-plan';
import { previewOf } from './message-preview';
import { replyTargetFor } from './reply-target';

/** Long chats list only their newest messages; the rest are counted. */
export const LISTED_MESSAGES = 300;

/** A message as the inspector lists it, with the start of its text. */
export interface ListedMessage extends PlannedMessage {
  preview: string;
}

/**
 * The plan as the screen shows it: its totals, and only the newest messages, so a report on a
 * 10,000-message chat stays small to send to the page.
 */
export interface ContextOverview extends Omit<ContextPlan, 'messages'> {
  /** Newest first, at most LISTED_MESSAGES. */
  newest: ListedMessage[];
  messageCount: number;
  sentCount: number;
}

export type ContextReport =
  | { kind: 'plan'; plan: ContextOverview; turns: number; usage: ChatUsage }
  /** The chat can't be sent yet; the message says why. */
  | { kind: 'unset'; message: string }
  | { kind: 'gone' };

export async function inspectContext({
  sessionId,
  tools,
}: {
  sessionId: string;
  /** The tools the chat offers with its next request. */
  tools?: FunctionTool[];
}): Promise<ContextReport> {
  const { session, rows } = await readSessionTree(sessionId);
  if (!session) return { kind: 'gone' };
  try {
    const { provider, model } = await replyTargetFor(session, { adopt: false });
    const path = pathTo(indexMessages(rows), session.activeLeafId);
    const { plan, saveCounts } = await planContext(
      { session, provider, model, path, ...(tools ? { tools } : {}) },
      { exact: true },
    );
    void saveCounts();
    const turns = path.filter((m) => m.role === 'user').length;
    return { kind: 'plan', plan: overview(plan, path), turns, usage: chatUsage(rows) };
  } catch (error) {
    if (error instanceof ChatSetupError) return { kind: 'unset', message: error.message };
    throw error;
  }
}

/** `path` holds the plan's messages, whose previews are read for the listed ones only. */
export function overview(
  { messages, ...totals }: ContextPlan,
  path: readonly MessageRow[],
): ContextOverview {
  const listed = messages.slice(-LISTED_MESSAGES);
  const rows = new Map(path.map((row) => [row.id, row]));
  return {
    ...totals,
    newest: listed.reverse().map((message) => {
      const row = rows.get(message.id);
      return { ...message, preview: row ? previewOf(row) : '' };
    }),
    messageCount: messages.length,
    sentCount: messages.filter((m) => m.sent).length,
  };
}

/** Whether the plan leaves out any message, or can't send even the newest. */
export function leavesOut(plan: ContextOverview): boolean {
  return !plan.fit.ok || plan.sentCount < plan.messageCount;
}

/** The tokens every reply of the chat used, on every branch. */
export interface ChatUsage {
  tokens: number;
  /** Some replies' usage is Arbor's count: their endpoint reported none. */
  estimated: boolean;
}

export function chatUsage(rows: readonly MessageRow[]): ChatUsage {
  let tokens = 0;
  let estimated = false;
  for (const { usage, usageIsEstimate } of rows) {
    if (!usage) continue;
    tokens += usage.total_tokens ?? (usage.prompt_tokens ?? 0) + (usage.completion_tokens ?? 0);
    if (usageIsEstimate) estimated = true;
  }
  return { tokens, estimated };
}
