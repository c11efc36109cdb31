// Connects to one MCP server from the page with the SDK's browser client: Streamable HTTP first,
// the older HTTP+SSE transport when the server only speaks that. Loaded on demand, only once a
// chat or Settings needs tools, because the SDK is large.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import {
  StreamableHTTPClientTransport,
  StreamableHTTPError,
} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import type { McpHeader } from '../db/mcp-servers-repo';
import { describeMcpFailure } from './mcp-failure';
import { toolResultContent, type ToolOutcome } from './tool-result';
import type { McpTool } from './tool-types';

export interface McpConnection {
  name: string;
  version: string;
  tools: McpTool[];
  callTool: (
    name: string,
    args: Record<string, unknown>,
    signal: AbortSignal,
  ) => Promise<ToolOutcome>;
  close: () => Promise<void>;
  /** Called once when the server ends the connection. */
  onClosed: (listener: () => void) => void;
}

/** How long a tool may run with no progress before its call counts as timed out. */
export const TOOL_TIMEOUT_MS = 120_000;

/** How long the handshake and the tool list may take: a chat's reply waits for them. */
const CONNECT_TIMEOUT_MS = 15_000;

function newClient(): Client {
  // The SDK's default validator compiles schemas with `new Function`, which a strict
  // Content-Security-Policy forbids; this one interprets them.
  return new Client(
    { name: 'Arbor', version: '1.0.0' },
    { capabilities: {}, jsonSchemaValidator: new CfWorkerJsonSchemaValidator() },
  );
}

function headersOf(headers: readonly McpHeader[]): Record<string, string> {
  return Object.fromEntries(
    headers.filter((h) => h.name.trim()).map((h) => [h.name.trim(), h.value]),
  );
}

/** A 404 or 405 to the first request: the server may speak only the older HTTP+SSE transport. */
function mayBeOlderTransport(error: unknown): boolean {
  return error instanceof StreamableHTTPError && (error.code === 404 || error.code === 405);
}

async function connectClient(url: URL, headers: Record<string, string>): Promise<Client> {
  const requestInit = { headers };
  const client = newClient();
  try {
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit }), {
      timeout: CONNECT_TIMEOUT_MS,
    });
    return client;
  } catch (error) {
    if (!mayBeOlderTransport(error)) throw error;
  }
  const older = newClient();
  // Deprecated for new servers, and still what older ones speak.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  await older.connect(new SSEClientTransport(url, { requestInit, eventSourceInit: {} }), {
    timeout: CONNECT_TIMEOUT_MS,
  });
  return older;
}

/** Connects and lists the server's tools; rejects with an Error whose message says why in plain words. */
export async function connectMcp(
  rawUrl: string,
  headers: readonly McpHeader[],
): Promise<McpConnection> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new Error(
      `“${rawUrl}” is not a web address. Enter the server's full URL, e.g. http://localhost:4020/mcp.`,
    );
  }
  let client: Client;
  let tools: McpTool[];
  try {
    client = await connectClient(url, headersOf(headers));
    tools = (await client.listTools(undefined, { timeout: CONNECT_TIMEOUT_MS })).tools.map(
      (tool) => ({
        name: tool.name,
        description: tool.description ?? '',
        inputSchema: tool.inputSchema,
      }),
    );
  } catch (error) {
    throw new Error(await describeMcpFailure(error, url), { cause: error });
  }
  const info = client.getServerVersion();
  const closeListeners: (() => void)[] = [];
  client.onclose = () => closeListeners.forEach((listener) => listener());
  return {
    name: info?.name ?? url.host,
    version: info?.version ?? '',
    tools,
    onClosed: (listener) => closeListeners.push(listener),
    close: () => client.close(),
    callTool: async (name, args, signal) => {
      const result = await client.callTool({ name, arguments: args }, undefined, {
        signal,
        timeout: TOOL_TIMEOUT_MS,
        resetTimeoutOnProgress: true,
      });
      return toolResultContent(result);
    },
  };
}
