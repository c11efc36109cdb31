// Which messages of the active path go into a request: the system prompt, then the newest
// messages that fit in the model's window (less the tokens kept for the reply and a margin),
// and no more than the chat's max turns. An assistant message that called tools and the tool
// results that answer it go together or not at all; the newest user message (with what follows
// it) always goes, or nothing is sent. Pure, so it can be tested on any path.
import type { Role } from '../db/types';

export interface CountedMessage {
  id: string;
  role: Role;
  tokens: number;
  /** For an assistant message that called tools: the calls' ids. */
  toolCallIds?: readonly string[];
}

export interface FitInput {
  /** The sendable messages of the active path, oldest first. */
  messages: readonly CountedMessage[];
  /** The system prompt's tokens; 0 without one. */
  systemTokens: number;
  window: number;
  /** Tokens kept free for the reply. */
  replyReserve: number;
  /** Tokens kept free because counts are estimates; see safetyMargin. */
  margin: number;
  maxTurns?: number;
}

export type LeftOutReason = 'max-turns' | 'window';

export type Fit =
  | {
      ok: true;
      sent: string[];
      leftOut: { id: string; reason: LeftOutReason }[];
      /** Tokens of what is sent, the system prompt included. */
      used: number;
      budget: number;
      turns: number;
    }
  | { ok: false; needed: number; budget: number };

/** A message with the tool results that answer it, or one message alone. */
interface Unit {
  ids: string[];
  tokens: number;
  startsTurn: boolean;
}

/** Tokens of framing every request has, whatever it holds. */
export const REQUEST_OVERHEAD = 3;

/** Kept free because the count is an estimate (and exact counts still differ by a few). */
export function safetyMargin(window: number): number {
  return Math.max(32, Math.round(window * 0.02));
}

/** What is kept for the reply: the chat's max reply tokens, else a quarter of the window up to 1,024. */
export function replyReserveFor(window: number, maxTokens: number | undefined): number {
  return maxTokens ?? Math.min(1_024, Math.floor(window / 4));
}

function unitsOf(messages: readonly CountedMessage[]): Unit[] {
  const units: Unit[] = [];
  let open: Unit | undefined;
  for (const m of messages) {
    if (m.role === 'tool' && open) {
      open.ids.push(m.id);
      open.tokens += m.tokens;
      continue;
    }
    const unit = { ids: [m.id], tokens: m.tokens, startsTurn: m.role === 'user' };
    units.push(unit);
    open = m.toolCallIds?.length ? unit : undefined;
  }
  return units;
}

export function fitContext(input: FitInput): Fit {
  const budget = input.window - input.replyReserve - input.margin - REQUEST_OVERHEAD;
  // Stored system messages are instructions, like the system prompt: they always go.
  const pinned = input.messages.filter((m) => m.role === 'system');
  const rest = input.messages.filter((m) => m.role !== 'system');
  const units = unitsOf(rest);
  const lastTurn = units.findLastIndex((u) => u.startsTurn);
  const tailStart = lastTurn === -1 ? Math.max(units.length - 1, 0) : lastTurn;
  const tail = units.slice(tailStart);
  const fixed = input.systemTokens + pinned.reduce((sum, m) => sum + m.tokens, 0);
  let used = fixed + tail.reduce((sum, u) => sum + u.tokens, 0);
  if (used > budget) return { ok: false, needed: used, budget };

  let turns = tail.some((u) => u.startsTurn) ? 1 : 0;
  const maxTurns = input.maxTurns && input.maxTurns > 0 ? input.maxTurns : Infinity;
  let firstSent = tailStart;
  let reason: LeftOutReason | undefined;
  for (let i = tailStart - 1; i >= 0; i--) {
    const unit = units[i] as Unit;
    // A turn is a user message and what follows it: once max turns are in, whatever is older
    // belongs to a turn that is left out.
    if (unit.startsTurn ? turns + 1 > maxTurns : turns >= maxTurns) {
      reason = 'max-turns';
      break;
    }
    if (used + unit.tokens > budget) {
      reason = 'window';
      break;
    }
    used += unit.tokens;
    if (unit.startsTurn) turns += 1;
    firstSent = i;
  }
  const sentIds = new Set([
    ...pinned.map((m) => m.id),
    ...units.slice(firstSent).flatMap((u) => u.ids),
  ]);
  const leftOutReason = reason ?? 'window';
  return {
    ok: true,
    sent: input.messages.filter((m) => sentIds.has(m.id)).map((m) => m.id),
    leftOut: input.messages
      .filter((m) => !sentIds.has(m.id))
      .map((m) => ({ id: m.id, reason: leftOutReason })),
    used,
    budget,
    turns,
  };
}
