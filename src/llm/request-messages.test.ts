import { describe, expect, it } from 'vitest';
import { NO_ANSWER, requestMessages, sendableRows } from './request-messages';
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
    expect(requestMessages('Be brief.', sendableRows(path))).toEqual([
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
    expect(requestMessages('', sendableRows(path))).toEqual([
      { role: 'user', content: 'q1' },
      { role: 'user', content: 'q2' },
    ]);
  });

  it('keeps a stopped reply the user saw, without Arbor fields', () => {
    const sent = requestMessages(
      '',
      sendableRows([row({ role: 'assistant', content: 'partial', status: 'stopped', model: 'm' })]),
    );
    expect(sent).toEqual([{ role: 'assistant', content: 'partial' }]);
  });

  it("sends a tool's image as a placeholder, since a tool message carries text only", () => {
    const sent = requestMessages('', [
      row({
        role: 'tool',
        tool_call_id: 'c1',
        content: [
          { type: 'text', text: 'Here:' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
        ],
      }),
    ]);
    expect(sent).toEqual([{ role: 'tool', tool_call_id: 'c1', content: 'Here:\n\n[image]' }]);
  });

  it('answers a call the history left without an answer, so strict servers accept it', () => {
    const call = { id: 'c1', type: 'function', function: { name: 'add', arguments: '{}' } };
    const sent = requestMessages('', [
      row({ role: 'user', content: 'q' }),
      row({ role: 'assistant', content: null, tool_calls: [call] }),
      row({ role: 'user', content: 'and?' }),
    ]);
    expect(sent.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'user']);
    expect(sent[2]).toEqual({ role: 'tool', tool_call_id: 'c1', content: NO_ANSWER });
  });
});
