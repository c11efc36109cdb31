// What a tool returned. A tool's output is untrusted: JSON is shown formatted as text, and
// anything else as safe markdown (raw HTML in it is shown as text, never parsed).
import { LazyMarkdown } from '../lazy-markdown';
import { formattedJson } from './format-json';

export function ToolResultPart({ text }: { text: string }) {
  const json = formattedJson(text);
  if (json === undefined) return <LazyMarkdown text={text} streaming={false} />;
  return (
    <pre className="overflow-x-auto rounded bg-stone-50 p-2 text-xs whitespace-pre-wrap">
      {json}
    </pre>
  );
}
