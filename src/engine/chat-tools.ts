// The tools a chat offers the model: those of the MCP servers it has on (every enabled server,
// unless the chat chose), minus the tools turned off in Settings. A server that can't be reached
// leaves its tools out, and the reply says so.
import { listMcpServers, type McpServerConfig } from '../db/mcp-servers-repo';
import type { SessionRow } from '../db/types';
import { connectServer } from '../tools/connections';
import { offerTools, type OfferedTool } from '../tools/function-tools';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'a server';
  }
}

export interface ChatTools {
  offered: OfferedTool[];
  servers: Map<string, McpServerConfig>;
  /** Why some servers' tools are missing, in words for the reply's notice. */
  missing?: string;
}

/** The servers a chat has on. */
export function serversOfChat(
  servers: readonly McpServerConfig[],
  session: Pick<SessionRow, 'toolServerIds'>,
): McpServerConfig[] {
  const chosen = session.toolServerIds;
  return servers.filter((s) => s.enabled && (chosen === undefined || chosen.includes(s.id)));
}

export async function toolsForChat(session: SessionRow): Promise<ChatTools> {
  const servers = serversOfChat(await listMcpServers(), session);
  if (servers.length === 0) return { offered: [], servers: new Map() };
  const connected = await Promise.allSettled(servers.map((server) => connectServer(server)));
  const problems: string[] = [];
  const available = servers.flatMap((server, i) => {
    const result = connected[i];
    if (result?.status !== 'fulfilled') {
      const reason = result?.reason instanceof Error ? result.reason.message : 'it failed';
      // The host only: a server's full address may carry a secret, and notices are exported.
      problems.push(`${hostOf(server.url)}: ${reason}`);
      return [];
    }
    const { name, tools } = result.value;
    return [
      {
        serverId: server.id,
        serverName: name,
        tools: tools.filter((tool) => !server.disabledTools.includes(tool.name)),
      },
    ];
  });
  return {
    offered: offerTools(available),
    servers: new Map(servers.map((server) => [server.id, server])),
    ...(problems.length > 0
      ? {
          missing: `These tools were not offered, because a server could not be reached: ${problems.join('; ')}`,
        }
      : {}),
  };
}
