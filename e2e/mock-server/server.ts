// Owns the HTTP server: routing each request to its handler, plus starting and stopping it.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRejectedKey } from './auth';
import { handleChatCompletion } from './chat-route';
import { applyCors, preflightHeaders } from './cors';
import { BodyTooLargeError, sendError, sendJson, sendNoContent } from './http-io';
import { modelList } from './models';
import { invalidApiKey, invalidUrl, payloadTooLarge, serverError } from './openai-errors';
import { createRequestLog, type RequestLog } from './request-log';

export interface MockOptions {
  /** The only API key the server accepts; without one it accepts any key but wrong-key. */
  apiKey?: string;
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  log: RequestLog,
  options: MockOptions,
): Promise<void> {
  const method = req.method ?? 'GET';
  const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/';
  applyCors(res);
  res.setHeader('x-request-id', `req_${randomUUID().replaceAll('-', '')}`);

  if (method === 'OPTIONS') return sendNoContent(res, preflightHeaders(req));
  const key = `${method} ${path}`;
  if (!path.startsWith('/__'))
    log.saw({ route: key, authorization: req.headers.authorization ?? null });
  switch (key) {
    case 'GET /health':
      return sendJson(res, 200, { ok: true });
    case 'GET /v1/models':
      return isRejectedKey(req, options.apiKey)
        ? sendError(res, invalidApiKey())
        : sendJson(res, 200, modelList());
    case 'POST /v1/chat/completions':
      return handleChatCompletion(req, res, log, options.apiKey);
    case 'GET /__requests':
      return sendJson(res, 200, { requests: log.list(), seen: log.seen() });
    case 'DELETE /__requests':
      log.clear();
      return sendNoContent(res);
    default:
      return sendError(res, invalidUrl(method, path));
  }
}

export function createMockServer(options: MockOptions = {}): Server {
  const log = createRequestLog();
  return createServer((req, res) => {
    route(req, res, log, options).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof BodyTooLargeError) {
        sendError(res, payloadTooLarge());
        return;
      }
      console.error('Mock server error:', error);
      sendError(res, serverError());
    });
  });
}

export interface RunningMockServer {
  /** e.g. http://localhost:4010 */
  url: string;
  /** The OpenAI base URL, e.g. http://localhost:4010/v1 */
  baseURL: string;
  port: number;
  close(): Promise<void>;
}

/** Starts a server on `port` (0 picks a free one) on all interfaces, IPv4 and IPv6. */
export function startMockServer(port = 0, options: MockOptions = {}): Promise<RunningMockServer> {
  const server = createMockServer(options);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      const actual = (server.address() as AddressInfo).port;
      const url = `http://localhost:${actual}`;
      resolve({
        url,
        baseURL: `${url}/v1`,
        port: actual,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Open streams and idle keep-alive sockets would otherwise hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
