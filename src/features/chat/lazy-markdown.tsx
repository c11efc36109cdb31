// The markdown renderer and the code highlighter, loaded on demand so they stay out of the
// first paint. Until they have loaded, the text and the code show as plain text.
import { lazy, Suspense, useEffect } from 'react';
import { isPlainParagraph, markdownBlocks } from './markdown-blocks';

const loadMarkdown = () => import('./markdown');
const Markdown = lazy(() => loadMarkdown().then((m) => ({ default: m.Markdown })));
const HighlightedCode = lazy(() => loadMarkdown().then((m) => ({ default: m.HighlightedCode })));

/**
 * While a reply streams, its text is drawn block by block: each finished block is memoized
 * and only the last one is parsed again as tokens arrive, unless it is plain prose, which is
 * drawn as the paragraph markdown would make of it. The last block is highlighted and
 * typeset only once it is finished.
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
          {markdownBlocks(text).map((block, i, blocks) =>
            // Blocks only ever grow at the end, so their positions are stable keys.
            isPlainParagraph(block) ? (
              <p key={i}>{block}</p>
            ) : (
              <Markdown key={i} text={block} settled={i < blocks.length - 1} />
            ),
          )}
        </div>
      ) : (
        <Markdown text={text} />
      )}
    </Suspense>
  );
}

/** A finished code block's code, highlighted once the highlighter has loaded. */
export function LazyHighlightedCode({ code, language }: { code: string; language: string }) {
  return (
    <Suspense
      fallback={<code className={language ? `language-${language}` : undefined}>{code}</code>}
    >
      <HighlightedCode code={code} language={language} settled />
    </Suspense>
  );
}
