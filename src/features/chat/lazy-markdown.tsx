// The markdown renderer, loaded on demand so it stays out of the first paint. Until it has
// loaded, the text shows as plain text.
import { lazy, Suspense, useEffect } from 'react';
import { isPlainParagraph, markdownBlocks } from './markdown-blocks';

const loadMarkdown = () => import('./markdown');
const Markdown = lazy(() => loadMarkdown().then((m) => ({ default: m.Markdown })));

/**
 * While a reply streams, its text is drawn block by block: each finished block is memoized
 * and only the last one is parsed again as tokens arrive, unless it is plain prose, which is
 * drawn as the paragraph markdown would make of it.
 */
export function LazyMarkdown({ text, streaming }: { text: string; streaming: boolean }) {
  // A reply of plain prose doesn't need the renderer until its first markup; loading it now
  // keeps that moment from showing the plain-text fallback.
  useEffect(() => {
    // A failed load shows where the renderer is used; here it only starts early.
    if (streaming) loadMarkdown().catch(() => undefined);
  }, [streaming]);
  return (
    <Suspense fallback={<p className="whitespace-pre-wrap">{text}</p>}>
      {streaming ? (
        <div className="markdown">
          {markdownBlocks(text).map((block, i) =>
            // Blocks only ever grow at the end, so their positions are stable keys.
            isPlainParagraph(block) ? <p key={i}>{block}</p> : <Markdown key={i} text={block} />,
          )}
        </div>
      ) : (
        <Markdown text={text} />
      )}
    </Suspense>
  );
}
