// Decides, for each candidate, whether it is new, already present (skipped) or a different
// version of a chat we already have (brought in as a copy with fresh ids). Pure: it sees the
// database only through `existing`, so the same decision runs for the preview and again
// inside the write transaction. Existing rows are never overwritten.
import type { ExistingRows } from '../db/import-repo';
import type { MessageRow, SessionRow } from '../db/types';
import { newId } from '../lib/ids';
import type { Candidate } from './candidate';
import { fingerprint } from './fingerprint';

export interface ImportPlan {
  write: Candidate[];
  added: { where: string; title: string; sessionId: string; messages: number; asCopy: boolean }[];
  duplicates: { where: string; title: string }[];
}

interface Known {
  session: SessionRow;
  messages: readonly MessageRow[];
  print?: string;
}

function printOf(known: Known): string {
  known.print ??= fingerprint(known.session, known.messages);
  return known.print;
}

/** A copy of the candidate with a fresh session id and fresh message ids, links kept. */
function freshCopy(
  c: Candidate,
  makeId: () => string,
): { copy: Candidate; ids: Map<string, string> } {
  const sessionId = makeId();
  const ids = new Map(c.messages.map((m) => [m.id, makeId()]));
  const mapped = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
  const messages = c.messages.map((m) => ({
    ...m,
    id: mapped(m.id) ?? makeId(),
    sessionId,
    parentId: mapped(m.parentId),
  }));
  const session = { ...c.session, id: sessionId, activeLeafId: mapped(c.session.activeLeafId) };
  return { copy: { where: c.where, session, messages }, ids };
}

export function planImport(
  candidates: readonly Candidate[],
  existing: ExistingRows,
  makeId: () => string = newId,
): ImportPlan {
  const byId = new Map<string, Known>();
  const byTime = new Map<number, Known[]>();
  const remember = (known: Known) => {
    byId.set(known.session.id, known);
    const list = byTime.get(known.session.updatedAt);
    if (list) list.push(known);
    else byTime.set(known.session.updatedAt, [known]);
  };
  const stored = new Map<string, MessageRow[]>();
  for (const m of existing.messages) {
    const list = stored.get(m.sessionId);
    if (list) list.push(m);
    else stored.set(m.sessionId, [m]);
  }
  for (const session of existing.sessions)
    remember({ session, messages: stored.get(session.id) ?? [] });
  const taken = new Set(existing.takenMessageIds);
  const plan: ImportPlan = { write: [], added: [], duplicates: [] };
  const copiedSessions = new Map<string, { sessionId: string; ids: Map<string, string> }>();

  for (const c of candidates) {
    const incoming: Known = { session: c.session, messages: c.messages };
    const print = printOf(incoming);
    // An earlier copy of this very content (same updatedAt, same fingerprint) counts as present.
    const alreadyHere = (byTime.get(c.session.updatedAt) ?? []).some((k) => printOf(k) === print);
    const sameId = byId.get(c.session.id);
    const clash = sameId !== undefined || c.messages.some((m) => taken.has(m.id));
    if (alreadyHere || (sameId && printOf(sameId) === print)) {
      plan.duplicates.push({ where: c.where, title: c.session.title });
      continue;
    }
    let accepted = c;
    if (clash) {
      const { copy, ids } = freshCopy(c, makeId);
      copiedSessions.set(c.session.id, { sessionId: copy.session.id, ids });
      accepted = copy;
    }
    plan.write.push(accepted);
    plan.added.push({
      where: c.where,
      title: c.session.title,
      sessionId: accepted.session.id,
      messages: accepted.messages.length,
      asCopy: clash,
    });
    for (const m of accepted.messages) taken.add(m.id);
    remember({ session: accepted.session, messages: accepted.messages, print });
  }

  // A fork whose source came in as a copy points at that copy, as it did in the file.
  plan.write = plan.write.map((w) => {
    const link = w.session.forkedFrom;
    const moved = link ? copiedSessions.get(link.sessionId) : undefined;
    if (!link || !moved) return w;
    const messageId = moved.ids.get(link.messageId) ?? link.messageId;
    return {
      ...w,
      session: { ...w.session, forkedFrom: { ...link, sessionId: moved.sessionId, messageId } },
    };
  });
  return plan;
}
