// The client the MCP conformance suite runs: `conformance client --command "tsx
// e2e/mcp-conformance/client.ts" --scenario <name>` calls it with the scenario server's URL. It
// runs Arbor's own MCP client code in Chromium, as Arbor does. The scenario servers send no CORS
// headers, which a page needs, so this wrapper puts a proxy in front of the server that adds
// them and passes everything else through unchanged (streams included).
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, testChromium } from '../chromium';

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
  'access-control-allow-headers':
    'content-type, accept, authorization, mcp-session-id, mcp-protocol-version, last-event-id',
  'access-control-expose-headers': 'mcp-session-id, mcp-protocol-version',
};

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  return new Promise<{ port: number; close: () => void }>((resolve) =>
    server.listen(0, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        close: () => {
          server.closeAllConnections();
          server.close();
        },
      });
    }),
  );
}

/** Passes requests to `target` unchanged and adds CORS headers to every answer. */
function corsProxy(target: URL) {
  return listen((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...CORS });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
}

async function pageScript(): Promise<string> {
  const entry = fileURLToPath(new URL('./page-client.ts', import.meta.url));
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  return bundle.outputFiles[0]?.text ?? '';
}

async function main(): Promise<void> {
  const serverUrl = new URL(process.argv.at(-1) ?? '');
  const scenario = process.env.MCP_CONFORMANCE_SCENARIO ?? 'initialize';
  const script = await pageScript();
  const proxy = await corsProxy(serverUrl);
  const page = await listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      `<!doctype html><meta charset="utf-8"><title>MCP conformance</title><script>${script}</script>`,
    );
  });
  const browser = await chromium.launch({ executablePath: testChromium(), args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    tab.on('console', (message) => console.error(`[page] ${message.text()}`));
    await tab.goto(`http://localhost:${page.port}/`);
    const proxied = `http://localhost:${proxy.port}${serverUrl.pathname}${serverUrl.search}`;
    const said = await tab.evaluate(([url, name]) => window.runScenario(url, name), [
      proxied,
      scenario,
    ] as const);
    console.log(`${scenario}: ${said}`);
  } finally {
    await browser.close();
    proxy.close();
    page.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
