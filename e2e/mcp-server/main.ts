// Owns the command line: `tsx e2e/mcp-server/main.ts [port]` (or MCP_PORT), default 4020.
import { startMcpTestServer } from './server';

const DEFAULT_PORT = 4020;

async function main(): Promise<void> {
  const raw = process.argv[2] ?? process.env.MCP_PORT;
  const port = raw ? Number(raw) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${raw}`);
  const server = await startMcpTestServer(port);
  console.log(`MCP test server on ${server.url}`);
  const stop = (): void => {
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
