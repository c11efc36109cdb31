// The plan of a request counts the tools offered with it: their definitions take room in the
// model's window, so fewer older messages fit.
import { describe, expect, it } from 'vitest';
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
