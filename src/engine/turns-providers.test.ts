// A turn in a chat on one of several providers: each chat goes to its own provider with that
// provider's key only, and a chat whose provider was removed asks for another.
import { describe, expect, it } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../e2e/mock-server/server';
import { addProvider, removeProvider } from '../db/providers-repo';
import { db } from '../db/schema';
import { createSession } from '../db/sessions-repo';
import { activePath } from '../db/testing/active-path';
import { turnEnded, withMockProvider } from './testing/mock-provider-turns';
import { sendMessage } from './turns';

withMockProvider();

// Two real servers and the reply worker with the openai SDK: slower than 5 s on a busy machine.
describe('a turn with several providers', { timeout: 20_000 }, () => {
  const seenKeys = async (mock: RunningMockServer) => {
    const { seen } = (await (await fetch(`${mock.url}/__requests`)).json()) as {
      seen: { route: string; authorization: string | null }[];
    };
    return seen.map((s) => s.authorization);
  };

  it("sends each chat to its own provider with that provider's key only", async () => {
    const first = await startMockServer(0, { apiKey: 'sk-first' });
    const second = await startMockServer(0, { apiKey: 'sk-second' });
    try {
      const input = { presetId: 'custom', models: [] };
      const firstId = await addProvider({
        ...input,
        name: 'First',
        baseURL: first.baseURL,
        apiKey: 'sk-first',
      });
      const secondId = await addProvider({
        ...input,
        name: 'Second',
        baseURL: second.baseURL,
        apiKey: 'sk-second',
      });
      const onFirst = await createSession({
        providerId: firstId,
        model: 'mock-small',
        systemPrompt: '',
      });
      const onSecond = await createSession({
        providerId: secondId,
        model: 'mock-large',
        systemPrompt: '',
      });
      await sendMessage(onFirst, 'To the first');
      await sendMessage(onSecond, 'To the second');
      await Promise.all([turnEnded(onFirst), turnEnded(onSecond)]);

      expect((await activePath(onFirst)).at(-1)).toMatchObject({
        status: 'done',
        provider: 'First',
        model: 'mock-small',
      });
      expect((await activePath(onSecond)).at(-1)).toMatchObject({
        status: 'done',
        provider: 'Second',
        model: 'mock-large',
      });
      expect(await seenKeys(first)).toEqual(['Bearer sk-first']);
      expect(await seenKeys(second)).toEqual(['Bearer sk-second']);
    } finally {
      await Promise.all([first.close(), second.close()]);
      await db.providers.bulkDelete(
        await db.providers.filter((p) => p.name !== 'Mock').primaryKeys(),
      );
    }
  });

  it('asks for another provider, sending nothing, when the chat’s provider was removed', async () => {
    const gone = await startMockServer(0);
    try {
      const goneId = await addProvider({
        name: 'Gone',
        presetId: 'custom',
        baseURL: gone.baseURL,
        apiKey: 'sk-gone',
        models: [],
      });
      const sessionId = await createSession({
        providerId: goneId,
        model: 'mock-small',
        systemPrompt: '',
      });
      await removeProvider(goneId);
      await sendMessage(sessionId, 'Anyone there?');
      await turnEnded(sessionId);

      const [question, reply] = await activePath(sessionId);
      expect(question?.content).toBe('Anyone there?');
      expect(reply?.status).toBe('error');
      expect(reply?.error).toContain("This chat's provider was removed");
      expect((await db.sessions.get(sessionId))?.providerId).toBe(goneId);
      expect(await seenKeys(gone)).toEqual([]);
    } finally {
      await gone.close();
    }
  });
});
