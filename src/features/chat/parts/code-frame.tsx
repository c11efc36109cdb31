// A code block's frame with its language and its Copy code button, shared by code parts and by
// code blocks inside markdown, so both look and copy the same. Code blocks are dark in both
// themes, so the highlighting has one set of colours (index.css).
import type { ReactNode } from 'react';
import { copyLabel, useCopy } from '../../../components/ui/use-copy';

export function CodeFrame({
  copyText,
  language,
  children,
}: {
  /** The text Copy code puts on the clipboard, read when it is pressed. */
  copyText: () => string;
  language?: string | undefined;
  children: ReactNode;
}) {
  const { state, copy } = useCopy();
  return (
    <div className="my-2 overflow-hidden rounded-md bg-code text-code-text">
      <div className="flex items-center justify-between gap-2 py-1 pr-1.5 pl-3 text-xs">
        <span className="text-code-muted">{language}</span>
        <button
          type="button"
          onClick={() => copy(copyText())}
          className="rounded bg-code-button px-2 py-0.5 hover:bg-code-button-hover"
        >
          {copyLabel(state, 'Copy code')}
        </button>
      </div>
      <pre className="overflow-x-auto px-3 pb-3 text-sm" data-language={language || undefined}>
        {children}
      </pre>
    </div>
  );
}
