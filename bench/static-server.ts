// A tiny static file server for the built site, so the app and the bench page share one
// origin (and so one IndexedDB). Hashed assets are cacheable like on a real host; pages are not.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export interface RunningServer {
  close(): Promise<void>;
}

function fileFor(root: string, url: string): string | undefined {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const path = normalize(join(root, relative));
  return path.startsWith(root + sep) ? path : undefined;
}

export function startStaticServer(root: string, port: number): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const path = fileFor(root, req.url ?? '/');
    if (!path) {
      res.writeHead(403).end();
      return;
    }
    readFile(path).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'cache-control': path.includes(`${sep}assets${sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      resolve({
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
