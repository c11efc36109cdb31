// What a message shows, as a list of parts of known kinds. Each kind has one renderer, chosen
// in message-part-view.tsx; adding a kind here makes that switch fail to compile until the
// kind has its renderer.
import type { ContentPart, MessageRow, ToolCall } from '../../../db/types';
import { markdownBlocks } from '../markdown-blocks';

export type MessagePart =
  /** Markdown from a model, or plain text typed by the user. */
  | { kind: 'text'; text: string; markdown: boolean; streaming: boolean }
  /** A finished fenced code block standing on its own in a reply. */
  | { kind: 'code'; code: string; language: string }
  | { kind: 'image'; url: string }
  | { kind: 'tool-call'; call: ToolCall; messageId: string }
  | { kind: 'tool-result'; text: string }
  /** How the model reasoned before it answered: shown collapsed, never sent back to it. */
  | { kind: 'reasoning'; text: string; thinking: boolean; seconds?: number }
  /** A reply asked for as JSON; `problem` says how it isn't the JSON asked for. */
  | { kind: 'json-reply'; text: string; problem?: string }
  /** Content Arbor has no renderer of its own for, shown as it was stored. */
  | { kind: 'json'; label: string; value: unknown };

// A fence at the start of the line stands alone; an indented one may belong to a list item, so
// it stays in the markdown. The code keeps its last line break, as markdown's own code blocks do.
const WHOLE_FENCE = /^(`{3,}|~{3,})([^\n`]*)\n((?:[^\n]*\n)*?) {0,3}\1[`~]*[ \t]*$/;

/** A block that is exactly one closed fenced code block, as a code part. */
function codePart(block: string): MessagePart | undefined {
  if (!block.startsWith('```') && !block.startsWith('~~~')) return undefined;
  const match = WHOLE_FENCE.exec(block);
  if (!match) return undefined;
  const [, fence = '', info = '', code = ''] = match;
  // Two fenced blocks with no blank line between them are two blocks, not one.
  const closesEarly = code
    .split('\n')
    .some(
      (line) => line.trim().startsWith(fence) && line.trim().replaceAll(fence[0] ?? '', '') === '',
    );
  if (closesEarly) return undefined;
  return { kind: 'code', code, language: info.trim().split(/\s+/)[0] ?? '' };
}

/** Markdown split so that code blocks standing on their own become code parts. */
function markdownParts(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.length > 0) {
      parts.push({ kind: 'text', text: prose.join('\n\n'), markdown: true, streaming: false });
    }
    prose = [];
  };
  for (const block of markdownBlocks(text)) {
    const code = codePart(block);
    if (!code) {
      prose.push(block);
      continue;
    }
    flushProse();
    parts.push(code);
  }
  flushProse();
  return parts;
}

function contentPart(part: ContentPart, markdown: boolean): MessagePart[] {
  if (part.type === 'text' && typeof part.text === 'string') {
    return markdown
      ? markdownParts(part.text)
      : [{ kind: 'text', text: part.text, markdown, streaming: false }];
  }
  if (part.type === 'refusal' && typeof part.refusal === 'string') {
    return [{ kind: 'text', text: part.refusal, markdown: false, streaming: false }];
  }
  if (part.type === 'image_url') {
    const image: unknown = part.image_url;
    if (typeof image === 'object' && image !== null && 'url' in image) {
      if (typeof image.url === 'string') return [{ kind: 'image', url: image.url }];
    }
  }
  return [{ kind: 'json', label: part.type, value: part }];
}

/**
 * The parts of `message`; `liveText` and `liveReasoning` are what a reply still streaming has
 * so far.
 */
export function messageParts(
  message: MessageRow,
  liveText: string | undefined,
  liveReasoning?: string,
): MessagePart[] {
  const markdown = message.role === 'assistant' || message.role === 'system';
  const parts: MessagePart[] = [];
  const reasoning = liveReasoning ?? message.reasoning;
  if (reasoning) {
    // Still thinking: reasoning arrives and no answer has yet.
    const thinking = liveReasoning !== undefined && !liveText;
    const { reasoningSeconds: seconds } = message;
    parts.push({
      kind: 'reasoning',
      text: reasoning,
      thinking,
      ...(seconds === undefined || thinking ? {} : { seconds }),
    });
  }
  const content = liveText ?? message.content;
  if (message.role === 'tool') {
    if (typeof content === 'string') parts.push({ kind: 'tool-result', text: content });
    else if (content) parts.push(...content.flatMap((p) => contentPart(p, false)));
  } else if (message.json && liveText === undefined && typeof content === 'string') {
    parts.push({ kind: 'json-reply', text: content, ...message.json });
  } else if (liveText !== undefined) {
    // Code blocks become parts of their own once the reply is finished, never per token.
    parts.push({ kind: 'text', text: liveText, markdown, streaming: true });
  } else if (typeof content === 'string') {
    if (content) {
      parts.push(
        ...(markdown
          ? markdownParts(content)
          : [{ kind: 'text', text: content, markdown, streaming: false } as const]),
      );
    }
  } else if (content) {
    parts.push(...content.flatMap((p) => contentPart(p, markdown)));
  }
  for (const call of message.tool_calls ?? []) {
    parts.push({ kind: 'tool-call', call, messageId: message.id });
  }
  return parts;
}
