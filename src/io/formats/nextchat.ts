// NextChat (ChatGPT-Next-Web) backups. Only the chat store is read: its sessions, their
// messages and each session's mask (model, temperature, context prompts). The backup's
// access-control and app-config blocks hold keys and passwords and are never looked at.
import { z } from 'zod';
import type { SessionParams } from '../../db/types';
import { contentText } from '../../db/content-text';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import { formatIssues } from '../issue-path';
import { openaiMessageSchema, toChatItem } from './openai-messages';
import { buildCandidate, toMillis, type SourceMessage } from './source-tree';

export const NEXTCHAT_STORE_KEY = 'chat-next-web-store';

const messageSchema = openaiMessageSchema.extend({
  id: z.string().nullish(),
  date: z.union([z.string(), z.number()]).nullish(),
  model: z.string().nullish(),
  isError: z.boolean().nullish(),
});

const sessionSchema = z.looseObject({
  id: z.string().nullish(),
  topic: z.string().nullish(),
  messages: z.array(messageSchema),
  lastUpdate: z.number().nullish(),
  mask: z
    .looseObject({
      context: z.array(messageSchema).nullish(),
      modelConfig: z
        .looseObject({
          model: z.string().nullish(),
          temperature: z.number().nullish(),
          max_tokens: z.number().nullish(),
        })
        .nullish(),
    })
    .nullish(),
});

const storeSchema = z.looseObject({ sessions: z.array(z.unknown()) });

type NextMessage = z.infer<typeof messageSchema>;

function toSource(m: NextMessage, sourceId: string, parent: string | null): SourceMessage {
  const entry: SourceMessage = { sourceId, parentSourceId: parent, item: toChatItem(m) };
  const createdAt = toMillis(m.date);
  if (createdAt !== undefined) entry.createdAt = createdAt;
  if (m.model) entry.model = m.model;
  if (m.isError) {
    entry.status = 'error';
    entry.error = 'This reply failed in NextChat.';
  }
  return entry;
}

export function convertNextchat(data: Record<string, unknown>, fileTime: number): ConvertResult {
  const result = emptyResult();
  const store = storeSchema.safeParse(data[NEXTCHAT_STORE_KEY]);
  if (!store.success) throw new Error(formatIssues(store.error, `["${NEXTCHAT_STORE_KEY}"]`));
  store.data.sessions.forEach((raw, i) => {
    const path = `sessions[${i}]`;
    const parsed = sessionSchema.safeParse(raw);
    if (!parsed.success) {
      result.rejected.push({
        where: describeWhere(path),
        reason: formatIssues(parsed.error, path),
      });
      return;
    }
    const s = parsed.data;
    const where = describeWhere(path, s.topic ?? undefined);
    const context = s.mask?.context ?? [];
    const systemPrompt = context
      .filter((m) => m.role === 'system' || m.role === 'developer')
      .map((m) => contentText(m.content ?? null))
      .join('\n\n');
    const chain = [
      ...context.filter((m) => m.role !== 'system' && m.role !== 'developer'),
      ...s.messages,
    ];
    const messages = chain.map((m, n) =>
      toSource(m, m.id ?? `m${n}`, n === 0 ? null : (chain[n - 1]?.id ?? `m${n - 1}`)),
    );
    const config = s.mask?.modelConfig;
    const params: SessionParams = {};
    if (typeof config?.temperature === 'number') params.temperature = config.temperature;
    if (typeof config?.max_tokens === 'number') params.maxTokens = config.max_tokens;
    const candidate = buildCandidate(
      {
        sourceId: s.id ?? undefined,
        title: s.topic ?? undefined,
        model: config?.model ?? '',
        systemPrompt,
        params,
        updatedAt: toMillis(s.lastUpdate),
        messages,
      },
      where,
      fileTime,
      () => raw,
    );
    result.candidates.push(candidate);
  });
  return result;
}
