// ChatGPT message content as readable text. Besides plain text, exports hold code, tool
// output, web quotes and browsing results; each is kept as text (in code fences or quotes where
// that reads best) rather than dropped. Images and recordings become placeholders; a voice
// message is its transcript. Reasoning is read apart, to be kept with the reply it led to.
import { fence } from '../markdown-fence';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Names an image from its asset pointer, where the export tells the name. */
export type NameAsset = (pointer: string) => string | undefined;

const VOICE = '[voice message]';
const RECORDING_TYPES = new Set([
  'audio_asset_pointer',
  'real_time_user_audio_video_asset_pointer',
]);

function partText(part: unknown, nameAsset: NameAsset): string {
  if (typeof part === 'string') return part;
  if (!isObject(part)) return '';
  const type = str(part.content_type) || 'attachment';
  if (RECORDING_TYPES.has(type)) return VOICE;
  if (typeof part.text === 'string') return part.text;
  if (type === 'image_asset_pointer') {
    const name = nameAsset(str(part.asset_pointer));
    return name ? `[image: ${name}]` : '[image]';
  }
  return `[${type}]`;
}

function joinParts(parts: unknown, nameAsset: NameAsset): string {
  if (!Array.isArray(parts)) return '';
  // The recording stands in for a voice message only when it has no transcript.
  const transcribed = parts.some(
    (part) =>
      isObject(part) && part.content_type === 'audio_transcription' && str(part.text).trim(),
  );
  let voiced = transcribed;
  return parts
    .map((part) => partText(part, nameAsset))
    .filter((text) => {
      if (text !== VOICE) return text !== '';
      if (voiced) return false;
      voiced = true;
      return true;
    })
    .join('\n\n');
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function fallbackText(content: Json, type: string, nameAsset: NameAsset): string {
  for (const key of ['text', 'result', 'content', 'summary']) {
    const value = content[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  const parts = joinParts(content.parts, nameAsset);
  return parts || `[${type}]`;
}

const noNames: NameAsset = () => undefined;

/** The text a reader should see for one ChatGPT `content` object. */
export function chatgptContentText(content: unknown, nameAsset: NameAsset = noNames): string {
  if (!isObject(content)) return '';
  const type = str(content.content_type);
  switch (type) {
    case 'text':
    case 'multimodal_text':
      return joinParts(content.parts, nameAsset);
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
    default:
      return fallbackText(content, type || 'content', nameAsset);
  }
}

const REASONING_TYPES = new Set(['thoughts', 'reasoning_recap']);

/** Reasoning is a node of its own in ChatGPT's tree, not a message anyone sent. */
export function isReasoningContent(content: unknown): boolean {
  return isObject(content) && REASONING_TYPES.has(str(content.content_type));
}

/**
 * The reasoning a `thoughts` or `reasoning_recap` node holds, and how long it took where the
 * node says: in its metadata (`finished_duration_sec`) or as a recap ("Thought for 4 seconds"),
 * which then is no reasoning of its own.
 */
export function chatgptReasoning(
  content: unknown,
  metadata: unknown,
): { text: string; seconds?: number } {
  const duration = isObject(metadata) ? metadata.finished_duration_sec : undefined;
  const recap = isObject(content) ? recapSeconds(content) : undefined;
  const seconds = typeof duration === 'number' && duration >= 0 ? Math.round(duration) : recap;
  const text = recap === undefined ? reasoningText(content) : '';
  return seconds === undefined ? { text } : { text, seconds };
}

/** The seconds a recap like "Thought for 1m 5s" or "Reasoned for 4 seconds" names. */
function recapSeconds(content: Record<string, unknown>): number | undefined {
  if (content.content_type !== 'reasoning_recap') return undefined;
  const recap =
    /^\s*(?:thought|reasoned) for\s+(?:(\d+)\s*m(?:in(?:ute)?s?)?\s*)?(?:(\d+)\s*s(?:ec(?:ond)?s?)?)?\s*$/i.exec(
      str(content.content),
    );
  if (!recap || (recap[1] === undefined && recap[2] === undefined)) return undefined;
  return Number(recap[1] ?? 0) * 60 + Number(recap[2] ?? 0);
}

function reasoningText(content: unknown): string {
  if (!isObject(content)) return '';
  if (content.content_type === 'reasoning_recap') return str(content.content);
  if (!Array.isArray(content.thoughts)) return '';
  return content.thoughts
    .map((t) => (isObject(t) ? [str(t.summary), str(t.content)].filter(Boolean).join('\n') : ''))
    .filter(Boolean)
    .join('\n\n');
}

/** The raw text of a code or text message, for use as a tool call's arguments. */
export function chatgptRawText(content: unknown): string {
  if (!isObject(content)) return '';
  if (typeof content.text === 'string') return content.text;
  return joinParts(content.parts, noNames);
}
