// Owns CORS: the headers every response carries and the answer to a preflight, so the browser app
// (and the openai SDK running in it) can call this server from another origin.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function applyCors(res: ServerResponse): void {
  // A wildcard is enough: the app never sends credentials (cookies), only an Authorization header.
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', '*');
}

export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    // `*` in Allow-Headers never covers Authorization, so echo exactly what the browser asks for.
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
    'Access-Control-Max-Age': '600',
    Vary: 'Access-Control-Request-Headers',
  };
  // Chrome's Private Network Access check when a public page calls localhost (hosted demos).
  if (req.headers['access-control-request-private-network'] === 'true') {
    headers['Access-Control-Allow-Private-Network'] = 'true';
  }
  return headers;
}
