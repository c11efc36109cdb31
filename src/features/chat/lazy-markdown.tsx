// The markdown renderer, loaded on demand so it stays out of the first paint. Until it has
// loaded, the text shows as plain text.
import { lazy, Suspense } from 'react';

const Markdown = lazy(() => import('./markdown').then((m) => ({ default: m.Markdown })));

export function LazyMarkdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<p className="whitespace-pre-wrap">{text}</p>}>
      <Markdown text={text} />
    </Suspense>
  );
}
