// Splits markdown into top-level blocks at blank lines outside code fences, so a reply that
// is still streaming re-parses only its last block; finished blocks stay as they were drawn.
// A block of plain prose needs no parsing at all.
const FENCE = /^\s{0,3}(```|~~~)/;

export function markdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === null || fence === marker)) fence = fence === null ? marker : null;
    if (fence === null && line.trim() === '' && current.length > 0) {
      blocks.push(current.join('\n'));
      current = [];
      continue;
    }
    current.push(line);
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return blocks;
}

// Characters that can start markup anywhere in a line (`$` math, once the block is finished).
const MARKUP_CHARACTER = /[*_`#<>[\]&~|\\@$\t\r]/;
// Markup that only counts at the start of a line: lists, setext underlines, thematic breaks,
// indented code.
const MARKUP_LINE_START = /^(?: {4}| {0,3}(?:[-+=]|\d{1,9}[.)]))/m;
// Autolinks without any of the characters above, and hard line breaks.
const MARKUP_SEQUENCE = /www\.|:\/\/| {2,}\n/i;

/**
 * True when `block` is plain prose that markdown would turn into one paragraph with the text
 * as it is: no character or sequence that could start markup. Such a block can be drawn as a
 * paragraph without the parser, which a streaming reply would otherwise run on every frame.
 */
export function isPlainParagraph(block: string): boolean {
  return (
    !MARKUP_CHARACTER.test(block) && !MARKUP_LINE_START.test(block) && !MARKUP_SEQUENCE.test(block)
  );
}
