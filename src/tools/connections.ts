// The page's connections to MCP servers, one per server, and what the screen shows of each:
// connecting, connected (with the handshake's name and version and the tools it listed), or
// failed with the reason. The SDK is loaded with the first connection.
import { create } from 'zustand';
import type { McpServerConfig } from '../db/mcp-servers-repo';
import { cleanName } from './function-tools';
import type { McpConnection } from './mcp-client';
import type { ToolOutcome } from './tool-result';
import type { McpTool } from './tool-types';

export type ServerStatus =
  | { state: 'connecting' }
  | { state: 'connected'; name: string; version: string; tools: McpTool[] }
  | { state: 'failed'; reason: string };

interface ServerStatusState {
  byId: Record<string, ServerStatus>;
}

export const useServerStatus = create<ServerStatusState>()(() => ({ byId: {} }));

/** The name of a connected server that offers a tool under this function name. */
export function serverOffering(
  byId: Record<string, ServerStatus>,
  functionName: string,
): string | undefined {
  for (const status of Object.values(byId)) {
    if (status.state !== 'connected') continue;
    const offers = status.tools.some((tool) =>
      [cleanName(tool.name), cleanName(`${status.name}__${tool.name}`)].includes(functionName),
    );
    if (offers) return status.name;
  }
  return undefined;
}

function setStatus(id: string, status: ServerStatus | undefined): void {
  useServerStatus.setState((s) => {
    const { [id]: _old, ...rest } = s.byId;
    return { byId: status ? { ...rest, [id]: status } : rest };
  });
}

interface Entry {
  /** What the connection was made with: a change of address or headers reconnects. */
  key: string;
  connection: Promise<McpConnection>;
}

const connections = new Map<string, Entry>();

function keyOf(config: McpServerConfig): string {
  return JSON.stringify([config.url, config.headers]);
}

function open(config: McpServerConfig): Entry {
  setStatus(config.id, { state: 'connecting' });
  const connection = import('./mcp-client').then(({ connectMcp }) =>
    connectMcp(config.url, config.headers),
  );
  const entry = { key: keyOf(config), connection };
  connection.then(
    (connected) => {
      if (connections.get(config.id) !== entry) return;
      setStatus(config.id, {
        state: 'connected',
        name: connected.name,
        version: connected.version,
        tools: connected.tools,
      });
      connected.onClosed(() => {
        if (connections.get(config.id) !== entry) return;
        connections.delete(config.id);
        setStatus(config.id, { state: 'failed', reason: 'The server ended the connection.' });
      });
    },
    (error: unknown) => {
      if (connections.get(config.id) !== entry) return;
      connections.delete(config.id);
      setStatus(config.id, {
        state: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      });
    },
  );
  connections.set(config.id, entry);
  return entry;
}

/** The server's connection: the open one, or a new one when there is none or its settings changed. */
export function connectServer(config: McpServerConfig): Promise<McpConnection> {
  const entry = connections.get(config.id);
  if (entry && entry.key === keyOf(config)) return entry.connection;
  if (entry) void closeEntry(entry);
  return open(config).connection;
}

/** Drops the connection and opens a new one. */
export function reconnectServer(config: McpServerConfig): Promise<McpConnection> {
  disconnectServer(config.id);
  return open(config).connection;
}

async function closeEntry(entry: Entry): Promise<void> {
  const connection = await entry.connection.catch(() => undefined);
  await connection?.close().catch(() => undefined);
}

/** Closes the connection and forgets the server's status, e.g. once it is removed or turned off. */
export function disconnectServer(id: string): void {
  const entry = connections.get(id);
  connections.delete(id);
  setStatus(id, undefined);
  if (entry) void closeEntry(entry);
}

export async function callTool(
  config: McpServerConfig,
  name: string,
  args: Record<string, unknown>,
  signal: AbortSignal,
): Promise<ToolOutcome> {
  const connection = await connectServer(config);
  return connection.callTool(name, args, signal);
}
