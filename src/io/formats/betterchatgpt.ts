// BetterChatGPT exports: `{version, chats, folders}` (and the legacy bare array of chats).
// Each chat is a linear list of OpenAI messages with a config; folders are not kept.
import { z } from 'zod';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import { formatIssues } from '../issue-path';
import { convertMessageList } from './openai-messages';

const chatSchema = z.looseObject({
  id: z.string().nullish(),
  title: z.string().nullish(),
  messages: z.array(z.unknown()),
  config: z
    .looseObject({
      model: z.string().nullish(),
      temperature: z.number().nullish(),
      max_tokens: z.number().nullish(),
    })
    .nullish(),
});

export function convertBetterchatgpt(chats: readonly unknown[], fileTime: number): ConvertResult {
  const result = emptyResult();
  chats.forEach((raw, i) => {
    const path = `chats[${i}]`;
    const parsed = chatSchema.safeParse(raw);
    if (!parsed.success) {
      result.rejected.push({
        where: describeWhere(path),
        reason: formatIssues(parsed.error, path),
      });
      return;
    }
    const { id, title, messages, config } = parsed.data;
    const params: { temperature?: number; maxTokens?: number } = {};
    if (typeof config?.temperature === 'number') params.temperature = config.temperature;
    if (typeof config?.max_tokens === 'number') params.maxTokens = config.max_tokens;
    convertMessageList(
      messages,
      `${path}.messages`,
      { sourceId: id ?? undefined, title: title ?? undefined, model: config?.model ?? '', params },
      fileTime,
      result,
    );
  });
  return result;
}
