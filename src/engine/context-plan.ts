// The request a turn sends, and why: every sendable message of the active path with its token
// count, what fits in the model's window and what is left out. Counts are kept (tokenCounts), so
// a long chat is counted once, not at every send. Runs in the reply and context workers.
import { readTokenCounts, saveTokenCounts } from '../db/token-counts-repo';
import type { ChatItem, MessageRow, ProviderRow, Role, SessionRow } from '../db/types';
import { contextWindowFor, type ContextWindow } from '../llm/context-window';
import { systemPromptFor } from '../llm/json-reply';
import { requestMessages, sendableRows } from '../llm/request-messages';
import type { FunctionTool } from '../llm/stream-chat';
import { toChatItem } from '../db/chat-item-schema';
import {
  encodingFor,
  itemTokens,
  loadCounter,
  TOKENS_PER_MESSAGE,
  utf8Length,
  type CountText,
  type Encoding,
} from '../llm/tokens';
import {
  fitContext,
  replyReserveFor,
  safetyMargin,
  type Fit,
  type LeftOutReason,
} from './fit-context';

export interface PlannedMessage {
  id: string;
  role: Role;
  tokens: number;
  sent: boolean;
  reason?: LeftOutReason;
}

export interface ContextPlan {
  model: string;
  providerId: string;
  provider: string;
  encoding: Encoding;
  /** False where counts are an estimate (a model whose tokenizer is not OpenAI's). */
  exact: boolean;
  /** False when counts are upper bounds (UTF-8 bytes): everything fit without counting. */
  counted: boolean;
  window: ContextWindow;
  replyReserve: number;
  margin: number;
  systemTokens: number;
  /** What the tools offered with the request take: their names, descriptions and schemas. */
  toolTokens: number;
  messages: PlannedMessage[];
  fit: Fit;
}

export interface PlanInput {
  session: SessionRow;
  provider: ProviderRow;
  model: string;
  /** The active path up to the message being answered. */
  path: readonly MessageRow[];
  /** A smaller window to fit, when the server said the request was too long. */
  windowOverride?: number;
  /** The tools offered with the request, which take room in the window like messages. */
  tools?: readonly FunctionTool[];
}

export interface PlannedContext {
  plan: ContextPlan;
  request: ChatItem[];
  /**
   * Keeps the counts of the messages counted for the first time; resolves once they are
   * written (a failure is logged, never thrown).
   */
  saveCounts: () => Promise<void>;
}

/**
 * `exact` counts every message with the model's tokenizer. Without it, messages not counted
 * yet are taken at their upper bound (their UTF-8 bytes), and the tokenizer, a second to load,
 * is only loaded when those bounds don't fit: a short chat is sent at once.
 */
export async function planContext(
  input: PlanInput,
  { exact = false }: { exact?: boolean } = {},
): Promise<PlannedContext> {
  const { session, provider, model } = input;
  const modelEncoding = encodingFor(model);
  const { encoding } = modelEncoding;
  const rows = sendableRows(input.path);
  const listed = contextWindowFor(
    model,
    session.params.contextLimit,
    provider.models,
    provider.windows?.[model],
  );
  const window: ContextWindow = input.windowOverride
    ? { tokens: Math.min(input.windowOverride, listed.tokens), source: 'server' }
    : listed;
  const replyReserve = replyReserveFor(window.tokens, session.params.maxTokens);
  const margin = safetyMargin(window.tokens);
  const systemPrompt = systemPromptFor(session.systemPrompt, session.params.replyFormat);
  const toolDefinitions = input.tools?.length ? JSON.stringify(input.tools) : '';
  const kept = await readTokenCounts(
    session.id,
    rows.map((row) => row.id),
    encoding,
  );

  const fitWith = (count: CountText) => {
    const counted = rows.map((row, i) => ({
      id: row.id,
      role: row.role,
      tokens: kept[i] ?? itemTokens(toChatItem(row), count),
      toolCallIds: row.tool_calls?.map((c) => c.id),
    }));
    const systemTokens = systemPrompt.trim() ? TOKENS_PER_MESSAGE + count(systemPrompt) : 0;
    // Servers turn the definitions into text of their own; their JSON is a close estimate.
    const toolTokens = toolDefinitions ? count(toolDefinitions) : 0;
    const fit = fitContext({
      messages: counted,
      systemTokens: systemTokens + toolTokens,
      window: window.tokens,
      replyReserve,
      margin,
      ...(session.params.maxTurns ? { maxTurns: session.params.maxTurns } : {}),
    });
    return { counted, systemTokens, toolTokens, fit };
  };

  let tokenized = exact;
  let fitted = exact ? undefined : fitWith(utf8Length);
  if (!fitted?.fit.ok || fitted.fit.leftOut.length > 0) {
    const count = await loadCounter(encoding);
    fitted = fitWith(count);
    tokenized = true;
  }
  const { counted, systemTokens, toolTokens, fit } = fitted;
  const reasons = new Map(fit.ok ? fit.leftOut.map((l) => [l.id, l.reason]) : []);
  const messages = counted.map(({ id, role, tokens }) => {
    const reason = reasons.get(id);
    return { id, role, tokens, sent: fit.ok && !reason, ...(reason ? { reason } : {}) };
  });
  const sentIds = new Set(fit.ok ? fit.sent : []);
  const request = requestMessages(
    systemPrompt,
    rows.filter((r) => sentIds.has(r.id)),
  );
  return {
    plan: {
      model,
      providerId: provider.id,
      provider: provider.name,
      encoding,
      exact: modelEncoding.exact,
      counted: tokenized,
      window,
      replyReserve,
      margin,
      systemTokens,
      toolTokens,
      messages,
      fit,
    },
    request,
    saveCounts: () => (tokenized ? keepCounts(encoding, rows, counted, kept) : Promise.resolve()),
  };
}

async function keepCounts(
  encoding: Encoding,
  rows: readonly MessageRow[],
  counted: readonly { tokens: number }[],
  kept: readonly (number | undefined)[],
): Promise<void> {
  const fresh = rows.flatMap(({ id, sessionId }, i) =>
    kept[i] === undefined ? [{ id, sessionId, tokens: counted[i]?.tokens ?? 0 }] : [],
  );
  if (fresh.length === 0) return;
  await saveTokenCounts(encoding, fresh).catch((error: unknown) =>
    console.error('Keeping token counts failed', error),
  );
}
