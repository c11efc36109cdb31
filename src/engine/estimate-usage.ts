// A reply's usage counted by Arbor, for endpoints that report none: the request as it was sent
// and the reply, with the model's tokenizer (or the estimate Arbor uses for it).
import type { ChatItem, Usage } from '../db/types';
import {
  itemTokens,
  loadCounter,
  TOKENS_PER_MESSAGE,
  TOKENS_PER_REQUEST,
  type Encoding,
} from '../llm/tokens';

export async function estimateUsage(
  encoding: Encoding,
  sent: readonly ChatItem[],
  reply: ChatItem,
): Promise<Usage> {
  const count = await loadCounter(encoding);
  const prompt = sent.reduce((sum, item) => sum + itemTokens(item, count), TOKENS_PER_REQUEST);
  // The reply's text and tool calls, without the framing of a message in a request.
  const completion = itemTokens(reply, count) - TOKENS_PER_MESSAGE;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
}
