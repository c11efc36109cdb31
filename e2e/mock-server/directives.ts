// Owns the `[mock:...]` directive tokens that tests put in the last user message to steer the
// server: which ones exist, what they mean, and stripping them from the text that gets echoed.

export type ReplyKind =
  | { kind: 'echo' }
  | { kind: 'long' }
  | { kind: 'markdown' }
  | { kind: 'tokens'; count: number }
  /** `length` characters that don't compress, to fill a storage quota (noise.ts). */
  | { kind: 'noise'; length: number };

/** What a reply asked for as JSON comes out as: the JSON asked for, broken JSON, or other JSON. */
export type JsonMode = 'valid' | 'invalid' | 'off-schema';

export interface Directives {
  errorStatus: 401 | 429 | 500 | null;
  delayMs: number;
  cut: boolean;
  reply: ReplyKind;
  json: JsonMode;
  /** Report no usage, even when the request asks for it, as some servers do. */
  noUsage: boolean;
  /** Stream `reasoning_content` before the reply, as DeepSeek and others do. */
  reasoning: boolean;
  /** Call these offered tools (several at once when more than one) instead of answering. */
  callTools: string[];
  /** Call them again after their results come back, so the loop never ends by itself. */
  callAgain: boolean;
  /** Send arguments that are not valid JSON. */
  badArgs: boolean;
}

export const DEFAULT_SLOW_MS = 150;
const MAX_DELAY_MS = 60_000;
const MAX_TOKENS = 100_000;
const MAX_NOISE = 20_000_000;

const TOKEN = /\[mock:([a-z0-9]+)(?:=([a-z0-9_,-]+))?\]/gi;

export function noDirectives(): Directives {
  return {
    errorStatus: null,
    delayMs: 0,
    cut: false,
    reply: { kind: 'echo' },
    json: 'valid',
    noUsage: false,
    reasoning: false,
    callTools: [],
    callAgain: false,
    badArgs: false,
  };
}

/** Applies one token to `into`; returns false when the token is not a known directive. */
function apply(into: Directives, name: string, text: string | undefined): boolean {
  if (name === 'call') {
    if (!text) return false;
    into.callTools = text.split(',').filter(Boolean);
    return true;
  }
  const value = text === undefined ? undefined : Number(text);
  if (value !== undefined && !Number.isInteger(value)) return false;
  switch (name) {
    case 'callagain':
    case 'badargs':
      if (value !== undefined) return false;
      if (name === 'callagain') into.callAgain = true;
      else into.badArgs = true;
      return true;
    case '401':
    case '429':
    case '500':
      if (value !== undefined) return false;
      into.errorStatus ??= Number(name) as 401 | 429 | 500;
      return true;
    case 'slow':
      into.delayMs = Math.min(value ?? DEFAULT_SLOW_MS, MAX_DELAY_MS);
      return true;
    case 'cut':
      if (value !== undefined) return false;
      into.cut = true;
      return true;
    case 'long':
    case 'markdown':
      if (value !== undefined) return false;
      into.reply = { kind: name };
      return true;
    case 'badjson':
    case 'offschema':
      if (value !== undefined) return false;
      into.json = name === 'badjson' ? 'invalid' : 'off-schema';
      return true;
    case 'nousage':
      if (value !== undefined) return false;
      into.noUsage = true;
      return true;
    case 'reasoning':
      if (value !== undefined) return false;
      into.reasoning = true;
      return true;
    case 'tokens':
      if (value === undefined) return false;
      into.reply = { kind: 'tokens', count: Math.min(value, MAX_TOKENS) };
      return true;
    case 'noise':
      if (value === undefined) return false;
      into.reply = { kind: 'noise', length: Math.min(value, MAX_NOISE) };
      return true;
    default:
      return false;
  }
}

/**
 * Reads the directives in `text` and returns them with the text minus those tokens.
 * Unknown tokens such as `[mock:typo]` are left in the text so a mistake shows up in the echo.
 */
export function readDirectives(text: string): { directives: Directives; text: string } {
  const directives = noDirectives();
  const stripped = text.replace(TOKEN, (token, name: string, value: string | undefined) => {
    return apply(directives, name.toLowerCase(), value) ? ' ' : token;
  });
  return { directives, text: oneLine(stripped) };
}

export function stripDirectives(text: string): string {
  return readDirectives(text).text;
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
