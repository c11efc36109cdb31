// The plan of a request counts the tools offered with it: their definitions take room in the
// model's window, so fewer older messages fit. The counts it makes are kept, and a kept count is
// used rather than counting the message again.
import { describe, expect, it } from 'vitest';
import { db } from '../db/schema';
import type { MessageRow, ProviderRow, SessionRow } from '../db/types';
import type { FunctionTool } from '../llm/stream-chat';
import { planContext } from './context-plan';

const session: SessionRow = {
  id: 'plan-session',
  title: 'Plan',
  titleIsCustom: false,
  createdAt: 1,
  updatedAt: 1,
  model: 'gpt-4o',
  systemPrompt: '',
  params: { contextLimit: 2_000, maxTokens: 200 },
  activeLeafId: 'm19',
};

const provider: ProviderRow = {
  id: 'p',
  name: 'OpenAI',
  presetId: 'openai',
  baseURL: 'https://api.openai.com/v1',
  apiKey: 'k',
  models: [],
  createdAt: 1,
};

const path: MessageRow[] = Array.from({ length: 20 }, (_, i) => ({
  id: `m${i}`,
  sessionId: session.id,
  parentId: i === 0 ? null : `m${i - 1}`,
  role: i % 2 ? 'assistant' : 'user',
  content: `Message ${i}: ${'a few ordinary words in a sentence '.repeat(12)}`,
  createdAt: i + 1,
  status: 'done',
}));

const tools: FunctionTool[] = Array.from({ length: 6 }, (_, i) => ({
  type: 'function',
  function: {
    name: `tool_${i}`,
    description: `Tool ${i} looks things up. ${'It describes itself at some length. '.repeat(8)}`,
    parameters: {
      type: 'object',
      properties: { query: { type: 'string', description: 'What to look up.' } },
      required: ['query'],
    },
  },
}));

describe('planning a request with tools', () => {
  it('counts the tool definitions, and leaves out older messages to make room for them', async () => {
    const without = await planContext({ session, provider, model: 'gpt-4o', path });
    const withTools = await planContext({ session, provider, model: 'gpt-4o', path, tools });
    expect(without.plan.toolTokens).toBe(0);
    expect(withTools.plan.toolTokens).toBeGreaterThan(300);
    const sent = (r: typeof without) => r.plan.messages.filter((m) => m.sent).length;
    expect(sent(withTools)).toBeLessThan(sent(without));
    expect(withTools.plan.fit.ok && withTools.plan.fit.used).toBeLessThanOrEqual(
      withTools.plan.fit.ok ? withTools.plan.fit.budget : 0,
    );
    expect(withTools.plan.fit.ok && withTools.plan.fit.used).toBeGreaterThanOrEqual(
      withTools.plan.toolTokens,
    );
  });
});

describe('keeping the counts a plan made', () => {
  const chat = (length: number): MessageRow[] =>
    Array.from({ length }, (_, i) => ({
      id: `kept-${i}`,
      sessionId: 'kept-counts',
      parentId: i === 0 ? null : `kept-${i - 1}`,
      role: i % 2 ? 'assistant' : 'user',
      content: `Message ${i}: ${'words that take some tokens '.repeat(4)}`,
      createdAt: i + 1,
      status: 'done',
    }));
  const keptCounts = () => db.tokenCounts.where('sessionId').equals('kept-counts').toArray();
  const chatSession = { ...session, id: 'kept-counts' };
  const plan = (rows: MessageRow[], model = 'gpt-4o') =>
    planContext({ session: chatSession, provider, model, path: rows }, { exact: true });

  it('keeps the count of every message counted, and uses a kept count instead of counting again', async () => {
    const rows = chat(12);
    await db.messages.bulkPut(rows);
    const first = await plan(rows.slice(0, 10));
    await first.saveCounts();
    const kept = await keptCounts();
    expect(kept.map((k) => k.id).sort()).toEqual(
      rows
        .slice(0, 10)
        .map((r) => r.id)
        .sort(),
    );
    expect(kept.find((k) => k.id === 'kept-3')?.counts.o200k_base).toBe(
      first.plan.messages[3]?.tokens,
    );

    // A count that no tokenizer would give shows that the kept one is what the plan uses.
    await db.tokenCounts.update('kept-3', { counts: { o200k_base: 777 } });
    const next = await plan(rows);
    expect(next.plan.messages[3]?.tokens).toBe(777);
    expect(next.plan.messages.at(-1)?.tokens).toBeGreaterThan(10);
    await next.saveCounts();
    expect(await keptCounts()).toHaveLength(12);
    expect((await db.tokenCounts.get('kept-3'))?.counts.o200k_base).toBe(777);
  });

  it('keeps the counts of another encoding next to those it has', async () => {
    const rows = chat(4);
    await db.messages.bulkPut(rows);
    await (await plan(rows)).saveCounts();
    await (await plan(rows, 'gpt-4')).saveCounts();
    const counts = (await db.tokenCounts.get('kept-0'))?.counts;
    expect(counts?.o200k_base).toBeGreaterThan(10);
    expect(counts?.cl100k_base).toBeGreaterThan(10);
  });
});
