// Counting tokens the way OpenAI's models do, with gpt-tokenizer: o200k_base for current
// OpenAI models, cl100k_base for older ones, and o200k_base as an estimate for every other
// model (their own tokenizers are not public, or not in the browser). Each encoding's tables
// are a few MB, so they load on first use, in the worker that counts.
import type { ChatItem } from '../db/types';
import { contentText } from '../db/content-text';

export type Encoding = 'o200k_base' | 'cl100k_base';

export interface ModelEncoding {
  encoding: Encoding;
  /** False where the count is an estimate: a model whose tokenizer is not OpenAI's. */
  exact: boolean;
}

const O200K_MODELS = /^(gpt-4o|chatgpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|gpt-oss)/;
const CL100K_MODELS = /^(gpt-4|gpt-3\.5|text-embedding-3|text-embedding-ada)/;

/** The encoding for a model name; a provider prefix such as "openai/" is ignored. */
export function encodingFor(model: string): ModelEncoding {
  const name = model.toLowerCase().replace(/^openai\//, '');
  if (O200K_MODELS.test(name)) return { encoding: 'o200k_base', exact: true };
  if (CL100K_MODELS.test(name)) return { encoding: 'cl100k_base', exact: true };
  return { encoding: 'o200k_base', exact: false };
}

export type CountText = (text: string) => number;

const loading = new Map<Encoding, Promise<CountText>>();

/** A counter for the encoding; text that looks like a special token is counted as text. */
export function loadCounter(encoding: Encoding): Promise<CountText> {
  let counter = loading.get(encoding);
  if (!counter) {
    const module =
      encoding === 'o200k_base'
        ? import('gpt-tokenizer/encoding/o200k_base')
        : import('gpt-tokenizer/encoding/cl100k_base');
    counter = module.then(
      ({ countTokens }) =>
        (text: string) =>
          countTokens(text, { disallowedSpecial: new Set() }),
    );
    loading.set(encoding, counter);
  }
  return counter;
}

/**
 * An upper bound of any encoding's count without loading one: every token stands for at least
 * one byte of UTF-8, so a text never has more tokens than bytes.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is 4 bytes in all, 2 for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** Every message costs these few tokens of framing on top of its text (OpenAI's rule). */
export const TOKENS_PER_MESSAGE = 3;
/** The reply is primed with these tokens. */
export const TOKENS_PER_REQUEST = 3;

/**
 * What an image costs where its size isn't known: OpenAI's price of a 1024×1024 image in high
 * detail (4 tiles of 170 and 85 more); in low detail, 85. Other vendors' prices are similar.
 */
export const IMAGE_TOKENS = 765;
export const LOW_DETAIL_IMAGE_TOKENS = 85;

function imageTokens(part: Record<string, unknown>): number {
  const image = part.image_url;
  const detail =
    typeof image === 'object' && image !== null && 'detail' in image ? image.detail : '';
  return detail === 'low' ? LOW_DETAIL_IMAGE_TOKENS : IMAGE_TOKENS;
}

/**
 * The tokens a message takes in a request: its text, images, tool calls, name and framing. A
 * tool message's images go as a placeholder (see llm/request-messages.ts), so count as text.
 */
export function itemTokens(item: ChatItem, count: CountText): number {
  const parts = Array.isArray(item.content) ? item.content : [];
  const images = item.role === 'tool' ? [] : parts.filter((part) => part.type === 'image_url');
  const text =
    images.length > 0
      ? contentText(parts.filter((part) => part.type !== 'image_url'))
      : contentText(item.content);
  let tokens = TOKENS_PER_MESSAGE + count(text);
  for (const image of images) tokens += imageTokens(image);
  if (item.name) tokens += 1 + count(item.name);
  for (const call of item.tool_calls ?? []) {
    tokens += count(call.function.name) + count(call.function.arguments) + TOKENS_PER_MESSAGE;
  }
  return tokens;
}
