// Recognises which app wrote a parsed file from its shape alone; file names and extensions
// are never trusted. Order matters: the most specific markers are checked first.
import type { FormatId } from './candidate';
import { isClaudeConversation } from './formats/claude';
import { NEXTCHAT_STORE_KEY } from './formats/nextchat';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasRole(value: unknown): boolean {
  return isObject(value) && typeof value.role === 'string';
}

function isOpenwebuiChat(value: unknown): boolean {
  if (!isObject(value)) return false;
  const chat = isObject(value.chat) ? value.chat : value;
  return isObject(chat.history) && isObject(chat.history.messages);
}

function isLibrechat(value: unknown): boolean {
  if (!isObject(value) || !Array.isArray(value.messages)) return false;
  const first: unknown = value.messages[0];
  return 'conversationId' in value || (isObject(first) && 'messageId' in first);
}

function isChatgpt(value: unknown): boolean {
  return isObject(value) && 'mapping' in value;
}

function detectObject(value: Record<string, unknown>): FormatId | undefined {
  if (value.format === 'arbor') return 'arbor';
  if (isObject(value.state) && ('exportType' in value || Array.isArray(value.state.messages))) {
    return 'lobechat';
  }
  if (NEXTCHAT_STORE_KEY in value) return 'nextchat';
  if (Array.isArray(value.chats)) return 'betterchatgpt';
  if (isOpenwebuiChat(value)) return 'openwebui';
  if (isLibrechat(value)) return 'librechat';
  if (isChatgpt(value)) return 'chatgpt';
  if (isClaudeConversation(value)) return 'claude';
  const lists = Object.values(value);
  if (
    lists.length > 0 &&
    lists.every(Array.isArray) &&
    lists.some((list) => (list as unknown[]).some(hasRole))
  ) {
    return 'openai-map';
  }
  return undefined;
}

function detectArray(value: unknown[]): FormatId | undefined {
  if (value.length === 0) return undefined;
  if (value.some(isChatgpt)) return 'chatgpt';
  if (value.some(isClaudeConversation)) return 'claude';
  if (value.some(isOpenwebuiChat)) return 'openwebui';
  if (value.some(isLibrechat)) return 'librechat';
  if (value.every(hasRole)) return 'openai-messages';
  if (value.every((chat) => isObject(chat) && Array.isArray(chat.messages) && 'title' in chat)) {
    return 'betterchatgpt';
  }
  return undefined;
}

export function detectFormat(value: unknown): FormatId | undefined {
  if (Array.isArray(value)) return detectArray(value);
  return isObject(value) ? detectObject(value) : undefined;
}
