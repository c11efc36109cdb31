// Owns API key handling: by default any key (or none) is accepted except the one tests use to
// provoke a 401; a server started with a key of its own accepts only that key, as a hosted
// provider does.
import type { IncomingMessage } from 'node:http';

export const REJECTED_KEY = 'wrong-key';

export function bearerKey(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  return match?.[1]?.trim() ?? '';
}

/** Whether a request's key is refused, given the one key the server accepts (if it has one). */
export function isRejectedKey(req: IncomingMessage, acceptedKey?: string): boolean {
  const key = bearerKey(req);
  return key === REJECTED_KEY || (acceptedKey !== undefined && key !== acceptedKey);
}
