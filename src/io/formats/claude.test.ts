// Claude.ai's conversations.json, both layouts: the 2024 flat list and the 2025 linked blocks.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ArborDb } from '../../db/schema';
import { contentText } from '../../db/content-text';
import { detectFormat } from '../detect';
import { fixture } from '../testing/fixtures';
import { clearDb, importText, sourceIdOf, storedSessions } from '../testing/import-helpers';
import { convertClaude } from './claude';

const db = new ArborDb('arbor-claude-test');
afterAll(() => db.delete());
beforeEach(() => clearDb(db));

const texts = (rows: { content: Parameters<typeof contentText>[0] }[]) =>
  rows.map((m) => contentText(m.content));

describe('Claude export, 2024 layout', () => {
  it('is recognised from its shape', () => {
    expect(detectFormat(JSON.parse(fixture('fixtures/claude-2024.json')))).toBe('claude');
    expect(detectFormat({ uuid: 'x', chat_messages: [] })).toBe('claude');
  });

  it('chains the messages in the order listed and says it did', async () => {
    const { result } = await importText(db, fixture('fixtures/claude-2024.json'));
    const [stored] = await storedSessions(db);
    expect(stored?.path.map(sourceIdOf)).toEqual(['c24-m1', 'c24-m2', 'c24-m3', 'c24-m4']);
    expect(stored?.session.title).toBe('Sourdough starter');
    expect(result.repairs.join('\n')).toContain(
      "conversations[0] “Sourdough starter”: the file doesn't say which message answers which, so they were put in the order listed",
    );
  });

  it('drops the leading space of answers and shows an attachment that holds the whole prompt', async () => {
    await importText(db, fixture('fixtures/claude-2024.json'));
    const [stored] = await storedSessions(db);
    expect(texts(stored?.path ?? [])).toEqual([
      'How often should I feed my starter?\n\n[file: starter.jpg]',
      'Once a day at room temperature, once a week in the fridge.',
      'Here is my recipe:\n500 g flour\n350 g water\nIs it too wet?',
      'At 70% hydration it is a little wet for a beginner; try 65%.',
    ]);
  });

  it('skips an empty conversation with a note, not an error', async () => {
    const { result } = await importText(db, fixture('fixtures/claude-2024.json'));
    expect(result.rejected).toEqual([]);
    expect(result.added).toHaveLength(1);
    expect(result.repairs).toContain('conversations[1]: has no messages, so it was skipped.');
  });

  it('shows typed text first and an attachment after it, in a fence', () => {
    const { candidates } = convertClaude(
      [
        {
          uuid: 'c',
          chat_messages: [
            {
              uuid: 'm',
              sender: 'human',
              text: 'Summarise this',
              attachments: [{ file_name: 'notes.md', extracted_content: 'a ``` b' }],
            },
          ],
        },
      ],
      0,
    );
    expect(contentText(candidates[0]?.messages[0]?.content ?? null)).toBe(
      'Summarise this\n\nAttached notes.md:\n\n````\na ``` b\n````',
    );
  });
});

describe('Claude export, 2025 layout', () => {
  it('rebuilds the tree from parent_message_uuid and shows the newest branch', async () => {
    await importText(db, fixture('fixtures/claude-2025.json'));
    const [stored] = await storedSessions(db);
    const replies = stored?.messages.filter((m) => m.parentId?.endsWith(':c25-u1'));
    expect(replies?.map(sourceIdOf).sort()).toEqual(['c25-a1', 'c25-a1b']);
    expect(stored?.path.map(sourceIdOf)).toEqual([
      'c25-u1',
      'c25-a1b',
      'c25-u2',
      'c25-a2#1',
      'c25-a2#2',
      'c25-a2',
    ]);
  });

  it('keeps only text blocks as the answer and thinking blocks as its reasoning', async () => {
    await importText(db, fixture('fixtures/claude-2025.json'));
    const [stored] = await storedSessions(db);
    const first = stored?.messages.find((m) => sourceIdOf(m) === 'c25-a1');
    expect(first?.content).toBe('It depends on the section: about 2 kN/m for 100×200 mm.');
    expect(first?.reasoning).toBe('The user wants a span figure.');
    // The thinking block's own start and stop times say how long it took.
    expect(first?.reasoningSeconds).toBe(12);
    const last = stored?.path.at(-1);
    expect(last?.content).toBe('The span table gives 2.1 kN/m.');
    expect(last?.reasoning).toBe('Checking the tables.');
    expect(last?.reasoningSeconds).toBeUndefined();
  });

  it('turns tool use into a linked tool call and its answer', async () => {
    await importText(db, fixture('fixtures/claude-2025.json'));
    const [stored] = await storedSessions(db);
    const [call, answer] = stored?.path.slice(3, 5) ?? [];
    expect(call?.content).toBe("I'll look that up.");
    expect(call?.tool_calls?.[0]?.function).toEqual({
      name: 'web_search',
      arguments: '{"query":"oak beam span table"}',
    });
    expect(answer?.role).toBe('tool');
    expect(answer?.tool_call_id).toBe(call?.tool_calls?.[0]?.id);
    expect(answer?.content).toBe(
      'Span tables — https://example.org/spans\nC24 oak, 100×200, 3 m: 2.1 kN/m',
    );
  });

  it('follows current_leaf_message_uuid when the file has it, and answers a call left open', () => {
    const { candidates } = convertClaude(
      {
        uuid: 'c',
        current_leaf_message_uuid: 'a',
        chat_messages: [
          {
            uuid: 'q',
            sender: 'human',
            text: 'hi',
            parent_message_uuid: '00000000-0000-4000-8000-000000000000',
          },
          {
            uuid: 'a',
            sender: 'assistant',
            content: [{ type: 'tool_use', id: 'toolu_1', name: 'artifacts', input: { id: 'x' } }],
            parent_message_uuid: 'q',
          },
          {
            uuid: 'b',
            sender: 'assistant',
            text: 'later',
            parent_message_uuid: 'q',
            created_at: '2030-01-01T00:00:00Z',
          },
        ],
      },
      0,
    );
    const [candidate] = candidates;
    expect(candidate?.session.activeLeafId).toBe('c:a');
    const tool = candidate?.messages.find((m) => m.id === 'c:a');
    expect(tool).toMatchObject({
      role: 'tool',
      tool_call_id: 'toolu_1',
      content: '(no result was recorded)',
    });
  });

  it('rejects a conversation with an unknown sender, naming where', () => {
    const result = convertClaude(
      [{ name: 'Odd', chat_messages: [{ uuid: 'm', sender: 'robot' }] }],
      0,
    );
    expect(result.rejected).toEqual([
      {
        where: 'conversations[0] “Odd”',
        reason: 'conversations[0].chat_messages[0].sender: expected one of human, assistant',
      },
    ]);
  });

  it('keeps a 500 KB message whole', async () => {
    const long = 'x'.repeat(500 * 1024);
    await importText(
      db,
      JSON.stringify([
        { uuid: 'big', chat_messages: [{ uuid: 'm', sender: 'human', text: long }] },
      ]),
    );
    const [stored] = await storedSessions(db);
    expect(stored?.path[0]?.content).toBe(long);
  });
});
