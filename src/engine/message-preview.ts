// The start of a message as the context inspector lists it: its text on one line, or the tools
// it calls.
import { contentText } from '../db/content-text';
import type { MessageRow } from '../db/types';

const PREVIEW_LENGTH = 120;

export function previewOf(row: Pick<MessageRow, 'content' | 'tool_calls'>): string {
  const calls = row.tool_calls?.map((c) => `${c.function.name}(…)`).join(', ');
  const text = startOf(contentText(row.content)) || (calls ? `Calls ${calls}` : '');
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
}

/**
 * The text with its runs of white space made single spaces, as far as a preview needs it: one
 * message can be megabytes.
 */
export function startOf(text: string): string {
  for (let end = PREVIEW_LENGTH * 2; ; end *= 4) {
    const start = text.slice(0, end).replace(/\s+/g, ' ').trim();
    if (start.length > PREVIEW_LENGTH || end >= text.length) return start;
  }
}
