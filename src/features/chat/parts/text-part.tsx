// Text: markdown from a model (drawn safely, block by block while it streams), or the user's
// own words exactly as typed.
import { LazyMarkdown } from '../lazy-markdown';

export function TextPart({
  text,
  markdown,
  streaming,
}: {
  text: string;
  markdown: boolean;
  streaming: boolean;
}) {
  if (!markdown) return <p className="whitespace-pre-wrap">{text}</p>;
  return <LazyMarkdown text={text} streaming={streaming} />;
}
