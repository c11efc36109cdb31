// Arbor's MCP test server: the SDK's own server classes over Streamable HTTP, one session per
// client, with CORS a page accepts. `/mcp` is the server; `/no-cors/mcp` is the same server
// without CORS headers, so a test can see what Arbor says when a server refuses the page.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { registerTestTools } from './tools';

export const TEST_SERVER_NAME = 'arbor-test-tools';

const ALLOWED_HEADERS =
  'content-type, accept, authorization, mcp-session-id, mcp-protocol-version, last-event-id';

export interface RunningMcpServer {
  url: string;
  close: () => Promise<void>;
}

function withCors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
  // Without it the page can't read the session id, and every request after the first fails.
  res.setHeader('Access-Control-Expose-Headers', 'mcp-session-id');
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

export async function startMcpTestServer(port: number): Promise<RunningMcpServer> {
  const sessions = new Map<string, StreamableHTTPServerTransport>();

  async function serveMcp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const sessionId = req.headers['mcp-session-id'];
    const known = typeof sessionId === 'string' ? sessions.get(sessionId) : undefined;
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    if (known) {
      await known.handleRequest(req, res, body);
      return;
    }
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => void sessions.set(id, transport),
      onsessionclosed: (id) => void sessions.delete(id),
    });
    const server = new McpServer({ name: TEST_SERVER_NAME, version: '1.0.0' });
    registerTestTools(server);
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  }

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const cors = path !== '/no-cors/mcp';
    if (cors) withCors(res);
    if (req.method === 'OPTIONS') {
      res.writeHead(cors ? 204 : 404).end();
      return;
    }
    if (path === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (path !== '/mcp' && path !== '/no-cors/mcp') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    serveMcp(req, res).catch((error: unknown) => {
      console.error('MCP request failed', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal error');
    });
  });
  await new Promise<void>((resolve) => http.listen(port, resolve));
  const { port: bound } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${bound}/mcp`,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
