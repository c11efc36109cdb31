// The MCP servers Arbor may call tools on, with what the user decided about each: its headers,
// tools turned off, tools that run without asking. Kept only in this browser's settings and read
// through a schema: a stored row may come from an older Arbor. Never exported.
import { z } from 'zod/mini';
import { newId } from '../lib/ids';
import { db } from './schema';

const MCP_SERVERS_KEY = 'mcp-servers';

const headerSchema = z.object({ name: z.string(), value: z.string() });

export const mcpServerSchema = z.object({
  id: z.string(),
  url: z.string(),
  /** Sent with every request to this server only, e.g. `Authorization: Bearer …`. */
  headers: z._default(z.array(headerSchema), []),
  /** Off: no chat offers its tools, and Arbor doesn't connect to it. */
  enabled: z._default(z.boolean(), true),
  /** Tools the model is never offered. */
  disabledTools: z._default(z.array(z.string()), []),
  /** Tools that run without asking. */
  alwaysAllowed: z._default(z.array(z.string()), []),
  /** Every tool of this server runs without asking. */
  dontAsk: z._default(z.boolean(), false),
  createdAt: z._default(z.number(), 0),
});

export type McpServerConfig = z.infer<typeof mcpServerSchema>;
export type McpHeader = z.infer<typeof headerSchema>;

const storedSchema = z.array(z.unknown());

function parseServers(value: unknown): McpServerConfig[] {
  const list = storedSchema.safeParse(value ?? []);
  if (!list.success) return [];
  return list.data.flatMap((item) => {
    const parsed = mcpServerSchema.safeParse(item);
    if (!parsed.success) console.warn('A stored MCP server was unreadable', parsed.error);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function listMcpServers(): Promise<McpServerConfig[]> {
  return parseServers((await db.settings.get(MCP_SERVERS_KEY))?.value);
}

async function changeServers(
  change: (servers: McpServerConfig[]) => McpServerConfig[],
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const next = change(await listMcpServers());
    await db.settings.put({ key: MCP_SERVERS_KEY, value: next });
  });
}

export async function addMcpServer(url: string, headers: McpHeader[]): Promise<string> {
  const server = mcpServerSchema.parse({ id: newId(), url, headers, createdAt: Date.now() });
  await changeServers((servers) => [...servers, server]);
  return server.id;
}

export async function updateMcpServer(
  id: string,
  changes: Partial<Omit<McpServerConfig, 'id'>>,
): Promise<void> {
  await changeServers((servers) => servers.map((s) => (s.id === id ? { ...s, ...changes } : s)));
}

export async function removeMcpServer(id: string): Promise<void> {
  await changeServers((servers) => servers.filter((s) => s.id !== id));
}

/** Turns one tool of a server on or off for every chat. */
export async function setToolEnabled(id: string, tool: string, enabled: boolean): Promise<void> {
  await changeServers((servers) =>
    servers.map((s) =>
      s.id !== id
        ? s
        : {
            ...s,
            disabledTools: enabled
              ? s.disabledTools.filter((t) => t !== tool)
              : [...new Set([...s.disabledTools, tool])],
          },
    ),
  );
}

/** Lets one tool of a server run without asking from now on. */
export async function allowToolAlways(id: string, tool: string): Promise<void> {
  await changeServers((servers) =>
    servers.map((s) =>
      s.id === id ? { ...s, alwaysAllowed: [...new Set([...s.alwaysAllowed, tool])] } : s,
    ),
  );
}
