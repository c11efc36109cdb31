// Owns API key handling: any key (or none) is accepted except the one tests use to provoke a 401.
import type { IncomingMessage } from 'node:http';

export const REJECTED_KEY = 'wrong-key';

export function bearerKey(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.*)$/i.exec(header.trim());
  return match?.[1]?.trim() ?? '';
}

export function isRejectedKey(req: IncomingMessage): boolean {
  return bearerKey(req) === REJECTED_KEY;
}
