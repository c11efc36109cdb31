// A code block's frame with its Copy code button, shared by code parts and by code blocks
// inside markdown, so both look and copy the same.
import type { ReactNode } from 'react';
import { copyLabel, useCopy } from '../../../components/ui/use-copy';

export function CodeFrame({
  copyText,
  language,
  children,
}: {
  /** The text Copy code puts on the clipboard, read when it is pressed. */
  copyText: () => string;
  language?: string;
  children: ReactNode;
}) {
  const { state, copy } = useCopy();
  return (
    <div className="relative my-2">
      <pre
        className="overflow-x-auto rounded-md bg-stone-900 p-3 text-sm text-stone-100"
        data-language={language || undefined}
      >
        {children}
      </pre>
      <button
        type="button"
        onClick={() => copy(copyText())}
        className="absolute top-1.5 right-1.5 rounded bg-stone-700 px-2 py-0.5 text-xs text-stone-100 hover:bg-stone-600"
      >
        {copyLabel(state, 'Copy code')}
      </button>
    </div>
  );
}
