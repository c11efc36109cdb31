// Today's ChatGPT exports: reasoning nodes, voice chats, images with their names, and the
// split layout (conversations-000.json…) whose nodes link to their parent only.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ArborDb } from '../../db/schema';
import { contentText } from '../../db/content-text';
import { fixture } from '../testing/fixtures';
import { clearDb, importTexts, sourceIdOf, storedSessions } from '../testing/import-helpers';
import { convertChatgpt } from './chatgpt';
import { chatgptReasoning } from './chatgpt-content';

const db = new ArborDb('arbor-chatgpt-test');
afterAll(() => db.delete());
beforeEach(() => clearDb(db));

const shards = [
  { name: 'conversations-000.json', text: fixture('fixtures/chatgpt-split-000.json') },
  { name: 'conversations-001.json', text: fixture('fixtures/chatgpt-split-001.json') },
];
const assetNames = {
  name: 'conversation_asset_file_names.json',
  text: fixture('fixtures/chatgpt-asset-names.json'),
};

async function primes(files = [...shards, assetNames]) {
  const imported = await importTexts(db, files);
  const stored = (await storedSessions(db)).find((s) => s.session.title === 'Primes and bread');
  if (!stored) throw new Error('the conversation was not imported');
  return { ...imported, stored };
}

describe('ChatGPT export, today', () => {
  it('imports the split layout with its companion file, building the tree from parent links', async () => {
    const { result } = await primes();
    expect(result.rejected).toEqual([]);
    expect(result.repairs).toEqual([]);
    expect(result.added.map((a) => a.title).sort()).toEqual(['A tree', 'Primes and bread']);
    const tree = (await storedSessions(db)).find((s) => s.session.title === 'A tree');
    const answers = tree?.messages.filter((m) => m.role === 'assistant').map(sourceIdOf);
    expect(answers?.sort()).toEqual(['b1', 'b2']);
    expect(tree?.path.map(sourceIdOf)).toEqual(['q', 'b1']);
  });

  it('keeps reasoning with the reply it led to, not as messages of its own', async () => {
    const { stored } = await primes();
    expect(stored.messages.map(sourceIdOf)).not.toContain('t1');
    expect(stored.messages.map(sourceIdOf)).not.toContain('r1');
    const reply = stored.path.find((m) => sourceIdOf(m) === 'a1');
    expect(reply?.parentId).toBe(`${stored.session.id}:u1`);
    // The recap says how long it took, and is no reasoning of its own.
    expect(reply?.reasoning).toBe('Checking small factors\n13 × 17 = 221.');
    expect(reply?.reasoningSeconds).toBe(4);
    expect(stored.path.filter((m) => m.reasoning)).toHaveLength(1);
  });

  it('shows a voice message as its transcript, and as a placeholder when it has none', async () => {
    const { stored } = await primes();
    const text = (id: string) =>
      contentText(stored.path.find((m) => sourceIdOf(m) === id)?.content ?? null);
    expect(text('v1')).toBe('What about 223?');
    expect(text('va1')).toBe('223 is prime.');
    expect(text('v2')).toBe('[voice message]');
  });

  it('names images from the companion file or the message, and leaves the rest unnamed', async () => {
    const { stored } = await primes();
    const image = stored.path.find((m) => sourceIdOf(m) === 'i1');
    expect(contentText(image?.content ?? null)).toBe(
      '[image: loaf.jpg]\n\n[image: crumb.png]\n\n[image]\n\nWhat bread is this?',
    );
  });

  it('still imports the conversations when the companion file is missing', async () => {
    const { stored } = await primes(shards);
    const image = stored.path.find((m) => sourceIdOf(m) === 'i1');
    expect(contentText(image?.content ?? null)).toMatch(/^\[image\]\n\n\[image: crumb\.png\]/);
  });

  it('attaches reasoning across tool steps to the final reply, and drops it at a new question', () => {
    const node = (
      parent: string | null,
      role: string,
      content: object,
      recipient = 'all',
      metadata = {},
    ) => ({
      parent,
      message: { author: { role }, content, recipient, metadata },
    });
    const thoughts = (text: string) => ({
      content_type: 'thoughts',
      thoughts: [{ summary: '', content: text }],
    });
    const { candidates } = convertChatgpt(
      {
        id: 'c',
        current_node: 'final',
        mapping: {
          q: node(null, 'user', { content_type: 'text', parts: ['weather?'] }),
          t1: node('q', 'assistant', thoughts('Look it up.')),
          call: node('t1', 'assistant', { content_type: 'code', text: 'search("weather")' }, 'web'),
          tool: node('call', 'tool', { content_type: 'text', parts: ['Sunny'] }),
          t2: node('tool', 'assistant', thoughts('It is sunny.'), 'all', {
            finished_duration_sec: 7.4,
          }),
          final: node('t2', 'assistant', { content_type: 'text', parts: ['Sunny today.'] }),
          t3: node('final', 'assistant', thoughts('Orphan thought.')),
          q2: node('t3', 'user', { content_type: 'text', parts: ['thanks'] }),
          a2: node('q2', 'assistant', { content_type: 'text', parts: ['You are welcome.'] }),
        },
      },
      0,
    );
    const rows = candidates[0]?.messages ?? [];
    const reasoning = Object.fromEntries(rows.map((m) => [m.id.slice(2), m.reasoning]));
    expect(reasoning).toEqual({
      q: undefined,
      call: undefined,
      tool: undefined,
      final: 'Look it up.\n\nIt is sunny.',
      q2: undefined,
      a2: undefined,
    });
    expect(rows.find((m) => m.id.endsWith('final'))?.reasoningSeconds).toBe(7);
    expect(rows.filter((m) => m.reasoningSeconds !== undefined)).toHaveLength(1);
  });

  it('reads how long a recap says the model thought, and keeps a recap it cannot read as text', () => {
    const recap = (text: string) =>
      chatgptReasoning({ content_type: 'reasoning_recap', content: text }, {});
    expect(recap('Thought for 4 seconds')).toEqual({ text: '', seconds: 4 });
    expect(recap('Reasoned for 1m 5s')).toEqual({ text: '', seconds: 65 });
    expect(recap('Thought for 2 minutes')).toEqual({ text: '', seconds: 120 });
    expect(recap('Thought for a couple of seconds')).toEqual({
      text: 'Thought for a couple of seconds',
    });
  });
});
