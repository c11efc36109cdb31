// The markdown renderer, loaded on demand so it stays out of the first paint. Until it has
// loaded, the text shows as plain text.
import { lazy, Suspense } from 'react';
import { isPlainParagraph, markdownBlocks } from './markdown-blocks';

const Markdown = lazy(() => import('./markdown').then((m) => ({ default: m.Markdown })));

/**
 * While a reply streams, its text is drawn block by block: each finished block is memoized
 * and only the last one is parsed again as tokens arrive, unless it is plain prose, which is
 * drawn as the paragraph markdown would make of it.
 */
export function LazyMarkdown({ text, streaming }: { text: string; streaming: boolean }) {
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
