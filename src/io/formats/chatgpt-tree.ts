// Walks one ChatGPT conversation tree into source messages. Children come from each node's
// `parent` alone: the split layout of newer exports has no `children`, and its
// `metadata.parent_id` may name nodes the export dropped. Hidden and system-internal nodes are
// skipped by re-parenting their children. Reasoning nodes are not messages: their text goes
// with the reply they led to. A message the assistant sent to a tool becomes a tool call, and
// the tool's answer a tool message linked to it, so the history stays valid to send to a model.
import { z } from 'zod';
import type { ChatItem, MessageStatus } from '../../db/types';
import { assetName, attachmentNames, type AssetNames } from './chatgpt-assets';
import {
  chatgptContentText,
  chatgptRawText,
  chatgptReasoning,
  isReasoningContent,
} from './chatgpt-content';
import { toMillis, type SourceMessage } from './source-tree';

export const chatgptMessageSchema = z.looseObject({
  author: z.looseObject({ role: z.string(), name: z.string().nullish() }),
  create_time: z.number().nullish(),
  content: z.looseObject({ content_type: z.string() }).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  recipient: z.string().nullish(),
  status: z.string().nullish(),
});

export const chatgptNodeSchema = z.looseObject({
  message: chatgptMessageSchema.nullish(),
  parent: z.string().nullish(),
});

type ChatgptMessage = z.infer<typeof chatgptMessageSchema>;
export type ChatgptMapping = ReadonlyMap<string, z.infer<typeof chatgptNodeSchema>>;

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
  /** Reasoning seen on the path since the last reply, waiting for the reply it led to. */
  reasoning: readonly string[];
  /** How long that reasoning took, where a node said. */
  reasoningSeconds?: number | undefined;
}

function toItem(
  nodeId: string,
  message: ChatgptMessage,
  openCall: string | undefined,
  text: string,
): ChatItem {
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
  if (role === 'tool') {
    const item: ChatItem = { role: 'tool', content: text };
    if (openCall) item.tool_call_id = openCall;
    if (name) item.name = name;
    return item;
  }
  if (role === 'user' || role === 'system') return { role, content: text };
  return { role: 'assistant', content: text };
}

function statusOf(message: ChatgptMessage): MessageStatus {
  return message.status === 'in_progress' ? 'interrupted' : 'done';
}

export function walkTree(
  mapping: ChatgptMapping,
  assets: AssetNames,
  repairs: string[],
  where: string,
) {
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const [id, node] of mapping) {
    const parent = node.parent ?? null;
    if (parent !== null && mapping.has(parent)) {
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
  const start = (nodeId: string): Walk => ({
    nodeId,
    keptParent: null,
    openCall: undefined,
    reasoning: [],
  });
  const stack: Walk[] = roots.reverse().map(start);
  const visit = () => {
    for (let step = stack.pop(); step; step = stack.pop()) {
      const { nodeId, keptParent } = step;
      if (shownAs.has(nodeId)) continue;
      let { openCall, reasoning, reasoningSeconds } = step;
      let kept = keptParent;
      const message = mapping.get(nodeId)?.message;
      if (message && isReasoningContent(message.content)) {
        const thought = chatgptReasoning(message.content, message.metadata);
        if (thought.text.trim()) reasoning = [...reasoning, thought.text];
        if (thought.seconds !== undefined) reasoningSeconds = thought.seconds;
      } else if (message) {
        const uploads = attachmentNames(message.metadata);
        const text = chatgptContentText(message.content, (pointer) =>
          assetName(pointer, assets, uploads),
        );
        if (!isHidden(message, text)) {
          const item = toItem(nodeId, message, openCall, text);
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
          // Reasoning belongs to the reply it led to; tool steps in between keep it waiting.
          if (item.role === 'assistant' && !item.tool_calls && reasoning.length > 0) {
            entry.reasoning = reasoning.join('\n\n');
            if (reasoningSeconds !== undefined) entry.reasoningSeconds = reasoningSeconds;
            reasoning = [];
            reasoningSeconds = undefined;
          } else if (item.role === 'user') {
            reasoning = [];
            reasoningSeconds = undefined;
          }
          messages.push(entry);
          kept = nodeId;
        }
      }
      shownAs.set(nodeId, kept);
      for (const child of (children.get(nodeId) ?? []).toReversed()) {
        stack.push({ nodeId: child, keptParent: kept, openCall, reasoning, reasoningSeconds });
      }
    }
  };
  visit();
  // Nodes in a parent loop are never reached from a root: start a branch at the first of them.
  for (const id of mapping.keys()) {
    if (shownAs.has(id)) continue;
    repairs.push(`${where}: node ${id} was in a loop of parents; it starts a branch at the root.`);
    stack.push(start(id));
    visit();
  }
  return { messages, shownAs };
}
