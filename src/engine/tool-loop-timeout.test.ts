// A tool that takes too long is given up on, and its call is answered as such: the SDK rejects
// the request with JSON-RPC code -32001 (RequestTimeout) once the time is up.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentText } from '../db/content-text';
import { addMcpServer, listMcpServers, updateMcpServer } from '../db/mcp-servers-repo';
import { finishReply } from '../db/messages-repo';
import { db } from '../db/schema';
import { createSession } from '../db/sessions-repo';
import { answerToolCalls } from './tool-loop';

vi.mock('../tools/connections', () => ({
  callTool: () => Promise.reject(Object.assign(new Error('Request timed out'), { code: -32001 })),
}));

afterEach(async () => {
  await Promise.all([db.sessions.clear(), db.messages.clear(), db.settings.clear()]);
});

describe('a tool call that times out', () => {
  it('is answered as given up on', async () => {
    const serverId = await addMcpServer('http://localhost:1/mcp', []);
    await updateMcpServer(serverId, { dontAsk: true });
    const sessionId = await createSession({ model: 'm', systemPrompt: '' });
    const call = { id: 'c1', type: 'function', function: { name: 'slow', arguments: '{}' } };
    await db.messages.add({
      id: 'a',
      sessionId,
      parentId: null,
      role: 'assistant',
      content: '',
      createdAt: 1,
      status: 'streaming',
    });
    await finishReply('a', { content: '', status: 'done', tool_calls: [call] });
    const step = await db.messages.get('a');
    if (!step) throw new Error('The step was not stored');
    const tool = { name: 'slow', description: '', inputSchema: { type: 'object' } };
    const servers = new Map((await listMcpServers()).map((s) => [s.id, s]));
    const last = await answerToolCalls(
      step,
      { offered: [{ functionName: 'slow', serverId, serverName: 'test', tool }], servers },
      new AbortController().signal,
    );
    const answer = await db.messages.get(last);
    expect(answer).toMatchObject({ role: 'tool', tool_call_id: 'c1' });
    expect(contentText(answer?.content ?? null)).toBe(
      'The tool took too long and was given up on; there is no result.',
    );
  });
});
