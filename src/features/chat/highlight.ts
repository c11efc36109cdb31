// Syntax highlighting for finished code blocks, loaded on demand. lowlight runs highlight.js's
// grammars and returns a syntax tree (hast) instead of an HTML string; the tree is turned into
// React elements, so the code only ever reaches the page as text nodes inside <span>s whose
// classes come from the grammar. No HTML is parsed and nothing in the code can become markup.
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { createLowlight } from 'lowlight';
// Fragment from react itself: taking it from react/jsx-runtime splits React into one more
// chunk of the first paint.
import { Fragment, type ReactNode } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import { grammarFor } from './highlight-languages';

const lowlight = createLowlight();

/** `code` as highlighted React nodes, or null when Arbor has no grammar for `language`. */
export async function highlight(code: string, language: string): Promise<ReactNode | null> {
  const grammar = grammarFor(language);
  if (!grammar) return null;
  if (!lowlight.registered(grammar.name)) {
    lowlight.register(grammar.name, (await grammar.load()).default);
  }
  // Its types name the global JSX namespace, which React 19 no longer declares.
  return toJsxRuntime(lowlight.highlight(grammar.name, code), { Fragment, jsx, jsxs }) as ReactNode;
}
