// The tool loop end to end: a turn run by the page and the real reply worker against the mock
// model over HTTP, with tools on Arbor's MCP test server (the SDK's own server classes). Each
// test ends with the check strict servers make: every call has its answer.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMcpTestServer, type RunningMcpServer } from '../../e2e/mcp-server/server';
import { SECRET_WORD } from '../../e2e/mcp-server/tools';
import { startMockServer, type RunningMockServer } from '../../e2e/mock-server/server';
import { addMcpServer, listMcpServers, updateMcpServer } from '../db/mcp-servers-repo';
import { addProvider } from '../db/providers-repo';
import { contentText } from '../db/content-text';
import { db } from '../db/schema';
import { createSession, updateSessionSettings } from '../db/sessions-repo';
import type { MessageRow } from '../db/types';
import { disconnectServer } from '../tools/connections';
import { useToolApprovals, decideToolCall } from './tool-approvals';
import { turnSelectors, useTurns } from './turn-store';
import { sendMessage, stopTurn } from './turns';
import { activePath } from '../db/testing/active-path';

let model: RunningMockServer;
let tools: RunningMcpServer;
let serverId: string;

beforeAll(async () => {
  [model, tools] = await Promise.all([startMockServer(0), startMcpTestServer(0)]);
  await addProvider(
    { name: 'Mock', presetId: 'custom', baseURL: model.baseURL, apiKey: 'sk-test', models: [] },
    'mock-small',
  );
  serverId = await addMcpServer(tools.url, []);
});

afterAll(async () => {
  disconnectServer(serverId);
  await Promise.all([model.close(), tools.close()]);
});

afterEach(async () => {
  await updateMcpServer(serverId, { dontAsk: false, alwaysAllowed: [] });
  useTurns.setState({ turns: {} });
  await Promise.all([db.sessions.clear(), db.messages.clear(), db.streams.clear()]);
});

async function turnEnded(sessionId: string) {
  await vi.waitFor(
    () => expect(turnSelectors.replyingIn(sessionId)(useTurns.getState())).toBe(false),
    { timeout: 20_000 },
  );
}

/** Resolves with the first call waiting for the user, once there is one. */
async function waitingCall(): Promise<string> {
  return vi.waitFor(
    () => {
      const id = Object.entries(useToolApprovals.getState().byCallId).find(
        ([, c]) => c.state === 'waiting',
      )?.[0];
      if (!id) throw new Error('No call waits yet');
      return id;
    },
    { timeout: 20_000 },
  );
}

/** What strict servers check: each call is answered by the tool messages right after it. */
function expectEveryCallAnswered(path: MessageRow[]) {
  path.forEach((row, i) => {
    if (!row.tool_calls?.length) return;
    const answers = [];
    for (const next of path.slice(i + 1)) {
      if (next.role !== 'tool') break;
      answers.push(next.tool_call_id);
    }
    expect(answers.sort()).toEqual(row.tool_calls.map((c) => c.id).sort());
  });
}

function toolAnswers(path: MessageRow[]): string[] {
  return path.filter((m) => m.role === 'tool').map((m) => contentText(m.content));
}

async function newChat() {
  return createSession({ model: 'mock-small', systemPrompt: '' });
}

describe('the tool loop', { timeout: 30_000 }, () => {
  it('runs an approved call, stores its answer, and asks the model again with it', async () => {
    const sessionId = await newChat();
    await sendMessage(sessionId, 'Secret? [mock:call=secret_word]');
    decideToolCall(await waitingCall(), { run: true, always: false });
    await turnEnded(sessionId);
    const path = await activePath(sessionId);
    expect(path.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
    expect(toolAnswers(path)).toEqual([SECRET_WORD]);
    expect(path.at(-1)?.content).toBe(`Tool results: secret_word → ${SECRET_WORD}.`);
    expectEveryCallAnswered(path);
    expect(await db.settings.get('open-tool-steps')).toMatchObject({ value: [] });
  });

  it('answers a denied call as denied, without running it', async () => {
    const sessionId = await newChat();
    await sendMessage(sessionId, '[mock:call=add]');
    decideToolCall(await waitingCall(), { run: false, always: false });
    await turnEnded(sessionId);
    const path = await activePath(sessionId);
    expect(toolAnswers(path)).toEqual(['The user denied this call, so the tool was not run.']);
    expectEveryCallAnswered(path);
  });

  it('never sends arguments that are not JSON to the server, and says so to the model', async () => {
    await updateMcpServer(serverId, { dontAsk: true });
    const sessionId = await newChat();
    await sendMessage(sessionId, '[mock:call=add] [mock:badargs]');
    await turnEnded(sessionId);
    const path = await activePath(sessionId);
    expect(toolAnswers(path)[0]).toMatch(
      /^The arguments were not valid JSON.*so add was not called\.$/,
    );
    expectEveryCallAnswered(path);
  });

  it('keeps a tool’s failure as its answer', async () => {
    await updateMcpServer(serverId, { dontAsk: true });
    const sessionId = await newChat();
    await sendMessage(sessionId, '[mock:call=fail]');
    await turnEnded(sessionId);
    const path = await activePath(sessionId);
    expect(toolAnswers(path)[0]).toContain('The tool reported an error:');
    expect(toolAnswers(path)[0]).toContain('The fail tool failed, as it always does.');
    expect(path.at(-1)?.status).toBe('done');
    expectEveryCallAnswered(path);
  });

  it('answers calls as stopped when Stop comes while they wait, and asks the model nothing more', async () => {
    const sessionId = await newChat();
    await sendMessage(sessionId, '[mock:call=add,secret_word]');
    await waitingCall();
    const turnId = turnSelectors.activeTurnIn(sessionId)(useTurns.getState());
    stopTurn(turnId ?? '');
    await turnEnded(sessionId);
    const path = await activePath(sessionId);
    expect(path.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'tool']);
    expect(toolAnswers(path)).toEqual([
      'Stopped by the user before the tool ran.',
      'Stopped by the user before the tool ran.',
    ]);
    expectEveryCallAnswered(path);
  });

  it('cancels a running tool on Stop and answers it as stopped', async () => {
    await updateMcpServer(serverId, { dontAsk: true });
    const sessionId = await newChat();
    await sendMessage(sessionId, '[mock:call=slow]');
    await vi.waitFor(
      () => expect(Object.values(useToolApprovals.getState().byCallId)[0]?.state).toBe('running'),
      { timeout: 20_000 },
    );
    stopTurn(turnSelectors.activeTurnIn(sessionId)(useTurns.getState()) ?? '');
    await turnEnded(sessionId);
    const path = await activePath(sessionId);
    expect(toolAnswers(path)).toEqual([
      'Stopped by the user while the tool ran; there is no result.',
    ]);
    expectEveryCallAnswered(path);
  });

  it('stops at the chat’s tool step limit, answering the calls it does not run, and says so', async () => {
    await updateMcpServer(serverId, { dontAsk: true });
    const sessionId = await newChat();
    await updateSessionSettings(sessionId, { params: { maxToolSteps: 2 } });
    await sendMessage(sessionId, '[mock:call=add] [mock:callagain]');
    await turnEnded(sessionId);
    const path = await activePath(sessionId);
    expect(path.map((m) => m.role)).toEqual([
      'user',
      'assistant',
      'tool',
      'assistant',
      'tool',
      'assistant',
      'tool',
    ]);
    expect(toolAnswers(path)).toEqual([
      '5',
      '5',
      "Not run: this turn reached the chat's tool step limit (2).",
    ]);
    expect(path[5]?.notice).toContain('Arbor stopped after 2 tool steps');
    expectEveryCallAnswered(path);
  });

  it('offers no tools from a server the chat turned off', async () => {
    const sessionId = await newChat();
    await updateSessionSettings(sessionId, { toolServerIds: [] });
    await sendMessage(sessionId, 'Secret? [mock:call=secret_word]');
    await turnEnded(sessionId);
    const path = await activePath(sessionId);
    expect(path.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(path.at(-1)?.tool_calls).toBeUndefined();
    expect((await listMcpServers())[0]?.enabled).toBe(true);
  });
});
