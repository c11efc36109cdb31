// Finds the math in a reply and writes it the one way the math parser reads: `$$…$$`. Models
// write `$…$`, `$$…$$`, `\(…\)` and `\[…\]`. Single dollars follow Pandoc's rule (the opening
// `$` has a non-space on its right, the closing one a non-space on its left and no digit
// after it), so "$5 and $10" stays text. Math alone on its lines becomes a display block;
// code, fenced or inline, is left as it is.
const FENCE = /^\s{0,3}(```|~~~)/;

// Alternatives, in order: an inline code span (kept), an escaped dollar (kept), `$$…$$`,
// `\(…\)`, `\[…\]`, and `$…$` by Pandoc's rule.
const MATH_OR_CODE =
  /(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)|\\\$|\$\$([\s\S]+?)\$\$|(?<!\\)\\\(([\s\S]+?)\\\)|(?<!\\)\\\[([\s\S]+?)\\\]|\$([^\s$](?:[^$\n]*?[^\s$\\])?)\$(?!\d)/g;

/** Calls `rewrite` on each stretch of `text` outside fenced code blocks. */
function outsideFences(text: string, rewrite: (prose: string) => string): string {
  const out: string[] = [];
  let prose: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    if (prose.length > 0) out.push(rewrite(prose.join('\n')));
    prose = [];
  };
  for (const line of text.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence === null && marker) {
      flush();
      fence = marker;
      out.push(line);
    } else if (fence !== null) {
      if (marker === fence) fence = null;
      out.push(line);
    } else {
      prose.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/** True when the math stands alone on its lines: nothing but spaces before it and after it. */
function aloneOnItsLines(prose: string, start: number, end: number): boolean {
  const before = prose.slice(prose.lastIndexOf('\n', start - 1) + 1, start);
  const lineEnd = prose.indexOf('\n', end);
  const after = prose.slice(end, lineEnd === -1 ? undefined : lineEnd);
  return before.trim() === '' && after.trim() === '';
}

function rewriteMath(prose: string): string {
  return prose.replace(
    MATH_OR_CODE,
    (
      match: string,
      _ticks: string | undefined,
      display: string | undefined,
      parenthesised: string | undefined,
      bracketed: string | undefined,
      single: string | undefined,
      offset: number,
    ) => {
      const tex = (display ?? parenthesised ?? bracketed ?? single)?.trim();
      if (!tex) return match;
      const block =
        (display !== undefined || bracketed !== undefined) &&
        aloneOnItsLines(prose, offset, offset + match.length);
      return block ? `$$\n${tex}\n$$` : `$$${tex}$$`;
    },
  );
}

/** `text` with each piece of math written as `$$…$$`, display math on lines of its own. */
export function normalizeMath(text: string): string {
  return outsideFences(text, rewriteMath);
}

/** True when `text` has math in it, so the math renderer is worth loading. */
export function hasMath(text: string): boolean {
  return normalizeMath(text) !== text || /\$\$/.test(text);
}
