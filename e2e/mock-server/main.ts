// Owns the command line: `tsx e2e/mock-server/main.ts [--port N]` (or MOCK_PORT), default 4010.
import { startMockServer } from './server';

const DEFAULT_PORT = 4010;

function parsePort(args: string[], env: string | undefined): number {
  const index = args.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const arg = args[index];
  const raw = arg?.startsWith('--port=') ? arg.slice('--port='.length) : args[index + 1];
  const value = index >= 0 ? raw : env;
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port: ${value}`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = parsePort(process.argv.slice(2), process.env.MOCK_PORT);
  const server = await startMockServer(port);
  console.log(`Mock OpenAI server on ${server.baseURL}`);
  const stop = (): void => {
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port already in use: ${String(error)}` : error);
  process.exit(1);
});
