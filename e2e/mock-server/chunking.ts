// Owns splitting reply text into stream pieces whose concatenation is exactly the original text.

/** Splits text into words, each carrying the whitespace before it; trailing space joins the last. */
export function splitWords(text: string): string[] {
  const words = text.match(/\s*\S+/g) ?? [];
  const rest = text.slice(words.join('').length);
  if (rest === '') return words;
  return [...words.slice(0, -1), `${words.at(-1) ?? ''}${rest}`];
}

// Varying the size a little makes the stream look like real model output.
const GROUP_SIZES = [3, 4, 5];

/** Groups words into chunks of 3, 4, 5, 3, ... words, or `size` words each when given. */
export function chunkText(text: string, size?: number): string[] {
  const words = splitWords(text);
  const chunks: string[] = [];
  let start = 0;
  while (start < words.length) {
    const take = size ?? GROUP_SIZES[chunks.length % GROUP_SIZES.length] ?? 4;
    chunks.push(words.slice(start, start + take).join(''));
    start += take;
  }
  return chunks;
}

export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
