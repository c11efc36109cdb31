// A code block's code: plain text at once, highlighted once the highlighter has loaded. Only a
// finished block is highlighted (`settled`), so a block that is still streaming is never
// highlighted again at each token.
import { useEffect, useState, type ReactNode } from 'react';

// Past this length highlighting would hold up the page for longer than a frame or two.
const LONGEST_HIGHLIGHTED = 100_000;

export function HighlightedCode({
  code,
  language,
  settled,
}: {
  code: string;
  language: string;
  settled: boolean;
}) {
  const [highlighted, setHighlighted] = useState<{ code: string; nodes: ReactNode } | null>(null);
  useEffect(() => {
    if (!settled || !language || code.length > LONGEST_HIGHLIGHTED) return;
    let current = true;
    import('./highlight')
      .then(({ highlight }) => highlight(code, language))
      .then((nodes) => {
        if (current && nodes !== null) setHighlighted({ code, nodes });
      })
      // The code stays readable as plain text; the console says why it has no colours.
      .catch((error: unknown) => console.error('Highlighting a code block failed', error));
    return () => {
      current = false;
    };
  }, [code, language, settled]);
  const nodes = settled && highlighted?.code === code ? highlighted.nodes : code;
  return <code className={language ? `language-${language}` : undefined}>{nodes}</code>;
}
