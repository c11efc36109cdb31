// `/mcp`: the MCP servers this chat uses and their state; `/mcp <url>` adds a server (and turns
// it on here); `/mcp clear` turns every server off for this chat.
import { listMcpServers, type McpServerConfig } from '../../db/mcp-servers-repo';
import { readSession } from '../../db/queries';
import { updateSessionSettings } from '../../db/sessions-repo';
import type { SessionRow } from '../../db/types';
import { serversOfChat } from '../../engine/chat-tools';
import { useServerStatus } from '../../tools/connections';
import { addServer, connectAll, serverUrlProblem } from '../../tools/servers';
import type { CommandOutcome } from './run-slash-command';

function describe(server: McpServerConfig, on: boolean): [string, string] {
  const status = useServerStatus.getState().byId[server.id];
  const name = status?.state === 'connected' ? status.name : server.url;
  const state = !on
    ? 'off in this chat'
    : status?.state === 'connected'
      ? `connected, ${status.tools.length} tools`
      : status?.state === 'failed'
        ? `failed: ${status.reason}`
        : 'connecting';
  return [name, state];
}

/** One line for /status: the servers on in the chat, or why there are none. */
export async function toolsSummary(session: Pick<SessionRow, 'toolServerIds'>): Promise<string> {
  const on = serversOfChat(await listMcpServers(), session);
  if (on.length === 0) return 'none';
  return on.map((server) => describe(server, true).join(' (') + ')').join('; ');
}

export async function runMcpCommand(
  argument: string,
  sessionId: string | null,
): Promise<CommandOutcome> {
  const session = sessionId === null ? undefined : await readSession(sessionId);
  if (argument.toLowerCase() === 'clear') {
    if (!session) return note('error', 'This new chat has no tools to turn off yet.', false);
    await updateSessionSettings(session.id, { toolServerIds: [] });
    return note('info', 'Tools are off for this chat. Turn servers back on in Chat settings.');
  }
  if (argument) {
    const problem = serverUrlProblem(argument);
    if (problem) return note('error', problem, false);
    const added = await addServer(argument, []);
    // A chat that chose its servers gets the new one too; one that didn't has every server on.
    if (session?.toolServerIds) {
      await updateSessionSettings(session.id, {
        toolServerIds: [...session.toolServerIds, added.id],
      });
    }
    return note(
      'info',
      `Added ${added.url}. Its state and tools show in /mcp and in Settings → Tools.`,
    );
  }
  const servers = await listMcpServers();
  if (servers.length === 0) {
    return note('info', 'No MCP servers yet. Type /mcp <url> to add one, or use Settings → Tools.');
  }
  connectAll(servers);
  const on = new Set(serversOfChat(servers, session ?? {}).map((s) => s.id));
  return {
    done: true,
    reply: {
      kind: 'status',
      title: 'MCP servers',
      rows: servers.map((server) => describe(server, on.has(server.id))),
    },
  };
}

function note(tone: 'info' | 'error', text: string, done = true): CommandOutcome {
  return { done, reply: { kind: 'note', tone, text } };
}
