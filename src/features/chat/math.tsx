// Math in replies, loaded on demand with its styles and fonts: the remark plugin that finds
// `$$…$$` (math-delimiters.ts has already written every kind of math that way), and the
// element KaTeX draws each formula into.
//
// Why this is safe with a model's text: KaTeX builds the formula as DOM nodes itself
// (createElement and text nodes, no HTML is parsed), `trust: false` refuses the commands that
// make links, classes, ids, styles or images (\href, \htmlClass, \includegraphics…), and a
// formula KaTeX can't read is shown as its source in red rather than thrown. `maxSize` and
// `maxExpand` keep a hostile formula from making huge boxes or expanding macros forever.
import 'katex/dist/katex.min.css';
import katex from 'katex';
import { memo, useLayoutEffect, useRef } from 'react';
import type { Options } from 'react-markdown';
import remarkMath from 'remark-math';

/** Only `$$…$$` is math: stray single dollars are prices, not formulas. */
export const mathRemarkPlugins: NonNullable<Options['remarkPlugins']> = [
  [remarkMath, { singleDollarTextMath: false }],
];

export const Tex = memo(function Tex({ tex, display }: { tex: string; display: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    katex.render(tex, ref.current, {
      displayMode: display,
      throwOnError: false,
      trust: false,
      maxSize: 50,
      maxExpand: 500,
    });
  }, [tex, display]);
  // KaTeX owns this element's children; React never renders any into it.
  return <span ref={ref} className={display ? 'block overflow-x-auto' : undefined} />;
});
