// LibreChat conversation exports: `messages` either flat with parentMessageId or nested
// through `children` (recursive exports). The root's parent is null or the all-zero id.
// LibreChat has no "current message", so the newest leaf is shown; ties go to the one listed last.
import { z } from 'zod';
import type { ChatItem, MessageStatus } from '../../db/types';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import { formatIssues } from '../issue-path';
import { buildCandidate, toMillis, type SourceMessage } from './source-tree';

const NO_PARENT = '00000000-0000-0000-0000-000000000000';

const messageSchema = z.looseObject({
  messageId: z.string().min(1),
  parentMessageId: z.string().nullish(),
  isCreatedByUser: z.boolean().nullish(),
  text: z.string().nullish(),
  content: z.array(z.unknown()).nullish(),
  createdAt: z.union([z.string(), z.number()]).nullish(),
  model: z.string().nullish(),
  error: z.boolean().nullish(),
  unfinished: z.boolean().nullish(),
  children: z.array(z.unknown()).nullish(),
});

const conversationSchema = z.looseObject({
  conversationId: z.string().nullish(),
  title: z.string().nullish(),
  options: z
    .looseObject({
      model: z.string().nullish(),
      promptPrefix: z.string().nullish(),
      temperature: z.number().nullish(),
    })
    .nullish(),
  messages: z.array(z.unknown()),
});

type LibreMessage = z.infer<typeof messageSchema>;

function field(part: Record<string, unknown>, key: string): string {
  const value = part[key];
  if (typeof value === 'string') return value;
  if (
    typeof value === 'object' &&
    value !== null &&
    'value' in value &&
    typeof value.value === 'string'
  ) {
    return value.value;
  }
  return '';
}

/** Newer LibreChat messages keep their text in typed content parts instead of `text`. */
function partsText(parts: readonly unknown[]): string {
  return parts
    .map((part) => {
      if (typeof part !== 'object' || part === null) return '';
      const p = part as Record<string, unknown>;
      const type = typeof p.type === 'string' ? p.type : 'part';
      if (type === 'text') return field(p, 'text');
      if (type === 'think') return `> ${field(p, 'think').replaceAll('\n', '\n> ')}`;
      return `[${type}]`;
    })
    .filter(Boolean)
    .join('\n\n');
}

function itemOf(m: LibreMessage): ChatItem {
  const content = m.text?.trim() ? m.text : partsText(m.content ?? []);
  return { role: m.isCreatedByUser ? 'user' : 'assistant', content };
}

function statusOf(m: LibreMessage): MessageStatus {
  if (m.error) return 'error';
  return m.unfinished ? 'interrupted' : 'done';
}

/** Flattens nested `children` depth-first, checking each message on its own path. */
function flatten(roots: readonly unknown[], path: string): LibreMessage[] | string {
  const out: LibreMessage[] = [];
  const stack = roots.map((raw, i) => ({ raw, at: `${path}[${i}]` })).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const parsed = messageSchema.safeParse(next.raw);
    if (!parsed.success) return formatIssues(parsed.error, next.at);
    out.push(parsed.data);
    const kids = parsed.data.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--)
      stack.push({ raw: kids[i], at: `${next.at}.children[${i}]` });
  }
  return out;
}

function activeLeaf(messages: readonly SourceMessage[]): string | null {
  const parents = new Set(messages.map((m) => m.parentSourceId));
  let best: SourceMessage | undefined;
  for (const m of messages) {
    if (parents.has(m.sourceId)) continue;
    if (!best || (m.createdAt ?? -Infinity) >= (best.createdAt ?? -Infinity)) best = m;
  }
  return best?.sourceId ?? null;
}

export function convertLibrechat(data: unknown, fileTime: number): ConvertResult {
  const result = emptyResult();
  const list: unknown[] = Array.isArray(data) ? data : [data];
  list.forEach((raw, i) => {
    const path = Array.isArray(data) ? `[${i}]` : '';
    const parsed = conversationSchema.safeParse(raw);
    if (!parsed.success) {
      result.rejected.push({
        where: path || 'conversation',
        reason: formatIssues(parsed.error, path),
      });
      return;
    }
    const conversation = parsed.data;
    const where = describeWhere(path || 'conversation', conversation.title ?? undefined);
    const flat = flatten(conversation.messages, `${path}${path ? '.' : ''}messages`);
    if (typeof flat === 'string') {
      result.rejected.push({ where, reason: flat });
      return;
    }
    const messages = flat.map((m): SourceMessage => {
      const parent = m.parentMessageId;
      const entry: SourceMessage = {
        sourceId: m.messageId,
        parentSourceId: parent && parent !== NO_PARENT ? parent : null,
        item: itemOf(m),
        status: statusOf(m),
      };
      if (m.error) entry.error = 'This reply failed in LibreChat.';
      const createdAt = toMillis(m.createdAt);
      if (createdAt !== undefined) entry.createdAt = createdAt;
      if (m.model) entry.model = m.model;
      return entry;
    });
    const options = conversation.options;
    const temperature = options?.temperature;
    result.candidates.push(
      buildCandidate(
        {
          sourceId: conversation.conversationId ?? undefined,
          title: conversation.title ?? undefined,
          model: options?.model ?? '',
          systemPrompt: options?.promptPrefix ?? '',
          params: typeof temperature === 'number' ? { temperature } : {},
          activeSourceId: activeLeaf(messages),
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
