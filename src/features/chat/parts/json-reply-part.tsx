// A reply asked for as JSON: the JSON laid out with two-space indents when it is what was asked
// for; otherwise what is wrong with it, and the text exactly as it came.
import { CodeFrame } from './code-frame';

export function JsonReplyPart({ text, problem }: { text: string; problem?: string | undefined }) {
  const shown = problem ? text : laidOut(text);
  return (
    <div className="markdown">
      {problem && (
        <p role="note" aria-label="JSON problem" className="mb-2 text-sm text-amber-800">
          {problem} The reply is kept as it came.
        </p>
      )}
      <CodeFrame copyText={() => text} language={problem ? 'text' : 'json'}>
        <code className={problem ? undefined : 'language-json'}>{shown}</code>
      </CodeFrame>
    </div>
  );
}

function laidOut(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
