// What a tool returned. A tool's output is untrusted, so it is shown as text (formatted when it
// is JSON), never as markup.
import { formatJsonText } from './format-json';

export function ToolResultPart({ text }: { text: string }) {
  return (
    <pre className="overflow-x-auto rounded bg-stone-50 p-2 text-xs whitespace-pre-wrap">
      {formatJsonText(text)}
    </pre>
  );
}
