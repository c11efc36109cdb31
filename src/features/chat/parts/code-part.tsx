// A fenced code block standing on its own in a finished reply: its code as text, never run.
import { CodeFrame } from './code-frame';

export function CodePart({ code, language }: { code: string; language: string }) {
  return (
    <div className="markdown">
      <CodeFrame copyText={() => code} language={language}>
        <code className={language ? `language-${language}` : undefined}>{code}</code>
      </CodeFrame>
    </div>
  );
}
