// What every format converter produces: candidate sessions with their rows, sessions it had
// to reject (and why), and notes on what it repaired. Nothing here has touched the database.
import type { FolderRow, MessageRow, SessionRow } from '../db/types';

export interface Candidate {
  /** Where in the file it came from, for messages to the user: `conversations[3] “Title”`. */
  where: string;
  session: SessionRow;
  messages: MessageRow[];
}

export interface Rejection {
  where: string;
  reason: string;
}

export interface ConvertResult {
  candidates: Candidate[];
  /** The folders candidates are in, from an Arbor export; other formats have none. */
  folders?: FolderRow[];
  rejected: Rejection[];
  repairs: string[];
}

export type FormatId =
  | 'arbor'
  | 'chatgpt'
  | 'claude'
  | 'openwebui'
  | 'librechat'
  | 'betterchatgpt'
  | 'nextchat'
  | 'lobechat'
  | 'openai-map'
  | 'openai-messages';

export const FORMAT_NAMES: Record<FormatId, string> = {
  arbor: 'Arbor export',
  chatgpt: 'ChatGPT export',
  claude: 'Claude export',
  openwebui: 'Open WebUI export',
  librechat: 'LibreChat export',
  betterchatgpt: 'BetterChatGPT export',
  nextchat: 'NextChat backup',
  lobechat: 'LobeChat export',
  'openai-map': 'OpenAI message lists by session',
  'openai-messages': 'OpenAI message list',
};

export function emptyResult(): ConvertResult {
  return { candidates: [], rejected: [], repairs: [] };
}

/** `conversations[3] “Title”`: a place in the file a person can find. */
export function describeWhere(path: string, title?: string): string {
  return title ? `${path} “${title}”` : path;
}

/** The title part of a place written by describeWhere, if it has one. */
export function titleIn(where: string): string | undefined {
  return /“(.*)”$/s.exec(where)?.[1];
}
