// Imported tool steps are made valid for strict servers: answers matched to their calls, calls
// given ids, and calls with no answer answered as "no result recorded".
import { describe, expect, it } from 'vitest';
import type { MessageRow } from '../db/types';
import { NO_RESULT_RECORDED, repairToolCalls } from './repair-tool-calls';

let clock = 0;
function row(id: string, parentId: string | null, fields: Partial<MessageRow>): MessageRow {
  clock += 1;
  return {
    id,
    sessionId: 's',
    parentId,
    role: 'user',
    content: '',
    createdAt: clock,
    status: 'done',
    ...fields,
  };
}

function call(id: string, name: string) {
  return { id, type: 'function', function: { name, arguments: '{}' } };
}

describe('repairToolCalls', () => {
  it('matches answers without a call id to their calls by tool name', () => {
    const notes: string[] = [];
    const { messages } = repairToolCalls(
      [
        row('u', null, {}),
        row('a', 'u', { role: 'assistant', tool_calls: [call('c1', 'add'), call('c2', 'now')] }),
        row('t1', 'a', { role: 'tool', name: 'now', content: 'noon' }),
        row('t2', 't1', { role: 'tool', name: 'add', content: '5' }),
      ],
      notes,
      'chat',
    );
    expect(messages.find((m) => m.id === 't1')?.tool_call_id).toBe('c2');
    expect(messages.find((m) => m.id === 't2')?.tool_call_id).toBe('c1');
    expect(notes).toEqual([
      'chat: 2 tool result(s) without a call id were matched to their calls.',
    ]);
  });

  it('answers a call that has none, before what followed it, and gives calls without ids one', () => {
    const notes: string[] = [];
    const { messages, movedLeaf } = repairToolCalls(
      [
        row('u', null, {}),
        row('a', 'u', { role: 'assistant', tool_calls: [call('', 'add')] }),
        row('next', 'a', { role: 'user', content: 'and?' }),
      ],
      notes,
      'chat',
    );
    const step = messages.find((m) => m.id === 'a');
    const callId = step?.tool_calls?.[0]?.id ?? '';
    expect(callId).not.toBe('');
    const answer = messages.find((m) => m.role === 'tool');
    expect(answer).toMatchObject({
      parentId: 'a',
      tool_call_id: callId,
      content: NO_RESULT_RECORDED,
    });
    expect(messages.find((m) => m.id === 'next')?.parentId).toBe(answer?.id);
    expect(movedLeaf.get('a')).toBe(answer?.id);
    expect(notes).toHaveLength(2);
  });

  it('leaves a complete history as it is and says nothing', () => {
    const notes: string[] = [];
    const input = [
      row('u', null, {}),
      row('a', 'u', { role: 'assistant', tool_calls: [call('c1', 'add')] }),
      row('t', 'a', { role: 'tool', tool_call_id: 'c1', content: '5' }),
    ];
    const { messages } = repairToolCalls(input, notes, 'chat');
    expect(messages).toEqual(input);
    expect(notes).toEqual([]);
  });
});
