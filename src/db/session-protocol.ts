// The session protocol of the OpenAI Agents SDK, over a session's active path, and the
// in-memory implementation. The Dexie one lives in dexie-session.ts; both pass one test suite.
import { chatItemSchema } from './chat-item-schema';
import type { ChatItem } from './types';

export interface SessionProtocol {
  readonly sessionId: string;
  /** The latest `limit` items, oldest first; all of them without a limit, none for 0. */
  getItems(limit?: number): Promise<ChatItem[]>;
  addItems(items: ChatItem[]): Promise<void>;
  /** Removes and returns the newest item, or undefined when the session is empty. */
  popItem(): Promise<ChatItem | undefined>;
  clearSession(): Promise<void>;
}

/** Validates every item before anything is written, so a bad batch changes nothing. */
export function parseItems(items: readonly unknown[]): ChatItem[] {
  return items.map((item) => chatItemSchema.parse(item));
}

export function latest<T>(items: readonly T[], limit?: number): T[] {
  if (limit === undefined) return [...items];
  if (limit <= 0) return [];
  return items.slice(-limit);
}

export class MemorySession implements SessionProtocol {
  private items: ChatItem[] = [];

  constructor(readonly sessionId: string) {}

  getItems(limit?: number): Promise<ChatItem[]> {
    return Promise.resolve(latest(this.items, limit).map((item) => structuredClone(item)));
  }

  addItems(items: ChatItem[]): Promise<void> {
    try {
      const parsed = parseItems(items);
      this.items.push(...parsed.map((item) => structuredClone(item)));
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  popItem(): Promise<ChatItem | undefined> {
    return Promise.resolve(this.items.pop());
  }

  clearSession(): Promise<void> {
    this.items = [];
    return Promise.resolve();
  }
}
