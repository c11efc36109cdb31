// A session's content as one hash that ignores ids: the settings, every message's fields and
// the shape of the tree (a Merkle hash, children in any order), plus the active path. Two
// sessions with the same fingerprint hold the same conversation even when one is a copy with
// fresh ids, which is how a re-import recognises what it already brought in.
import { indexMessages, pathTo } from '../db/tree';
import type { MessageRow, SessionRow } from '../db/types';
import { canonicalJson, hashText } from './canonical';

function messageKey(m: MessageRow): string {
  return canonicalJson({
    role: m.role,
    content: m.content,
    tool_calls: m.tool_calls,
    tool_call_id: m.tool_call_id,
    name: m.name,
    createdAt: m.createdAt,
    status: m.status,
    model: m.model,
    usage: m.usage,
    error: m.error,
    reasoning: m.reasoning,
  });
}

function sessionKey(s: SessionRow): string {
  return canonicalJson({
    title: s.title,
    titleIsCustom: s.titleIsCustom,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    model: s.model,
    systemPrompt: s.systemPrompt,
    params: s.params,
    forkedFromTitle: s.forkedFrom?.title,
  });
}

export function fingerprint(session: SessionRow, messages: readonly MessageRow[]): string {
  const ids = new Set(messages.map((m) => m.id));
  const children = new Map<string, MessageRow[]>();
  const roots: MessageRow[] = [];
  for (const m of messages) {
    if (m.parentId === null || !ids.has(m.parentId)) roots.push(m);
    else {
      const list = children.get(m.parentId);
      if (list) list.push(m);
      else children.set(m.parentId, [m]);
    }
  }
  // Parents come before children in this order, so walking it backwards hashes children first.
  const order = [...roots];
  const reached = new Set(order);
  for (let i = 0; i < order.length; i++) {
    for (const kid of children.get(order[i]?.id ?? '') ?? []) {
      if (!reached.has(kid)) order.push(kid);
      reached.add(kid);
    }
  }
  const hashes = new Map<string, string>();
  for (let i = order.length - 1; i >= 0; i--) {
    const m = order[i];
    if (!m) continue;
    const kids = (children.get(m.id) ?? []).map((c) => hashes.get(c.id) ?? '').sort();
    hashes.set(m.id, hashText(`${messageKey(m)}[${kids.join(',')}]`));
  }
  const rootHashes = roots.map((m) => hashes.get(m.id) ?? '').sort();
  const active = pathTo(indexMessages(messages), session.activeLeafId).map((m) => hashes.get(m.id));
  return hashText(`${sessionKey(session)}|${rootHashes.join(',')}|${active.join(',')}`);
}
