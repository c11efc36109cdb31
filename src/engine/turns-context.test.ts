// A turn in a chat longer than the model's window: what is sent fits, the request is cut again
// to the server's numbers when it still says too long, and a message that alone can't fit is
// refused before anything is sent.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/schema';
import { createSession } from '../db/sessions-repo';
import { loadNewChatDefaults } from '../db/settings-repo';
import { activePath } from '../db/testing/active-path';
import type { MessageRow, SessionParams } from '../db/types';
import { turnEnded, withMockProvider } from './testing/mock-provider-turns';
import { sendMessage } from './turns';

const server = withMockProvider();

describe('a turn in a chat longer than the model’s window', () => {
  // The mock lists mock-tiny with its 2,048-token window, as the provider's fetched list holds.
  beforeAll(async () => {
    await db.providers
      .filter((p) => p.name === 'Mock')
      .modify({ models: [{ id: 'mock-tiny', contextLength: 2_048 }] });
  });
  /** A chat on mock-tiny (2,048 tokens) with `turns` old question-and-answer pairs. */
  async function longTinyChat(turns: number, params: SessionParams = {}) {
    const { providerId } = await loadNewChatDefaults();
    const sessionId = await createSession({
      ...(providerId ? { providerId } : {}),
      model: 'mock-tiny',
      systemPrompt: 'Be brief.',
    });
    await db.sessions.update(sessionId, { params });
    const rows: MessageRow[] = [];
    let parentId: string | null = null;
    for (let i = 0; i < turns * 2; i++) {
      const id = `old-${sessionId}-${i}`;
      const role = i % 2 === 0 ? 'user' : 'assistant';
      rows.push({
        id,
        sessionId,
        parentId,
        role,
        content: `${role} message ${i}: ${'lorem ipsum dolor sit amet '.repeat(12)}`,
        createdAt: i + 1,
        status: 'done',
      });
      parentId = id;
    }
    await db.messages.bulkAdd(rows);
    await db.sessions.update(sessionId, { activeLeafId: parentId });
    return sessionId;
  }

  const requestsTo = async () => {
    const { requests } = (await (await fetch(`${server().url}/__requests`)).json()) as {
      requests: { body: { model: string; messages: { role: string; content: string }[] } }[];
    };
    return requests.filter((r) => r.body.model === 'mock-tiny').map((r) => r.body.messages);
  };

  it('sends the system prompt and the newest messages that fit, ending with the question', async () => {
    await fetch(`${server().url}/__requests`, { method: 'DELETE' });
    const sessionId = await longTinyChat(40);
    await sendMessage(sessionId, 'And the newest question?');
    await turnEnded(sessionId);

    expect((await activePath(sessionId)).at(-1)?.status).toBe('done');
    const [sent] = await requestsTo();
    expect(sent?.[0]).toEqual({ role: 'system', content: 'Be brief.' });
    expect(sent?.at(-1)).toEqual({ role: 'user', content: 'And the newest question?' });
    expect(sent?.length).toBeLessThan(81);
    expect(sent?.length).toBeGreaterThan(4);
    // Counted once and kept: every message sent has its count stored.
    const kept = await db.tokenCounts.where('sessionId').equals(sessionId).toArray();
    expect(kept.filter((k) => k.counts.o200k_base !== undefined).length).toBeGreaterThan(40);
  });

  it('cuts again to the server’s numbers and says so when the server still says too long', async () => {
    await fetch(`${server().url}/__requests`, { method: 'DELETE' });
    // The chat claims a window four times the model's: the first request is too long.
    const sessionId = await longTinyChat(40, { contextLimit: 8_192 });
    await sendMessage(sessionId, 'Does this still work?');
    await turnEnded(sessionId);

    const reply = (await activePath(sessionId)).at(-1);
    expect(reply?.status).toBe('done');
    expect(reply?.notice).toMatch(
      /^The server said this chat was too long for mock-tiny \(its window is 2,048 tokens\)/,
    );
    const [first, second] = await requestsTo();
    expect(second?.length).toBeLessThan(first?.length ?? 0);
    expect(second?.at(-1)).toEqual({ role: 'user', content: 'Does this still work?' });
  });

  it('refuses before sending a message that alone cannot fit, and keeps it', async () => {
    await fetch(`${server().url}/__requests`, { method: 'DELETE' });
    const sessionId = await longTinyChat(1);
    const huge = 'far too long '.repeat(2_000);
    await sendMessage(sessionId, huge);
    await turnEnded(sessionId);

    const [question, reply] = (await activePath(sessionId)).slice(-2);
    expect(question?.content).toBe(huge);
    expect(reply?.status).toBe('error');
    expect(reply?.error).toMatch(
      /^Your message and the system prompt take [\d,]+ tokens, more than fit in mock-tiny's 2,048-token window/,
    );
    expect(await requestsTo()).toEqual([]);
  });
});
