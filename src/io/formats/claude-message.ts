// One Claude.ai message as Arbor rows. A 2025 message's `content` blocks are read one by one:
// `text` blocks are the answer, `thinking` blocks its reasoning, and `tool_use`/`tool_result`
// become a tool call and its answer, so the history stays valid to send to a model. The
// top-level `text` is used only when there are no blocks: in 2025 files it glues the reasoning
// and the answer together with no separator. The last row keeps the message's uuid, so the
// messages that answer it stay linked to it.
import { z } from 'zod';
import type { ChatItem, ToolCall } from '../../db/types';
import { fence } from '../markdown-fence';
import { toMillis, type SourceMessage } from './source-tree';

const attachmentSchema = z.looseObject({
  file_name: z.string().nullish(),
  extracted_content: z.string().nullish(),
});

const fileSchema = z.looseObject({
  file_name: z.string().nullish(),
  file_kind: z.string().nullish(),
});

export const claudeMessageSchema = z.looseObject({
  uuid: z.string().min(1),
  sender: z.enum(['human', 'assistant']),
  text: z.string().nullish(),
  content: z.array(z.looseObject({ type: z.string() })).nullish(),
  created_at: z.string().nullish(),
  parent_message_uuid: z.string().nullish(),
  attachments: z.array(attachmentSchema).nullish(),
  files: z.array(fileSchema).nullish(),
  files_v2: z.array(fileSchema).nullish(),
});

export type ClaudeMessage = z.infer<typeof claudeMessageSchema>;

const textBlock = z.looseObject({ type: z.literal('text'), text: z.string() });
const thinkingBlock = z.looseObject({
  type: z.literal('thinking'),
  thinking: z.string(),
  start_timestamp: z.string().nullish(),
  stop_timestamp: z.string().nullish(),
});
const toolUseBlock = z.looseObject({
  type: z.literal('tool_use'),
  id: z.string().nullish(),
  name: z.string().nullish(),
  input: z.unknown(),
});
const toolResultBlock = z.looseObject({
  type: z.literal('tool_result'),
  tool_use_id: z.string().nullish(),
  name: z.string().nullish(),
  content: z.unknown(),
  is_error: z.boolean().nullish(),
});
const resultPartSchema = z.looseObject({
  text: z.string().nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
});

type Block =
  | { kind: 'text'; text: string }
  | { kind: 'thinking'; text: string; seconds?: number }
  | { kind: 'call'; id?: string; name: string; input: unknown }
  | { kind: 'result'; callId?: string; name?: string; text: string }
  | { kind: 'other' };

/** A tool result's text: a string, or text parts (web results carry a title and address). */
function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((raw) => {
      const part = resultPartSchema.safeParse(raw);
      if (!part.success) return '';
      const source = [part.data.title, part.data.url].filter(Boolean).join(' — ');
      return [source, part.data.text].filter(Boolean).join('\n');
    })
    .filter(Boolean)
    .join('\n\n');
}

/** Whole seconds from one ISO time to another, when both are there and in order. */
function secondsBetween(
  start: string | null | undefined,
  stop: string | null | undefined,
): number | undefined {
  const ms = Date.parse(stop ?? '') - Date.parse(start ?? '');
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 1000) : undefined;
}

function readBlock(raw: unknown): Block {
  const text = textBlock.safeParse(raw);
  if (text.success) return { kind: 'text', text: text.data.text };
  const thinking = thinkingBlock.safeParse(raw);
  if (thinking.success) {
    const { thinking: text, start_timestamp, stop_timestamp } = thinking.data;
    const seconds = secondsBetween(start_timestamp, stop_timestamp);
    return seconds === undefined ? { kind: 'thinking', text } : { kind: 'thinking', text, seconds };
  }
  const call = toolUseBlock.safeParse(raw);
  if (call.success) {
    const { id, name, input } = call.data;
    return { kind: 'call', id: id ?? undefined, name: name ?? 'tool', input: input ?? {} };
  }
  const result = toolResultBlock.safeParse(raw);
  if (result.success) {
    const { tool_use_id, name, content, is_error } = result.data;
    const body = resultText(content);
    return {
      kind: 'result',
      callId: tool_use_id ?? undefined,
      name: name ?? undefined,
      text: is_error ? `Error: ${body}` : body,
    };
  }
  return { kind: 'other' };
}

function functionName(name: string): string {
  return name.replace(/[^\w-]/g, '_').slice(0, 64) || 'tool';
}

/** Claude.ai starts each 2024 answer with a space that is not part of it. */
function withoutLeadingSpace(text: string): string {
  return text.startsWith(' ') ? text.slice(1) : text;
}

/** What the user attached: files read as text are shown; other files leave a placeholder. */
function attachedText(m: ClaudeMessage, typed: string): string {
  const attachments = (m.attachments ?? []).filter((a) => a.extracted_content);
  // An empty message whose whole prompt is an attachment's text: that text is the message.
  if (!typed.trim() && attachments.length > 0) {
    return attachments.map((a) => a.extracted_content ?? '').join('\n\n');
  }
  const shown = attachments.map(
    (a) => `Attached ${a.file_name ?? 'file'}:\n\n${fence(a.extracted_content ?? '')}`,
  );
  const files = [...(m.files_v2 ?? m.files ?? [])].map(
    (f) => `[${f.file_kind === 'image' ? 'image' : 'file'}: ${f.file_name ?? 'unnamed'}]`,
  );
  return [typed, ...shown, ...files].filter((part) => part.trim() !== '').join('\n\n');
}

interface Step {
  item: ChatItem;
  reasoning?: string;
  reasoningSeconds?: number;
}

/** An assistant message's blocks as a reply, split around each tool call and its answer. */
function replySteps(blocks: readonly Block[], callPrefix: string): Step[] {
  const steps: Step[] = [];
  let text: string[] = [];
  const reasoning: string[] = [];
  let reasoningSeconds: number | undefined;
  let calls: ToolCall[] = [];
  let open: ToolCall[] = [];
  const flushCalls = () => {
    if (calls.length === 0) return;
    steps.push({
      item: { role: 'assistant', content: text.join('\n\n') || null, tool_calls: calls },
    });
    text = [];
    calls = [];
  };
  const answer = (call: ToolCall, content: string, name?: string) => {
    steps.push({
      item: { role: 'tool', content, tool_call_id: call.id, name: name ?? call.function.name },
    });
    open = open.filter((c) => c !== call);
  };
  // A call the file has no answer for still gets one, or the history could not be sent again.
  const closeOpen = () => {
    flushCalls();
    for (const call of [...open]) answer(call, '(no result was recorded)');
  };
  for (const block of blocks) {
    if (block.kind === 'text') {
      closeOpen();
      text.push(block.text);
    } else if (block.kind === 'thinking') {
      reasoning.push(block.text);
      if (block.seconds !== undefined) reasoningSeconds = (reasoningSeconds ?? 0) + block.seconds;
    } else if (block.kind === 'call') {
      const call: ToolCall = {
        id: block.id ?? `${callPrefix}${steps.length}_${calls.length}`,
        type: 'function',
        function: { name: functionName(block.name), arguments: JSON.stringify(block.input) },
      };
      calls.push(call);
      open.push(call);
    } else if (block.kind === 'result') {
      flushCalls();
      const call = open.find((c) => c.id === block.callId) ?? open[0];
      if (call) answer(call, block.text, block.name);
      else steps.push({ item: { role: 'tool', content: block.text } });
    }
  }
  closeOpen();
  const finalText = text.join('\n\n');
  const thought = reasoning.filter((r) => r.trim()).join('\n\n');
  if (finalText || thought || steps.length === 0) {
    steps.push({
      item: { role: 'assistant', content: finalText },
      reasoning: thought,
      ...(thought && reasoningSeconds !== undefined ? { reasoningSeconds } : {}),
    });
  }
  return steps;
}

/** The message's rows, parents first; the last one has the message's uuid as its id. */
export function claudeRows(
  m: ClaudeMessage,
  parentSourceId: string | null,
  model?: string,
): SourceMessage[] {
  const blocks = (m.content ?? []).map(readBlock);
  const fromBlocks = blocks.some((b) => b.kind !== 'other');
  let steps: Step[];
  if (m.sender === 'human') {
    const typed = fromBlocks
      ? blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join('\n\n')
      : (m.text ?? '');
    steps = [{ item: { role: 'user', content: attachedText(m, typed) } }];
  } else {
    steps = fromBlocks
      ? replySteps(blocks, `call_${m.uuid}_`)
      : [{ item: { role: 'assistant', content: withoutLeadingSpace(m.text ?? '') } }];
  }
  const createdAt = toMillis(m.created_at);
  let parent = parentSourceId;
  return steps.map((step, i): SourceMessage => {
    const sourceId = i === steps.length - 1 ? m.uuid : `${m.uuid}#${i + 1}`;
    const row: SourceMessage = { sourceId, parentSourceId: parent, item: step.item };
    if (createdAt !== undefined) row.createdAt = createdAt;
    if (step.reasoning) row.reasoning = step.reasoning;
    if (step.reasoningSeconds !== undefined) row.reasoningSeconds = step.reasoningSeconds;
    if (model && step.item.role === 'assistant') row.model = model;
    parent = sourceId;
    return row;
  });
}
