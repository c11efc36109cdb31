// Makes an imported history's tool steps valid for strict servers, which refuse a `tool`
// message that answers no call and a call with no answer. Below a reply that made calls, its
// chain of tool messages is read: an answer without `tool_call_id` is matched to a call (by the
// tool's name, else in order), a call without an id gets one, and a call left without an answer
// gets one saying no result was recorded, placed at the end of the chain.
import type { MessageRow, ToolCall } from '../db/types';

export const NO_RESULT_RECORDED =
  'No result recorded: the app this chat came from kept no answer for this call.';

interface Counts {
  matched: number;
  madeUp: number;
  added: number;
}

function childrenIndex(messages: readonly MessageRow[]): Map<string | null, MessageRow[]> {
  const index = new Map<string | null, MessageRow[]>();
  for (const m of messages) index.set(m.parentId, [...(index.get(m.parentId) ?? []), m]);
  return index;
}

/** The tool messages right under `step`, following the first tool child at each level. */
function answerChain(step: MessageRow, children: Map<string | null, MessageRow[]>): MessageRow[] {
  const chain: MessageRow[] = [];
  let next = children.get(step.id)?.find((m) => m.role === 'tool');
  while (next) {
    chain.push(next);
    next = children.get(next.id)?.find((m) => m.role === 'tool');
  }
  return chain;
}

function repairStep(
  step: MessageRow,
  children: Map<string | null, MessageRow[]>,
  byId: Map<string, MessageRow>,
  added: MessageRow[],
  counts: Counts,
): void {
  const calls: ToolCall[] = (step.tool_calls ?? []).map((call, i) => {
    if (call.id) return call;
    counts.madeUp += 1;
    return { ...call, id: `call_${step.id}_${i}` };
  });
  byId.set(step.id, { ...step, tool_calls: calls });
  const chain = answerChain(step, children);
  const open = new Set(calls.map((c) => c.id));
  for (const answer of chain) {
    if (answer.tool_call_id && open.has(answer.tool_call_id)) open.delete(answer.tool_call_id);
  }
  for (const answer of chain) {
    if (answer.tool_call_id && calls.some((c) => c.id === answer.tool_call_id)) continue;
    const byName = calls.find((c) => open.has(c.id) && c.function.name === answer.name);
    const match = byName ?? calls.find((c) => open.has(c.id));
    if (!match) continue;
    open.delete(match.id);
    counts.matched += 1;
    byId.set(answer.id, { ...(byId.get(answer.id) ?? answer), tool_call_id: match.id });
  }
  if (open.size === 0) return;
  // The answers go at the end of the chain; what followed it then follows them.
  const end = chain.at(-1) ?? step;
  const after = (children.get(end.id) ?? []).filter((m) => m.role !== 'tool');
  let parentId = end.id;
  for (const call of calls.filter((c) => open.has(c.id))) {
    const row: MessageRow = {
      id: `${step.id}~answer-${call.id}`,
      sessionId: step.sessionId,
      parentId,
      role: 'tool',
      tool_call_id: call.id,
      content: NO_RESULT_RECORDED,
      createdAt: end.createdAt,
      status: 'done',
    };
    added.push(row);
    parentId = row.id;
    counts.added += 1;
  }
  for (const m of after) byId.set(m.id, { ...(byId.get(m.id) ?? m), parentId });
}

/** The messages with every call answered; `notes` says what was repaired. */
export function repairToolCalls(
  messages: MessageRow[],
  notes: string[],
  where: string,
): { messages: MessageRow[]; movedLeaf: Map<string, string> } {
  const steps = messages.filter((m) => m.role === 'assistant' && m.tool_calls?.length);
  if (steps.length === 0) return { messages, movedLeaf: new Map() };
  const children = childrenIndex(messages);
  const byId = new Map(messages.map((m) => [m.id, m]));
  const added: MessageRow[] = [];
  const counts: Counts = { matched: 0, madeUp: 0, added: 0 };
  for (const step of steps) repairStep(step, children, byId, added, counts);
  if (counts.matched > 0) {
    notes.push(
      `${where}: ${counts.matched} tool result(s) without a call id were matched to their calls.`,
    );
  }
  if (counts.madeUp > 0)
    notes.push(`${where}: ${counts.madeUp} tool call(s) without an id were given one.`);
  if (counts.added > 0) {
    notes.push(
      `${where}: ${counts.added} tool call(s) had no result; each now says no result was recorded.`,
    );
  }
  // A chain that ended a branch now ends at its last added answer.
  const movedLeaf = new Map<string, string>();
  for (const row of added) {
    if (row.parentId) movedLeaf.set(row.parentId, row.id);
  }
  return { messages: [...messages.map((m) => byId.get(m.id) ?? m), ...added], movedLeaf };
}
