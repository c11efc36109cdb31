// ChatGPT's data export (conversations.json, or each file of the newer split layout): an
// array of conversations, each a tree in `mapping` with `current_node` as the shown leaf.
// Every branch is kept; hidden and system-internal nodes are skipped by re-parenting their
// children; a message the assistant sent to a tool becomes a tool call, and the tool's answer
// a tool message linked to it, so the history stays valid to send to a model.
import { z } from 'zod';
import type { ChatItem, MessageStatus } from '../../db/types';
import { describeWhere, emptyResult, type ConvertResult } from '../candidate';
import { formatIssues } from '../issue-path';
import { chatgptContentText, chatgptRawText } from './chatgpt-content';
import { buildCandidate, toMillis, type SourceMessage } from './source-tree';

const messageSchema = z.looseObject({
  author: z.looseObject({ role: z.string(), name: z.string().nullish() }),
  create_time: z.number().nullish(),
  content: z.looseObject({ content_type: z.string() }).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  recipient: z.string().nullish(),
  status: z.string().nullish(),
});

const nodeSchema = z.looseObject({
  message: messageSchema.nullish(),
  parent: z.string().nullish(),
});

const conversationSchema = z.looseObject({
  id: z.string().nullish(),
  conversation_id: z.string().nullish(),
  title: z.string().nullish(),
  create_time: z.number().nullish(),
  update_time: z.number().nullish(),
  mapping: z.record(z.string(), nodeSchema),
  current_node: z.string().nullish(),
});

type Conversation = z.infer<typeof conversationSchema>;
type ChatgptMessage = z.infer<typeof messageSchema>;

const HIDDEN_TYPES = new Set(['user_editable_context', 'model_editable_context']);

function isHidden(message: ChatgptMessage, text: string): boolean {
  const meta = message.metadata ?? {};
  if (meta.is_visually_hidden_from_conversation === true) return true;
  if (meta.is_user_system_message === true) return true;
  if (HIDDEN_TYPES.has(message.content?.content_type ?? '')) return true;
  return message.author.role === 'system' && !text.trim();
}

function functionName(recipient: string): string {
  return recipient.replace(/[^\w-]/g, '_').slice(0, 64) || 'tool';
}

interface Walk {
  nodeId: string;
  /** The nearest kept ancestor's id, or null at the root. */
  keptParent: string | null;
  /** The tool call a following tool message answers, if the path has one open. */
  openCall: string | undefined;
}

function toItem(nodeId: string, message: ChatgptMessage, openCall: string | undefined): ChatItem {
  const { role, name } = message.author;
  const recipient = message.recipient ?? 'all';
  if (role === 'assistant' && recipient !== 'all') {
    const call = { name: functionName(recipient), arguments: chatgptRawText(message.content) };
    return {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: `call_${nodeId}`, type: 'function', function: call }],
    };
  }
  const content = chatgptContentText(message.content);
  if (role === 'tool') {
    const item: ChatItem = { role: 'tool', content };
    if (openCall) item.tool_call_id = openCall;
    if (name) item.name = name;
    return item;
  }
  if (role === 'user' || role === 'system') return { role, content };
  return { role: 'assistant', content };
}

function statusOf(message: ChatgptMessage): MessageStatus {
  return message.status === 'in_progress' ? 'interrupted' : 'done';
}

function walkTree(conversation: Conversation, repairs: string[], where: string) {
  const { mapping } = conversation;
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const [id, node] of Object.entries(mapping)) {
    const parent = node.parent ?? null;
    if (parent !== null && parent in mapping) {
      const list = children.get(parent);
      if (list) list.push(id);
      else children.set(parent, [id]);
    } else {
      roots.push(id);
      if (parent !== null)
        repairs.push(`${where}: node ${id}'s parent is missing; it starts a branch at the root.`);
    }
  }
  const messages: SourceMessage[] = [];
  const shownAs = new Map<string, string | null>();
  const stack: Walk[] = roots
    .reverse()
    .map((nodeId) => ({ nodeId, keptParent: null, openCall: undefined }));
  const visit = () => {
    for (let step = stack.pop(); step; step = stack.pop()) {
      const { nodeId, keptParent } = step;
      if (shownAs.has(nodeId)) continue;
      let { openCall } = step;
      let kept = keptParent;
      const message = mapping[nodeId]?.message;
      const text = message ? chatgptContentText(message.content) : '';
      if (message && !isHidden(message, text)) {
        const item = toItem(nodeId, message, openCall);
        // Tool answers follow their call; any other message closes the exchange.
        if (item.tool_calls?.[0]) openCall = item.tool_calls[0].id;
        else if (item.role !== 'tool') openCall = undefined;
        const entry: SourceMessage = {
          sourceId: nodeId,
          parentSourceId: keptParent,
          item,
          status: statusOf(message),
        };
        const createdAt = toMillis(message.create_time);
        if (createdAt !== undefined) entry.createdAt = createdAt;
        const model = message.metadata?.model_slug;
        if (typeof model === 'string') entry.model = model;
        messages.push(entry);
        kept = nodeId;
      }
      shownAs.set(nodeId, kept);
      for (const child of (children.get(nodeId) ?? []).toReversed()) {
        stack.push({ nodeId: child, keptParent: kept, openCall });
      }
    }
  };
  visit();
  // Nodes in a parent loop are never reached from a root: start a branch at the first of them.
  for (const id of Object.keys(mapping)) {
    if (shownAs.has(id)) continue;
    repairs.push(`${where}: node ${id} was in a loop of parents; it starts a branch at the root.`);
    stack.push({ nodeId: id, keptParent: null, openCall: undefined });
    visit();
  }
  return { messages, shownAs };
}

function convertConversation(
  conversation: Conversation,
  where: string,
  repairs: string[],
  fileTime: number,
) {
  const { messages, shownAs } = walkTree(conversation, repairs, where);
  const current = conversation.current_node;
  const active = current ? shownAs.get(current) : undefined;
  if (current && !shownAs.has(current))
    repairs.push(
      `${where}: current_node ${current} is not in the tree; the newest branch is shown.`,
    );
  return buildCandidate(
    {
      sourceId: conversation.conversation_id ?? conversation.id ?? undefined,
      title: conversation.title ?? undefined,
      // ChatGPT's model slugs ("text-davinci-002-render-sha", "gpt-4-browsing") are names inside
      // its web app, not API models; the chat uses the default model and each reply keeps its own.
      model: '',
      createdAt: toMillis(conversation.create_time),
      updatedAt: toMillis(conversation.update_time),
      activeSourceId: active ?? null,
      messages,
    },
    where,
    fileTime,
    () => conversation,
  );
}

/** `data` is one conversation or an array of them. */
export function convertChatgpt(data: unknown, fileTime: number): ConvertResult {
  const result = emptyResult();
  const list: unknown[] = Array.isArray(data) ? data : [data];
  list.forEach((raw, i) => {
    const path = Array.isArray(data) ? `conversations[${i}]` : 'conversation';
    const title =
      typeof raw === 'object' && raw && 'title' in raw && typeof raw.title === 'string'
        ? raw.title
        : undefined;
    const where = describeWhere(path, title);
    if (typeof raw !== 'object' || raw === null || !('mapping' in raw) || raw.mapping == null) {
      result.rejected.push({
        where,
        reason: `${path}: has no message tree (mapping); the export may be damaged here`,
      });
      return;
    }
    const parsed = conversationSchema.safeParse(raw);
    if (!parsed.success) {
      result.rejected.push({ where, reason: formatIssues(parsed.error, path) });
      return;
    }
    result.candidates.push(convertConversation(parsed.data, where, result.repairs, fileTime));
  });
  return result;
}
