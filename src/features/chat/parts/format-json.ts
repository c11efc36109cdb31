// JSON for reading: indented; a stored value of unknown shape also has its long strings (base64
// audio, say) cut short.
const LONGEST_STRING = 200;

export function formatJsonValue(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) =>
      typeof item === 'string' && item.length > LONGEST_STRING
        ? `${item.slice(0, LONGEST_STRING)}… (${item.length} characters)`
        : item,
    2,
  );
}

/** `text` indented, when it is a JSON object or array; undefined when it is not. */
export function formattedJson(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return undefined;
  }
}
