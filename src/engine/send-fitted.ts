// Sends a chat's request cut to fit the model's window. When the server still answers that it
// is too long (its tokenizer or window differs from what Arbor knew), the request is cut again
// to the server's own numbers and sent once more, and the reply says so.
import type { ChatItem, MessageRow, ProviderRow, SessionRow } from '../db/types';
import { formatCount } from '../lib/format-count';
import type { Accumulated } from '../llm/accumulate';
import { tooLongOf, TooLongToSendError, type TooLong } from '../llm/errors';
import { streamChat, type FunctionTool } from '../llm/stream-chat';
import type { Encoding } from '../llm/tokens';
import { planContext, type ContextPlan, type PlannedContext } from './context-plan';

export interface FittedRequest {
  session: SessionRow;
  provider: ProviderRow;
  model: string;
  path: readonly MessageRow[];
  tools?: FunctionTool[];
  signal: AbortSignal;
  onText: (text: string) => void;
  onReasoning: (reasoning: string) => void;
}

export interface FittedReply {
  reply: Accumulated;
  /** Set when the request had to be cut again and resent. */
  notice?: string;
  /** The messages that were sent, and the tokenizer they were counted with. */
  sent: ChatItem[];
  encoding: Encoding;
}

export async function sendFitted(request: FittedRequest): Promise<FittedReply> {
  const first = await fittedPlan(request);
  try {
    return {
      reply: await send(request, first),
      sent: first.request,
      encoding: first.plan.encoding,
    };
  } catch (error) {
    const tooLong = tooLongOf(error);
    if (!tooLong || request.signal.aborted) throw error;
    const window = smallerWindow(first.plan, tooLong);
    const second = await fittedPlan(request, window);
    const named = tooLong.window ? ` (its window is ${formatCount(tooLong.window)} tokens)` : '';
    return {
      reply: await send(request, second),
      sent: second.request,
      encoding: second.plan.encoding,
      notice: `The server said this chat was too long for ${request.model}${named}, so Arbor left out older messages to fit ${formatCount(window)} tokens and sent it again.`,
    };
  }
}

async function fittedPlan(request: FittedRequest, windowOverride?: number) {
  const planned = await planContext({ ...request, ...(windowOverride ? { windowOverride } : {}) });
  // Written while the request goes out: the write and the request don't wait for each other.
  void planned.saveCounts();
  const { plan } = planned;
  if (!plan.fit.ok) throw new TooLongToSendError(tooBigMessage(plan, plan.fit.needed));
  return planned;
}

function send(request: FittedRequest, planned: PlannedContext) {
  return streamChat({
    endpoint: request.provider,
    model: request.model,
    messages: planned.request,
    params: request.session.params,
    ...(request.tools ? { tools: request.tools } : {}),
    signal: request.signal,
    onText: request.onText,
    onReasoning: request.onReasoning,
  });
}

/**
 * The window to fit on the second try: the server's, scaled down by how much more it counted
 * than Arbor did; without numbers, three quarters of what was tried.
 */
export function smallerWindow(plan: ContextPlan, tooLong: TooLong): number {
  const tried = plan.window.tokens;
  const counted = plan.fit.ok ? plan.fit.used : 0;
  const window = Math.min(tooLong.window ?? tried, tried);
  if (tooLong.counted && counted > 0 && tooLong.counted > counted) {
    return Math.floor((window * counted) / tooLong.counted);
  }
  return window < tried ? window : Math.floor(tried * 0.75);
}

function tooBigMessage(plan: ContextPlan, needed: number): string {
  const window = formatCount(plan.window.tokens);
  const also = [
    plan.systemTokens > 0 ? 'the system prompt' : '',
    plan.toolTokens > 0 ? 'the tools offered' : '',
  ].filter(Boolean);
  return `Your message${also.map((a) => ` and ${a}`).join('')} take ${formatCount(needed)} tokens, more than fit in ${plan.model}'s ${window}-token window with ${formatCount(plan.replyReserve)} kept for the reply. Shorten the message, or raise the context limit or lower the max reply tokens in Chat settings.`;
}
