// The readable text of a message's content, whether a string or an array of parts.
import type { MessageContent } from './types';

export function contentText(content: MessageContent): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  return content
    .map((part) => {
      if (typeof part.text === 'string') return part.text;
      if (typeof part.refusal === 'string') return part.refusal;
      return `[${part.type}]`;
    })
    .join('\n\n');
}
