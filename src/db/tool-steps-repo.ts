// The answers to a reply's tool calls. A reply that asks for tools is an open tool step until
// every call has its `tool` message; the open steps are listed in settings, written in the same
// transaction as the reply, so a tab that closes mid-loop leaves a step the next start can find
// and answer as interrupted. A history never keeps a call without its answer.
import { z } from 'zod/mini';
import { newId } from '../lib/ids';
import { db } from './schema';
import type { MessageContent, MessageRow } from './types';

const OPEN_STEPS_KEY = 'open-tool-steps';

/** What became of one tool call: its result, or why there is none. */
export interface ToolAnswer {
  toolCallId: string;
  content: MessageContent;
}

export const INTERRUPTED_ANSWER =
  'The call was interrupted: Arbor was closed or reloaded before the tool finished, so there is no result.';

async function openSteps(): Promise<string[]> {
  const parsed = z.array(z.string()).safeParse((await db.settings.get(OPEN_STEPS_KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/** Inside a transaction on settings: lists `messageId` as a step whose calls await answers. */
export async function markToolStepOpen(messageId: string): Promise<void> {
  const open = await openSteps();
  await db.settings.put({ key: OPEN_STEPS_KEY, value: [...new Set([...open, messageId])] });
}

async function markToolStepClosed(messageId: string): Promise<void> {
  const open = await openSteps();
  await db.settings.put({ key: OPEN_STEPS_KEY, value: open.filter((id) => id !== messageId) });
}

function toolRow(sessionId: string, parentId: string, answer: ToolAnswer): MessageRow {
  return {
    id: newId(),
    sessionId,
    parentId,
    role: 'tool',
    tool_call_id: answer.toolCallId,
    content: answer.content,
    createdAt: Date.now(),
    status: 'done',
  };
}

/**
 * Stores the answer to one call of step `stepId` under `parentId` (the step, or the answer
 * before it) and makes it the chat's newest message. With `last`, the step is complete.
 */
export async function addToolAnswer(
  step: Pick<MessageRow, 'id' | 'sessionId'>,
  parentId: string,
  answer: ToolAnswer,
  last: boolean,
): Promise<string> {
  return db.transaction('rw', db.sessions, db.messages, db.settings, async () => {
    // A chat deleted meanwhile keeps nothing: no answer is stored without its chat.
    if (!(await db.sessions.get(step.sessionId))) return parentId;
    const row = toolRow(step.sessionId, parentId, answer);
    await db.messages.add(row);
    await db.sessions.update(step.sessionId, { activeLeafId: row.id, updatedAt: row.createdAt });
    if (last) await markToolStepClosed(step.id);
    return row.id;
  });
}

/** The tool answers chained under `step`, oldest first. */
async function answersUnder(step: MessageRow): Promise<MessageRow[]> {
  const chain: MessageRow[] = [];
  let parentId = step.id;
  for (;;) {
    const next = (await db.messages.where('parentId').equals(parentId).toArray()).find(
      (m) => m.role === 'tool',
    );
    if (!next) return chain;
    chain.push(next);
    parentId = next.id;
  }
}

/**
 * Answers, as interrupted, every call of an open step whose tab is gone (`isLive` says which
 * steps some open tab still runs). Returns how many calls were answered.
 */
export async function answerInterruptedCalls(isLive: (id: string) => boolean): Promise<number> {
  return db.transaction('rw', db.sessions, db.messages, db.settings, async () => {
    let answered = 0;
    for (const stepId of await openSteps()) {
      if (isLive(stepId)) continue;
      const step = await db.messages.get(stepId);
      await markToolStepClosed(stepId);
      if (!step?.tool_calls) continue;
      const chain = await answersUnder(step);
      const done = new Set(chain.map((m) => m.tool_call_id));
      let parentId = chain.at(-1)?.id ?? step.id;
      const session = await db.sessions.get(step.sessionId);
      const followsChain = session?.activeLeafId === parentId;
      for (const call of step.tool_calls.filter((c) => !done.has(c.id))) {
        const row = toolRow(step.sessionId, parentId, {
          toolCallId: call.id,
          content: INTERRUPTED_ANSWER,
        });
        await db.messages.add(row);
        parentId = row.id;
        answered += 1;
      }
      if (followsChain) await db.sessions.update(step.sessionId, { activeLeafId: parentId });
    }
    return answered;
  });
}
