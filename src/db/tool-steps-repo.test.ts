// A reply's tool calls always end up answered: the last answer closes its step, and a step left
// open by a tab that closed is answered as interrupted on the next start, unless a live tab
// still runs it.
import { afterEach, describe, expect, it } from 'vitest';
import { finishReply } from './messages-repo';
import { db } from './schema';
import { createSession } from './sessions-repo';
import { addToolAnswer, answerInterruptedCalls, INTERRUPTED_ANSWER } from './tool-steps-repo';
import type { MessageRow } from './types';
import { activePath } from './testing/active-path';

afterEach(async () => {
  await Promise.all([db.sessions.clear(), db.messages.clear(), db.settings.clear()]);
});

const call = (id: string) => ({ id, type: 'function', function: { name: 'add', arguments: '{}' } });

/** A chat whose newest reply asked for two tools, stored as the reply worker stores it. */
async function chatWithOpenStep() {
  const sessionId = await createSession({ model: 'm', systemPrompt: '' });
  const base = { sessionId, createdAt: Date.now(), content: '' };
  const rows: MessageRow[] = [
    { ...base, id: 'u', parentId: null, role: 'user', status: 'done', content: 'q' },
    { ...base, id: 'a', parentId: 'u', role: 'assistant', status: 'streaming' },
  ];
  await db.messages.bulkAdd(rows);
  await db.sessions.update(sessionId, { activeLeafId: 'a' });
  await finishReply('a', { content: '', status: 'done', tool_calls: [call('c1'), call('c2')] });
  return { sessionId, step: { id: 'a', sessionId } };
}

describe('tool steps', () => {
  it('closes a step with its last answer, and moves the chat to each answer', async () => {
    const { sessionId, step } = await chatWithOpenStep();
    expect((await db.settings.get('open-tool-steps'))?.value).toEqual(['a']);
    const first = await addToolAnswer(step, 'a', { toolCallId: 'c1', content: '1' }, false);
    await addToolAnswer(step, first, { toolCallId: 'c2', content: '2' }, true);
    expect((await db.settings.get('open-tool-steps'))?.value).toEqual([]);
    expect((await activePath(sessionId)).map((m) => m.tool_call_id ?? m.role)).toEqual([
      'user',
      'assistant',
      'c1',
      'c2',
    ]);
  });

  it('answers the calls a closed tab left open as interrupted, after the answers it stored', async () => {
    const { sessionId, step } = await chatWithOpenStep();
    await addToolAnswer(step, 'a', { toolCallId: 'c2', content: '2' }, false);

    expect(await answerInterruptedCalls((id) => id === 'a')).toBe(0);
    expect(await answerInterruptedCalls(() => false)).toBe(1);
    const path = await activePath(sessionId);
    expect(path.map((m) => [m.tool_call_id, m.content])).toEqual([
      [undefined, 'q'],
      [undefined, ''],
      ['c2', '2'],
      ['c1', INTERRUPTED_ANSWER],
    ]);
    // Answered once: a second start finds nothing open.
    expect(await answerInterruptedCalls(() => false)).toBe(0);
  });

  it('stores no answer for a chat deleted meanwhile', async () => {
    const { sessionId, step } = await chatWithOpenStep();
    await db.sessions.delete(sessionId);
    expect(await addToolAnswer(step, 'a', { toolCallId: 'c1', content: '1' }, false)).toBe('a');
    expect(await db.messages.filter((m) => m.role === 'tool').count()).toBe(0);
  });
});
