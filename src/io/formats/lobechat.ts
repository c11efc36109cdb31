// LobeChat's legacy config export ({exportType, state: {sessions, topics, messages}}). Each
// topic is one conversation, and a session's messages outside any topic make another. Old
// LobeChat kept conversations as time-ordered lists, so a message without a parent follows
// the one before it; a parent that isn't in the file is repaired the same way and reported.
// A "function" message (a plugin call and its result) becomes a tool call and its answer.
import { z } from 'zod';
import type { SessionParams } from '../../db/types';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import { formatIssues } from '../issue-path';
import { buildCandidate, type SourceMessage } from './source-tree';

const messageSchema = z.looseObject({
  id: z.string().min(1),
  role: z.string(),
  content: z.string().nullish(),
  createdAt: z.number().nullish(),
  parentId: z.string().nullish(),
  sessionId: z.string().nullish(),
  topicId: z.string().nullish(),
  fromModel: z.string().nullish(),
  tool_call_id: z.string().nullish(),
  plugin: z
    .looseObject({
      apiName: z.string().nullish(),
      identifier: z.string().nullish(),
      arguments: z.string().nullish(),
    })
    .nullish(),
});

const sessionSchema = z.looseObject({
  id: z.string(),
  config: z
    .looseObject({
      model: z.string().nullish(),
      systemRole: z.string().nullish(),
      params: z
        .looseObject({ temperature: z.number().nullish(), max_tokens: z.number().nullish() })
        .nullish(),
    })
    .nullish(),
  meta: z.looseObject({ title: z.string().nullish() }).nullish(),
});

const topicSchema = z.looseObject({
  id: z.string(),
  title: z.string().nullish(),
  sessionId: z.string().nullish(),
});

export const lobeStateSchema = z.looseObject({
  sessions: z.array(sessionSchema).default([]),
  topics: z.array(topicSchema).default([]),
  messages: z.array(z.unknown()),
});

type LobeMessage = z.infer<typeof messageSchema>;
type LobeSession = z.infer<typeof sessionSchema>;

function field(raw: unknown, key: string): string | undefined {
  if (typeof raw !== 'object' || raw === null || !(key in raw)) return undefined;
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function groupKey(raw: unknown): string {
  return field(raw, 'topicId') ?? `session:${field(raw, 'sessionId') ?? 'inbox'}`;
}

/** One Lobe message as one or two rows (a plugin call is split into the call and its answer). */
function toSource(m: LobeMessage, parent: string | null): SourceMessage[] {
  const base = { createdAt: m.createdAt ?? undefined, model: m.fromModel ?? undefined };
  const content = m.content ?? '';
  if (m.role === 'function' || m.role === 'tool') {
    const name = m.plugin?.identifier ?? m.plugin?.apiName ?? undefined;
    const callId = m.tool_call_id ?? `call_${m.id}`;
    const result: SourceMessage = {
      ...base,
      sourceId: m.id,
      parentSourceId: parent,
      item: { role: 'tool', content, tool_call_id: callId, ...(name ? { name } : {}) },
    };
    if (m.role === 'tool' || !m.plugin) return [result];
    const call: SourceMessage = {
      ...base,
      sourceId: `${m.id}#call`,
      parentSourceId: parent,
      item: {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: callId,
            type: 'function',
            function: {
              name: (m.plugin.apiName ?? name ?? 'plugin').replace(/[^\w-]/g, '_'),
              arguments: m.plugin.arguments ?? '{}',
            },
          },
        ],
      },
    };
    return [call, { ...result, parentSourceId: call.sourceId }];
  }
  const role = m.role === 'user' || m.role === 'system' ? m.role : 'assistant';
  return [{ ...base, sourceId: m.id, parentSourceId: parent, item: { role, content } }];
}

function chain(messages: LobeMessage[]): { list: SourceMessage[]; repaired: number } {
  const ids = new Set(messages.map((m) => m.id));
  const ordered = [...messages].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  const list: SourceMessage[] = [];
  let repaired = 0;
  let previous: string | null = null;
  for (const m of ordered) {
    let parent: string | null = previous;
    if (m.parentId && ids.has(m.parentId)) parent = m.parentId;
    else if (m.parentId) repaired++;
    const rows = toSource(m, parent);
    list.push(...rows);
    previous = m.id;
  }
  return { list, repaired };
}

function settingsOf(session: LobeSession | undefined) {
  const config = session?.config;
  const params: SessionParams = {};
  if (typeof config?.params?.temperature === 'number')
    params.temperature = config.params.temperature;
  if (typeof config?.params?.max_tokens === 'number') params.maxTokens = config.params.max_tokens;
  return { model: config?.model ?? '', systemPrompt: config?.systemRole ?? '', params };
}

export function convertLobechat(
  state: z.infer<typeof lobeStateSchema>,
  fileTime: number,
): ConvertResult {
  const result = emptyResult();
  const sessions = new Map(state.sessions.map((s) => [s.id, s]));
  const topics = new Map(state.topics.map((t) => [t.id, t]));
  const groups = new Map<string, LobeMessage[]>();
  const broken = new Map<string, string>();
  state.messages.forEach((raw, i) => {
    const key = groupKey(raw);
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) {
      if (!broken.has(key)) broken.set(key, formatIssues(parsed.error, `state.messages[${i}]`));
      return;
    }
    const list = groups.get(key);
    if (list) list.push(parsed.data);
    else groups.set(key, [parsed.data]);
  });
  for (const key of new Set([...groups.keys(), ...broken.keys()])) {
    const topic = topics.get(key);
    const messages = groups.get(key) ?? [];
    const sessionId = topic?.sessionId ?? messages[0]?.sessionId ?? key.replace(/^session:/, '');
    const session = sessions.get(sessionId);
    const title =
      topic?.title ?? session?.meta?.title ?? (sessionId === 'inbox' ? 'Inbox' : undefined);
    const where = describeWhere(
      topic ? `topic ${key}` : `session ${sessionId}`,
      title ?? undefined,
    );
    const reason = broken.get(key);
    if (reason) {
      result.rejected.push({ where, reason });
      continue;
    }
    const { list, repaired } = chain(messages);
    if (repaired > 0) {
      result.repairs.push(
        `${where}: ${repaired} message(s) whose parent is missing were attached to the message before them.`,
      );
    }
    result.candidates.push(
      buildCandidate(
        {
          sourceId: topic ? key : sessionId,
          title: title ?? undefined,
          ...settingsOf(session),
          messages: list,
        },
        where,
        fileTime,
        () => messages,
      ),
    );
  }
  return result;
}
