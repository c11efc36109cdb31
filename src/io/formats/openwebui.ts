// Open WebUI chats: the bare chat object ({title, history: {messages, currentId}}), one
// exported chat ({id, title, chat: {...}}) or the export array of those. history.messages is
// a tree by parentId; currentId is the message on screen. Older chats without a history fall
// back to the flat `messages` list, in order.
import { z } from 'zod';
import type { ChatItem, Role } from '../../db/types';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import { formatIssues } from '../issue-path';
import { idKeyedSchema, readIdKeyed } from './id-keyed';
import { buildCandidate, toMillis, type SourceMessage } from './source-tree';

const messageSchema = z.looseObject({
  id: z.string().optional(),
  parentId: z.string().nullish(),
  role: z.string(),
  content: z.unknown().optional(),
  timestamp: z.number().nullish(),
  model: z.string().nullish(),
});

const chatSchema = z.looseObject({
  id: z.string().nullish(),
  title: z.string().nullish(),
  models: z.array(z.string()).nullish(),
  system: z.string().nullish(),
  params: z
    .looseObject({ system: z.string().nullish(), temperature: z.number().nullish() })
    .nullish(),
  history: z
    .looseObject({
      messages: idKeyedSchema,
      currentId: z.string().nullish(),
    })
    .nullish(),
  messages: z.array(messageSchema).nullish(),
  timestamp: z.number().nullish(),
});

const wrapperSchema = z.looseObject({
  id: z.string().nullish(),
  title: z.string().nullish(),
  chat: chatSchema,
  created_at: z.number().nullish(),
  updated_at: z.number().nullish(),
});

type OpenWebuiMessage = z.infer<typeof messageSchema>;

const ROLES = new Map<string, Role>([
  ['user', 'user'],
  ['assistant', 'assistant'],
  ['system', 'system'],
  ['tool', 'tool'],
]);

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/**
 * Open WebUI stores reasoning and tool results inline as <details> HTML. Arbor shows HTML as
 * text, so each block becomes a quoted section that reads well instead of raw tags.
 */
export function readableDetails(text: string): string {
  return text.replace(
    /<details\b[^>]*>\s*<summary>([\s\S]*?)<\/summary>([\s\S]*?)<\/details>\s*/g,
    (_block, summary: string, body: string) => {
      const plain = body.trim().replace(/&(lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e] ?? e);
      const quoted = plain ? `\n>\n${plain.replace(/^/gm, '> ')}` : '';
      return `> **${summary.trim()}**${quoted}\n\n`;
    },
  );
}

function itemOf(message: OpenWebuiMessage): ChatItem {
  const content = message.content;
  const text =
    typeof content === 'string'
      ? content
      : Array.isArray(content)
        ? content
            .map((part: unknown) =>
              typeof part === 'object' &&
              part !== null &&
              'text' in part &&
              typeof part.text === 'string'
                ? part.text
                : '',
            )
            .filter(Boolean)
            .join('\n\n')
        : '';
  return { role: ROLES.get(message.role) ?? 'assistant', content: readableDetails(text) };
}

function sourceMessages(list: [string, OpenWebuiMessage][], linear: boolean): SourceMessage[] {
  return list.map(([key, m], i): SourceMessage => {
    const sourceId = m.id ?? key;
    const previous = i > 0 ? list[i - 1] : undefined;
    const parentSourceId = linear
      ? previous
        ? (previous[1].id ?? previous[0])
        : null
      : (m.parentId ?? null);
    const entry: SourceMessage = { sourceId, parentSourceId, item: itemOf(m) };
    const createdAt = toMillis(m.timestamp);
    if (createdAt !== undefined) entry.createdAt = createdAt;
    if (m.model) entry.model = m.model;
    return entry;
  });
}

type Chat = z.infer<typeof chatSchema>;
type Wrapper = z.infer<typeof wrapperSchema>;

function parseEntry(raw: unknown): { chat: Chat; wrapper?: Wrapper } | z.ZodError {
  if (typeof raw === 'object' && raw !== null && 'chat' in raw) {
    const parsed = wrapperSchema.safeParse(raw);
    return parsed.success ? { chat: parsed.data.chat, wrapper: parsed.data } : parsed.error;
  }
  const parsed = chatSchema.safeParse(raw);
  return parsed.success ? { chat: parsed.data } : parsed.error;
}

export function convertOpenwebui(data: unknown, fileTime: number): ConvertResult {
  const result = emptyResult();
  const list: unknown[] = Array.isArray(data) ? data : [data];
  list.forEach((raw, i) => {
    const path = Array.isArray(data) ? `[${i}]` : '';
    const entry = parseEntry(raw);
    if (entry instanceof z.ZodError) {
      result.rejected.push({ where: path || 'chat', reason: formatIssues(entry, path) });
      return;
    }
    const { chat, wrapper } = entry;
    const title = wrapper?.title ?? chat.title ?? undefined;
    const where = describeWhere(path || 'chat', title);
    const history = chat.history;
    if (!history && !chat.messages) {
      result.rejected.push({
        where,
        reason: `${path || 'chat'}: has no messages (history.messages)`,
      });
      return;
    }
    const keyed = history
      ? readIdKeyed(history.messages, messageSchema, `${path || 'chat'}.history.messages`)
      : undefined;
    if (typeof keyed === 'string') {
      result.rejected.push({ where, reason: keyed });
      return;
    }
    const messages = keyed
      ? sourceMessages([...keyed], false)
      : sourceMessages(
          (chat.messages ?? []).map((m, n) => [String(n), m]),
          true,
        );
    const temperature = chat.params?.temperature;
    result.candidates.push(
      buildCandidate(
        {
          sourceId: (wrapper?.id ?? chat.id) || undefined,
          title,
          model: chat.models?.[0] ?? '',
          systemPrompt: chat.params?.system ?? chat.system ?? '',
          params: typeof temperature === 'number' ? { temperature } : {},
          createdAt: toMillis(wrapper?.created_at ?? chat.timestamp),
          updatedAt: toMillis(wrapper?.updated_at),
          activeSourceId: history?.currentId ?? null,
          messages,
        },
        where,
        fileTime,
        () => raw,
      ),
    );
  });
  return result;
}
