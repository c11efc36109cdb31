// What can be done to the MCP servers, from Settings or a slash command: add one and connect to
// it, reconnect, remove, and the choices kept per server (tools on or off, asking before a tool
// runs). The address and headers are checked here, where they come in.
import {
  addMcpServer,
  listMcpServers,
  removeMcpServer,
  setToolEnabled,
  updateMcpServer,
  type McpHeader,
  type McpServerConfig,
} from '../db/mcp-servers-repo';
import { connectServer, disconnectServer, reconnectServer } from './connections';

/** Headers typed one per line as `Name: value`; a line without a colon is a mistake, said plainly. */
export function parseHeaders(text: string): { headers: McpHeader[] } | { error: string } {
  const headers: McpHeader[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim();
    if (colon <= 0 || !/^[A-Za-z0-9-]+$/.test(name)) {
      return { error: `“${line}” is not a header. Write one per line as Name: value.` };
    }
    headers.push({ name, value: line.slice(colon + 1).trim() });
  }
  return { headers };
}

/** Why `text` can't be an MCP server's address, or undefined when it can. */
export function serverUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'Enter the server’s full address, e.g. http://localhost:4020/mcp.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'An MCP server’s address starts with http:// or https://.';
  }
  return undefined;
}

/** Adds the server and starts connecting; its state shows where servers are listed. */
export async function addServer(url: string, headers: McpHeader[]): Promise<McpServerConfig> {
  const id = await addMcpServer(url.trim(), headers);
  const added = (await listMcpServers()).find((s) => s.id === id);
  if (!added) throw new Error('The server was not stored.');
  void connectServer(added).catch(() => undefined);
  return added;
}

export function connectAll(servers: readonly McpServerConfig[]): void {
  for (const server of servers) {
    if (server.enabled) void connectServer(server).catch(() => undefined);
  }
}

export function reconnect(server: McpServerConfig): void {
  void reconnectServer(server).catch(() => undefined);
}

export async function removeServer(id: string): Promise<void> {
  await removeMcpServer(id);
  disconnectServer(id);
}

export async function setServerEnabled(server: McpServerConfig, enabled: boolean): Promise<void> {
  await updateMcpServer(server.id, { enabled });
  if (enabled) void connectServer({ ...server, enabled }).catch(() => undefined);
  else disconnectServer(server.id);
}

export async function setDontAsk(id: string, dontAsk: boolean): Promise<void> {
  await updateMcpServer(id, { dontAsk });
}

export async function setToolOn(id: string, tool: string, on: boolean): Promise<void> {
  await setToolEnabled(id, tool, on);
}
