// What the turn tests share: the mock OpenAI server as the provider "Mock" (key sk-test, model
// mock-small), a clean store and turn store after each test, and waiting for a turn to end.
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../../e2e/mock-server/server';
import { addProvider } from '../../db/providers-repo';
import { db } from '../../db/schema';
import { createSession } from '../../db/sessions-repo';
import { turnSelectors, useTurns } from '../turn-store';

/** Starts the mock as the provider "Mock" for the file's tests; the running server. */
export function withMockProvider(): () => RunningMockServer {
  let server: RunningMockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer(0);
    await addProvider(
      { name: 'Mock', presetId: 'custom', baseURL: server.baseURL, apiKey: 'sk-test', models: [] },
      'mock-small',
    );
  });
  afterAll(() => server?.close());
  afterEach(async () => {
    vi.unstubAllGlobals();
    // A test that failed midway must not leave a full disk to the next one.
    vi.restoreAllMocks();
    useTurns.setState({ turns: {} });
    await Promise.all([db.sessions.clear(), db.messages.clear(), db.streams.clear()]);
  });
  return () => {
    if (!server) throw new Error('The mock server starts before the tests');
    return server;
  };
}

export async function turnEnded(sessionId: string): Promise<void> {
  await vi.waitFor(
    () => expect(turnSelectors.replyingIn(sessionId)(useTurns.getState())).toBe(false),
    { timeout: 20_000 },
  );
}

/** A chat on the Mock provider's mock-small, with no system prompt. */
export function newChat(): Promise<string> {
  return createSession({ model: 'mock-small', systemPrompt: '' });
}
