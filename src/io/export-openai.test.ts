// A chat's path as OpenAI messages and as fine-tuning JSONL: what a request would send, tool
// calls included, with nothing of Arbor's own (ids, statuses, reasoning, failed replies).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ArborDb } from '../db/schema';
import type { ChatItem, MessageRow, SessionRow } from '../db/types';
import { exportOpenai } from './export-data';
import { fineTuningJsonl, openaiExport, pathMessages } from './export-openai';
import { clearDb, importText, storedSessions } from './testing/import-helpers';

const db = new ArborDb('arbor-export-openai-test');
afterAll(() => db.delete());
beforeEach(() => clearDb(db));

let clock = 0;
function row(id: string, parentId: string | null, fields: Partial<MessageRow>): MessageRow {
  return {
    id,
    sessionId: 's',
    parentId,
    createdAt: ++clock,
    status: 'done',
    role: 'user',
    content: '',
    ...fields,
  };
}

const rows: MessageRow[] = [
  row('q', null, { content: 'Weather in Oslo?' }),
  row('old', 'q', { role: 'assistant', content: 'An answer on another branch.' }),
  row('call', 'q', {
    role: 'assistant',
    content: null,
    tool_calls: [
      { id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } },
    ],
    model: 'gpt-4o',
  }),
  row('tool', 'call', { role: 'tool', content: '{"temp":3}', tool_call_id: 'c1', name: 'weather' }),
  row('fail', 'tool', { role: 'assistant', content: 'half', status: 'error', error: 'cut' }),
  row('a', 'fail', {
    role: 'assistant',
    content: 'It is 3 °C.',
    reasoning: 'Read the tool result.',
  }),
];

const session: SessionRow = {
  id: 's',
  title: 'Oslo',
  titleIsCustom: false,
  createdAt: 1,
  updatedAt: 9,
  model: 'gpt-4o',
  systemPrompt: 'Be brief.',
  params: {},
  activeLeafId: 'a',
};

const expected: ChatItem[] = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'Weather in Oslo?' },
  {
    role: 'assistant',
    content: null,
    tool_calls: [
      { id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } },
    ],
  },
  { role: 'tool', content: '{"temp":3}', tool_call_id: 'c1', name: 'weather' },
  { role: 'assistant', content: 'It is 3 °C.' },
];

describe('OpenAI exports', () => {
  it('hold the path on screen as a request would send it', () => {
    expect(pathMessages(session, rows)).toEqual(expected);
    expect(JSON.stringify(pathMessages(session, rows))).not.toMatch(
      /another branch|reasoning|Read the tool/,
    );
  });

  it('write a messages array as indented JSON', () => {
    const text = openaiExport(session, rows, 'messages');
    expect(JSON.parse(text)).toEqual(expected);
    expect(text.endsWith(']\n')).toBe(true);
  });

  it('write fine-tuning JSONL as one line per chat path', () => {
    const line = openaiExport(session, rows, 'fine-tuning');
    expect(line.split('\n')).toEqual([JSON.stringify({ messages: expected }), '']);
    const two = fineTuningJsonl([expected, expected.slice(0, 2)]);
    expect(
      two
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([{ messages: expected }, { messages: expected.slice(0, 2) }]);
  });

  it('read from the database, and can be imported back as a chat', async () => {
    await db.sessions.add(session);
    await db.messages.bulkAdd(rows);
    const text = await exportOpenai(db, 's', 'messages');
    expect(await exportOpenai(db, 'missing', 'messages')).toBeUndefined();
    await clearDb(db);
    await importText(db, text ?? '');
    const [back] = await storedSessions(db);
    expect(back?.session.systemPrompt).toBe('');
    expect(back?.path.map((m) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
      'tool',
      'assistant',
    ]);
    expect(back?.path[2]?.tool_calls).toEqual(expected[2]?.tool_calls);
  });
});
