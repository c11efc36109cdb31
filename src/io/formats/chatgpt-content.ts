// ChatGPT message content as readable text. Besides plain text, exports hold code, tool
// output, web quotes, browsing results and reasoning; each is kept as text (in code fences or
// quotes where that reads best) rather than dropped.

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function fence(text: string, language = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language === 'unknown' ? '' : language}\n${text}\n${ticks}`;
}

function partText(part: unknown): string {
  if (typeof part === 'string') return part;
  if (!isObject(part)) return '';
  if (typeof part.text === 'string') return part.text;
  const type = str(part.content_type) || 'attachment';
  if (type === 'image_asset_pointer') return '[image]';
  if (type === 'audio_transcription') return str(part.text);
  return `[${type}]`;
}

function joinParts(parts: unknown): string {
  if (!Array.isArray(parts)) return '';
  return parts
    .map(partText)
    .filter((text) => text !== '')
    .join('\n\n');
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function fallbackText(content: Json, type: string): string {
  for (const key of ['text', 'result', 'content', 'summary']) {
    const value = content[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  const parts = joinParts(content.parts);
  return parts || `[${type}]`;
}

/** The text a reader should see for one ChatGPT `content` object. */
export function chatgptContentText(content: unknown): string {
  if (!isObject(content)) return '';
  const type = str(content.content_type);
  switch (type) {
    case 'text':
    case 'multimodal_text':
      return joinParts(content.parts);
    case 'code':
      return fence(str(content.text), str(content.language));
    case 'execution_output':
      return fence(str(content.text));
    case 'system_error':
      return `Error${content.name ? ` (${str(content.name)})` : ''}: ${str(content.text)}`;
    case 'tether_quote': {
      const source = [str(content.title), str(content.url)].filter(Boolean).join(' — ');
      return `${quote(str(content.text))}${source ? `\n\nSource: ${source}` : ''}`;
    }
    case 'tether_browsing_display':
      return [str(content.result), str(content.summary)].filter(Boolean).join('\n\n');
    case 'thoughts':
      return Array.isArray(content.thoughts)
        ? content.thoughts
            .map((t) =>
              isObject(t) ? [str(t.summary), str(t.content)].filter(Boolean).join('\n') : '',
            )
            .filter(Boolean)
            .join('\n\n')
        : '';
    case 'reasoning_recap':
      return str(content.content);
    default:
      return fallbackText(content, type || 'content');
  }
}

/** The raw text of a code or text message, for use as a tool call's arguments. */
export function chatgptRawText(content: unknown): string {
  if (!isObject(content)) return '';
  if (typeof content.text === 'string') return content.text;
  return joinParts(content.parts);
}
