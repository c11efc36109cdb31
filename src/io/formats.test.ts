// Every supported format, on real exports where their licenses allow (and the reference
// originals when ../shared is present) and on our own equivalents for the edge cases.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ArborDb } from '../db/schema';
import { contentText } from '../db/content-text';
import { fixture, sharedFixtures } from './testing/fixtures';
import {
  clearDb,
  everything,
  importText,
  sourceIdOf,
  storedSessions,
} from './testing/import-helpers';

const db = new ArborDb('arbor-formats-test');
afterAll(() => db.delete());
beforeEach(() => clearDb(db));

interface RawNode {
  parent?: string | null;
  message?: { content?: { parts?: unknown[] }; metadata?: Record<string, unknown> } | null;
}

/** The visible path ChatGPT shows for current_node: parents upward, hidden nodes left out. */
function chatgptVisiblePath(mapping: Record<string, RawNode>, current: string): string[] {
  const ids: string[] = [];
  for (let id: string | null | undefined = current; id; id = mapping[id]?.parent) {
    const message = mapping[id]?.message;
    const text = message?.content?.parts?.filter((p) => typeof p === 'string').join('') ?? 'x';
    const hidden = message?.metadata?.is_visually_hidden_from_conversation === true;
    if (message && !hidden && text !== '') ids.push(id);
  }
  return ids.reverse();
}

const realBranch = sharedFixtures.get('chatgpt_export_2023_branch.json');
const chatgptBranchSamples: [string, string][] = [
  ['own equivalent', fixture('own-exports/chatgpt-branch.json')],
  ...(realBranch ? [['real export', realBranch] as [string, string]] : []),
];

describe('ChatGPT conversations.json', () => {
  it.each(chatgptBranchSamples)(
    'keeps both branches and follows current_node (%s)',
    async (_label, text) => {
      const raw = JSON.parse(text) as {
        mapping: Record<string, RawNode & { children: string[] }>;
        current_node: string;
      }[];
      const conversation = raw[0];
      if (!conversation) throw new Error('empty fixture');
      await importText(db, text, 'conversations.json');
      const [stored] = await storedSessions(db);
      if (!stored) throw new Error('nothing imported');
      const branchPoint = Object.entries(conversation.mapping).find(
        ([, n]) => n.children.length > 1,
      );
      const kids = stored.messages.filter(
        (m) => m.parentId !== null && sourceIdOf({ ...m, id: m.parentId }) === branchPoint?.[0],
      );
      expect(kids.map(sourceIdOf).sort()).toEqual([...(branchPoint?.[1].children ?? [])].sort());
      expect(stored.path.map(sourceIdOf)).toEqual(
        chatgptVisiblePath(conversation.mapping, conversation.current_node),
      );
      expect(stored.path.at(-1)?.id.endsWith(conversation.current_node)).toBe(true);
      expect(stored.messages.some((m) => m.role === 'system')).toBe(false);
    },
  );

  it('keeps tool use as linked tool calls and readable text, and rejects a conversation without a mapping', async () => {
    const { result } = await importText(db, fixture('own-exports/chatgpt-tools.json'));
    expect(result.added.map((a) => a.title)).toEqual([
      'Reading example.org',
      'Diagram with a plugin',
    ]);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      'conversations[2]: has no message tree (mapping); the export may be damaged here',
    ]);
    const [browsing, plugin] = await storedSessions(db);
    const calls = browsing?.path.filter((m) => m.tool_calls) ?? [];
    expect(calls.map((m) => m.tool_calls?.[0]?.function.arguments)).toContain(
      'open_url("https://example.org")',
    );
    const tools = browsing?.path.filter((m) => m.role === 'tool') ?? [];
    expect(tools.every((t) => calls.some((c) => c.tool_calls?.[0]?.id === t.tool_call_id))).toBe(
      true,
    );
    const texts = tools.map((t) => contentText(t.content)).join('\n');
    expect(texts).toContain('Error (tool_error): Failed to fetch page.');
    expect(texts).toContain('# Example Domain');
    expect(texts).toContain('> This domain is for use in illustrative examples in documents.');
    expect(plugin?.path.find((m) => m.role === 'tool')?.name).toBe('diagrams.render_Mermaid');
  });

  it('skips hidden system and user-context nodes by re-parenting their children', async () => {
    await importText(db, fixture('own-exports/chatgpt-modern.json'));
    const [stored] = await storedSessions(db);
    expect(stored?.path.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(stored?.path[0]?.parentId).toBeNull();
    expect(JSON.stringify(stored?.messages)).not.toContain('Keep answers short');
    expect(stored?.session.model).toBe('');
    expect(stored?.path[1]?.model).toBe('gpt-4o');
  });

  it.each([...sharedFixtures.keys()].filter((n) => n.startsWith('chatgpt')))(
    'imports the reference file %s whole',
    async (name) => {
      const { result } = await importText(db, sharedFixtures.get(name) ?? '', name);
      expect(result.rejected).toEqual([]);
      expect(result.added.length).toBeGreaterThan(0);
    },
  );
});

describe('Open WebUI', () => {
  it('reads the bare chat object with its branch and current message', async () => {
    const text = fixture('own-exports/openwebui-chat.json');
    await importText(db, text);
    const [stored] = await storedSessions(db);
    expect(stored?.session.title).toBe('Goldwater rule');
    expect(stored?.messages).toHaveLength(3);
    expect(stored?.path.map(sourceIdOf)).toEqual(['w-u1', 'w-a1']);
    const again = await importText(db, text);
    expect(again.result.duplicates).toHaveLength(1);
  });

  it('reads the export array and turns <details> blocks into readable text', async () => {
    const { result } = await importText(
      db,
      fixture('real-exports/openwebui_export_librechat_fixture.json'),
    );
    expect(result.added.map((a) => a.title)).toEqual([
      'Chat with reasoning',
      'Chat with tool call',
      'Simple linear chat',
    ]);
    const all = await storedSessions(db);
    const text = all.flatMap((s) => s.messages.map((m) => contentText(m.content))).join('\n');
    expect(text).not.toContain('<details');
    expect(text).toContain('> **Thought for 3 seconds**');
    expect(text).toContain('The weather in Paris is 18C with rain.');
  });
});

describe('LibreChat', () => {
  it('keeps the nested tree with both branch points', async () => {
    await importText(db, fixture('real-exports/librechat_export_tree.json'));
    const [stored] = await storedSessions(db);
    expect(stored?.messages).toHaveLength(9);
    const childCounts = new Map<string, number>();
    for (const m of stored?.messages ?? [])
      if (m.parentId) childCounts.set(m.parentId, (childCounts.get(m.parentId) ?? 0) + 1);
    expect([...childCounts.values()].filter((n) => n > 1)).toHaveLength(2);
    expect(stored?.messages.filter((m) => m.parentId === null)).toHaveLength(1);
    expect(stored?.session.systemPrompt).toBe('You are an expert software engineer.');
    expect(stored?.session.model).toBe('gpt-4-turbo');
  });
});

describe('LobeChat v7 config export', () => {
  it('imports each topic and reports messages whose parent is missing as repaired', async () => {
    const { result } = await importText(
      db,
      fixture('real-exports/lobechat_config_sessions_v7.json'),
    );
    expect(result.added).toHaveLength(3);
    expect(result.repairs.join('\n')).toMatch(/parent is missing/);
    const all = await storedSessions(db);
    // 12 messages, two of them plugin calls that each become a call and its answer.
    expect(all.reduce((n, s) => n + s.messages.length, 0)).toBe(14);
    const tools = all.flatMap((s) => s.messages.filter((m) => m.role === 'tool'));
    expect(tools).toHaveLength(2);
    for (const tool of tools) {
      const call = all.flatMap((s) => s.messages).find((m) => m.id === tool.parentId);
      expect(call?.tool_calls?.[0]?.id).toBe(tool.tool_call_id);
    }
  });
});

describe('BetterChatGPT and NextChat', () => {
  it('reads BetterChatGPT chats with their config and content parts', async () => {
    await importText(db, fixture('own-exports/betterchatgpt.json'));
    const [haiku, image] = await storedSessions(db);
    expect(haiku?.session).toMatchObject({
      title: 'Haiku about tea',
      model: 'gpt-4o-mini',
      params: { temperature: 0.9, maxTokens: 4000 },
    });
    expect(Array.isArray(image?.path[0]?.content)).toBe(true);
  });

  it('imports NextChat sessions and never any key or access code', async () => {
    await importText(db, fixture('own-exports/nextchat-backup.json'));
    const [stored] = await storedSessions(db);
    expect(stored?.session.systemPrompt).toBe('You are a friendly hiking guide.');
    expect(stored?.path.at(-1)?.status).toBe('error');
    const dump = await everything(db);
    expect(dump).not.toContain('sk-nextchat');
    expect(dump).not.toContain('secret-code-123');
    expect(await db.settings.count()).toBe(0);
  });
});

describe('plain OpenAI messages', () => {
  it('reads a {sessionId: messages} map with tool calls kept as they are', async () => {
    await importText(db, fixture('own-exports/openai-map.json'));
    const all = await storedSessions(db);
    const support = all.find((s) => s.session.id === 'support-42');
    expect(support?.path.map((m) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
      'tool',
      'assistant',
    ]);
    expect(support?.path[2]?.tool_calls?.[0]?.function.name).toBe('lookup_order');
    expect(support?.path[3]?.tool_call_id).toBe('call_1');
    expect(all.find((s) => s.session.id !== 'support-42')?.session.title).toBe('héllo 🌳 世界');
  });

  it('reads a bare array as one session and maps developer to system', async () => {
    await importText(db, fixture('own-exports/openai-messages.json'));
    const [stored] = await storedSessions(db);
    expect(stored?.path.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
  });

  it('rejects a session with an unknown role, naming where', async () => {
    const { result } = await importText(
      db,
      JSON.stringify({
        a: [
          { role: 'user', content: 'hi' },
          { role: 'wizard', content: 'x' },
        ],
      }),
    );
    expect(result.rejected[0]?.reason).toBe(
      '["a"][1].role: expected one of user, assistant, system, tool, developer, function',
    );
    expect(await db.sessions.count()).toBe(0);
  });
});
