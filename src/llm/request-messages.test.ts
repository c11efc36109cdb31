import { describe, expect, it } from 'vitest';
import { requestMessages } from './request-messages';
import type { MessageRow } from '../db/types';

function row(partial: Partial<MessageRow> & Pick<MessageRow, 'role' | 'content'>): MessageRow {
  return {
    id: crypto.randomUUID(),
    sessionId: 's',
    parentId: null,
    createdAt: 0,
    status: 'done',
    ...partial,
  };
}

describe('request messages', () => {
  it('sends the system prompt first, then the whole path', () => {
    const path = [
      row({ role: 'user', content: 'q1' }),
      row({ role: 'assistant', content: 'a1' }),
      row({ role: 'user', content: 'q2' }),
    ];
    expect(requestMessages(path, 'Be brief.')).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'q1' },
      { role: 'assistant', content: 'a1' },
      { role: 'user', content: 'q2' },
    ]);
  });

  it('leaves out failed replies and the reply being generated', () => {
    const path = [
      row({ role: 'user', content: 'q1' }),
      row({ role: 'assistant', content: 'half', status: 'error', error: 'cut' }),
      row({ role: 'user', content: 'q2' }),
      row({ role: 'assistant', content: '', status: 'streaming' }),
    ];
    expect(requestMessages(path, '')).toEqual([
      { role: 'user', content: 'q1' },
      { role: 'user', content: 'q2' },
    ]);
  });

  it('keeps a stopped reply the user saw, without Arbor fields', () => {
    const sent = requestMessages(
      [row({ role: 'assistant', content: 'partial', status: 'stopped', model: 'm' })],
      '',
    );
    expect(sent).toEqual([{ role: 'assistant', content: 'partial' }]);
  });

  it('sends only the newest max turns, keeping system messages and whole turns', () => {
    const call = { id: 'c1', type: 'function', function: { name: 'add', arguments: '{}' } };
    const path = [
      row({ role: 'system', content: 'stored rule' }),
      row({ role: 'user', content: 'q1' }),
      row({ role: 'assistant', content: 'a1' }),
      row({ role: 'user', content: 'q2' }),
      row({ role: 'assistant', content: null, tool_calls: [call] }),
      row({ role: 'tool', content: '3', tool_call_id: 'c1' }),
      row({ role: 'assistant', content: 'a2' }),
      row({ role: 'user', content: 'q3' }),
    ];
    const sent = requestMessages(path, 'Be brief.', 2).map((m) => m.content);
    expect(sent).toEqual(['Be brief.', 'stored rule', 'q2', null, '3', 'a2', 'q3']);
    expect(requestMessages(path, '', 10)).toHaveLength(8);
  });
});
