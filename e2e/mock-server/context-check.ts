// Owns the context window check: a request whose messages and max_tokens don't fit in the
// model's window is refused with OpenAI's 400 context_length_exceeded, counted with the same
// tokenizer family (o200k_base) and the same framing per message.
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { messageText, type ChatRequest } from './chat-request';
import { contextLengthOf } from './models';
import { contextLengthExceeded, type OpenAiError } from './openai-errors';

const PER_MESSAGE = 3;
const PER_REQUEST = 3;

export function promptTokens(request: ChatRequest): number {
  return request.messages.reduce(
    (sum, m) =>
      sum + PER_MESSAGE + countTokens(messageText(m.content), { disallowedSpecial: new Set() }),
    PER_REQUEST,
  );
}

/** Only models with a small window are checked: counting a 4 MB request costs a second. */
export function contextError(request: ChatRequest): OpenAiError | undefined {
  const window = contextLengthOf(request.model);
  if (window === undefined || window > 16_384) return undefined;
  const prompt = promptTokens(request);
  if (prompt + (request.maxTokens ?? 0) <= window) return undefined;
  return contextLengthExceeded(window, prompt);
}
