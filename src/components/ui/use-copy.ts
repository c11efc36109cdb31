// Copying text to the clipboard with a short-lived answer for the button that did it: the
// label says "Copied", or that copying failed (the browser may refuse clipboard access).
import { useEffect, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

const SHOWN_MS = 1500;

export function useCopy(): { state: CopyState; copy: (text: string) => void } {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = (text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      (error: unknown) => {
        console.error('Copying to the clipboard failed', error);
        setState('failed');
      },
    );
  };
  return { state, copy };
}

/** The button's label for each state. */
export function copyLabel(state: CopyState, idle: string): string {
  if (state === 'copied') return 'Copied';
  if (state === 'failed') return 'Copy failed';
  return idle;
}
