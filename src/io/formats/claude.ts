// Claude.ai's data export (conversations.json): an array of conversations, each with its
// `chat_messages`. Files from 2025 link each message to the one it answers
// (`parent_message_uuid`), so edits and regenerations come back as branches. Older files have
// no links and a list that is neither a tree nor in time order (a question and its answer often
// share a timestamp), so its messages are chained in the order listed and the import says so.
import { z } from 'zod';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import { formatIssues } from '../issue-path';
import { claudeMessageSchema, claudeRows, type ClaudeMessage } from './claude-message';
import { buildCandidate, toMillis, type SourceMessage } from './source-tree';

/** The parent Claude.ai gives a conversation's first message. */
const ROOT_PARENT = '00000000-0000-4000-8000-000000000000';

const conversationSchema = z.looseObject({
  uuid: z.string().nullish(),
  name: z.string().nullish(),
  model: z.string().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  current_leaf_message_uuid: z.string().nullish(),
  chat_messages: z.array(z.unknown()),
});

type Conversation = z.infer<typeof conversationSchema>;

export function isClaudeConversation(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'chat_messages' in value &&
    Array.isArray(value.chat_messages)
  );
}

function parseMessages(raw: readonly unknown[], path: string): ClaudeMessage[] | string {
  const out: ClaudeMessage[] = [];
  for (const [i, message] of raw.entries()) {
    const parsed = claudeMessageSchema.safeParse(message);
    if (!parsed.success) return formatIssues(parsed.error, `${path}.chat_messages[${i}]`);
    out.push(parsed.data);
  }
  return out;
}

/** The leaf with the latest time; ties go to the one listed last. */
function newestListedLeaf(messages: readonly ClaudeMessage[], linked: Set<string>) {
  let best: ClaudeMessage | undefined;
  for (const m of messages) {
    if (linked.has(m.uuid)) continue;
    const time = toMillis(m.created_at) ?? -Infinity;
    if (!best || time >= (toMillis(best.created_at) ?? -Infinity)) best = m;
  }
  return best?.uuid;
}

function convertConversation(c: Conversation, messages: ClaudeMessage[]) {
  const ids = new Set(messages.map((m) => m.uuid));
  const linked = messages.some((m) => m.parent_message_uuid);
  const rows: SourceMessage[] = [];
  const parents = new Set<string>();
  let previous: string | null = null;
  for (const m of messages) {
    const link = m.parent_message_uuid;
    // Without links, or for a message that has none, the one listed before it is the parent.
    let parent: string | null = previous;
    // A link to a message not in the file is left for the repair step to attach to the root.
    if (linked && link) parent = link === ROOT_PARENT ? null : link;
    if (parent !== null) parents.add(parent);
    rows.push(...claudeRows(m, parent, c.model ?? undefined));
    previous = m.uuid;
  }
  const wanted = c.current_leaf_message_uuid;
  const active = wanted && ids.has(wanted) ? wanted : newestListedLeaf(messages, parents);
  return { rows, active, linked };
}

/** `data` is one conversation or an array of them. */
export function convertClaude(data: unknown, fileTime: number): ConvertResult {
  const result = emptyResult();
  const list: unknown[] = Array.isArray(data) ? data : [data];
  list.forEach((raw, i) => {
    const path = Array.isArray(data) ? `conversations[${i}]` : 'conversation';
    const name = typeof raw === 'object' && raw && 'name' in raw ? raw.name : undefined;
    const where = describeWhere(path, typeof name === 'string' && name ? name : undefined);
    const parsed = conversationSchema.safeParse(raw);
    if (!parsed.success) {
      result.rejected.push({ where, reason: formatIssues(parsed.error, path) });
      return;
    }
    const c = parsed.data;
    if (c.chat_messages.length === 0) {
      result.repairs.push(`${where}: has no messages, so it was skipped.`);
      return;
    }
    const messages = parseMessages(c.chat_messages, path);
    if (typeof messages === 'string') {
      result.rejected.push({ where, reason: messages });
      return;
    }
    const { rows, active, linked } = convertConversation(c, messages);
    if (!linked && messages.length > 1) {
      result.repairs.push(
        `${where}: the file doesn't say which message answers which, so they were put in the order listed (edits and regenerations appear in line).`,
      );
    }
    result.candidates.push(
      buildCandidate(
        {
          sourceId: c.uuid ?? undefined,
          title: c.name ?? undefined,
          // Claude's model names are Anthropic's; the chat uses the default model and each reply keeps its own.
          model: '',
          createdAt: toMillis(c.created_at),
          updatedAt: toMillis(c.updated_at),
          activeSourceId: active ?? null,
          messages: rows,
        },
        where,
        fileTime,
        () => raw,
      ),
    );
  });
  return result;
}
