// A fenced code block standing on its own in a finished reply: its code as text, never run,
// highlighted once the highlighter has loaded.
import { LazyHighlightedCode } from '../lazy-markdown';
import { CodeFrame } from './code-frame';

export function CodePart({ code, language }: { code: string; language: string }) {
  return (
    <div className="markdown">
      <CodeFrame copyText={() => code} language={language}>
        <LazyHighlightedCode code={code} language={language} />
      </CodeFrame>
    </div>
  );
}
