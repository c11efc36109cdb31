// Repairs a candidate session's tree so it always loads: duplicate message ids get new ones,
// a message whose parent is missing moves to the root, cycles are cut, and an active leaf
// that points nowhere becomes the newest leaf, and tool calls from other apps get their answers
// (repair-tool-calls.ts). Every repair is reported, never silent.
import { byCreation } from '../db/tree';
import type { MessageRow } from '../db/types';
import type { Candidate } from './candidate';
import { repairToolCalls } from './repair-tool-calls';

function uniqueIds(messages: MessageRow[], notes: string[], where: string): MessageRow[] {
  const seen = new Set<string>();
  let renamed = 0;
  const out = messages.map((m) => {
    if (!seen.has(m.id)) {
      seen.add(m.id);
      return m;
    }
    let n = 2;
    while (seen.has(`${m.id}~${n}`)) n++;
    const id = `${m.id}~${n}`;
    seen.add(id);
    renamed++;
    return { ...m, id };
  });
  if (renamed > 0) notes.push(`${where}: ${renamed} duplicate message id(s) were given new ids.`);
  return out;
}

/** Clears parentId on messages whose parent is missing or whose ancestry loops. */
function fixParents(messages: MessageRow[], notes: string[], where: string): MessageRow[] {
  const byId = new Map(messages.map((m) => [m.id, m]));
  let orphans = 0;
  for (const m of messages) {
    if (m.parentId !== null && !byId.has(m.parentId)) {
      byId.set(m.id, { ...m, parentId: null });
      orphans++;
    }
  }
  // Walk up from each message; 0 = unvisited, 1 = on the current walk, 2 = known to reach a root.
  const state = new Map<string, 1 | 2>();
  let cycles = 0;
  for (const start of byId.keys()) {
    const walk: string[] = [];
    let id: string | null = start;
    while (id !== null && state.get(id) === undefined) {
      state.set(id, 1);
      walk.push(id);
      id = byId.get(id)?.parentId ?? null;
    }
    if (id !== null && state.get(id) === 1) {
      const closing = byId.get(walk[walk.length - 1] ?? '');
      if (closing) byId.set(closing.id, { ...closing, parentId: null });
      cycles++;
    }
    for (const visited of walk) state.set(visited, 2);
  }
  if (orphans > 0)
    notes.push(
      `${where}: ${orphans} message(s) whose parent is missing were attached to the root.`,
    );
  if (cycles > 0) notes.push(`${where}: ${cycles} loop(s) in the message tree were cut.`);
  return messages.map((m) => byId.get(m.id) ?? m);
}

export function newestLeaf(messages: readonly MessageRow[]): MessageRow | undefined {
  const parents = new Set(messages.map((m) => m.parentId));
  let best: MessageRow | undefined;
  for (const m of messages) {
    if (!parents.has(m.id) && (!best || byCreation(m, best) > 0)) best = m;
  }
  return best;
}

export function repairCandidate(
  candidate: Candidate,
  notes: string[],
  { answerToolCalls = true }: { answerToolCalls?: boolean } = {},
): Candidate {
  const { where, session } = candidate;
  let messages = uniqueIds(candidate.messages, notes, where);
  messages = fixParents(messages, notes, where);
  let streaming = 0;
  messages = messages.map((m) => {
    const row = m.sessionId === session.id ? m : { ...m, sessionId: session.id };
    if (row.status !== 'streaming') return row;
    streaming++;
    return { ...row, status: 'interrupted' as const };
  });
  if (streaming > 0)
    notes.push(
      `${where}: ${streaming} reply(ies) still streaming at export were marked interrupted.`,
    );
  const tools = answerToolCalls
    ? repairToolCalls(messages, notes, where)
    : { messages, movedLeaf: new Map<string, string>() };
  messages = tools.messages;
  let activeLeafId = session.activeLeafId;
  // An active leaf that was the end of an answer chain moves to the answers added after it.
  while (activeLeafId !== null && tools.movedLeaf.has(activeLeafId)) {
    activeLeafId = tools.movedLeaf.get(activeLeafId) ?? null;
  }
  if (activeLeafId !== null && !messages.some((m) => m.id === activeLeafId)) {
    activeLeafId = newestLeaf(messages)?.id ?? null;
    notes.push(`${where}: the active message was missing; the newest branch is shown instead.`);
  }
  return { where, session: { ...session, activeLeafId }, messages };
}
