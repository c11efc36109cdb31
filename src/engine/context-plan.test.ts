// The plan of a request counts the tools offered with it: their definitions take room in the
// model's window, so fewer older messages fit. The counts it makes are kept on the messages
// when there are enough of them to be worth a write.
import { describe, expect, it } from 'vitest';
import { db } from '../db/schema';
import type { MessageRow, ProviderRow, SessionRow } from '../db/types';
import type { FunctionTool } from '../llm/stream-chat';
import { COUNTS_WORTH_KEEPING, planContext } from './context-plan';

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
  const counted = async () =>
    (await db.messages.where('sessionId').equals('kept-counts').toArray()).filter(
      (m) => m.tokenCounts?.o200k_base !== undefined,
    ).length;
  const plan = async (rows: MessageRow[]) => {
    const stored = await db.messages.bulkGet(rows.map((r) => r.id));
    return planContext(
      { session, provider, model: 'gpt-4o', path: stored.filter((m) => m !== undefined) },
      { exact: true },
    );
  };

  it('writes the counts of a chat counted for the first time, then not those of a few new messages', async () => {
    const rows = chat(COUNTS_WORTH_KEEPING + 10);
    await db.messages.bulkAdd(rows.slice(0, -2));
    await (await plan(rows.slice(0, -2))).saveCounts();
    expect(await counted()).toBe(rows.length - 2);

    await db.messages.bulkAdd(rows.slice(-2));
    const next = await plan(rows);
    // Counted, and sent with their counts, but not written: counting two again is cheaper.
    expect(next.plan.messages.at(-1)?.tokens).toBeGreaterThan(10);
    await next.saveCounts();
    expect(await counted()).toBe(rows.length - 2);
  });
});
