// The math renderer for a text that has math in it, once it has loaded; undefined before that
// and for a text without math, so a reply without formulas never loads KaTeX.
import { useEffect, useState } from 'react';
import { hasMath } from './math-delimiters';

export type MathModule = typeof import('./math');

let loaded: MathModule | undefined;
const loadMath = () => import('./math').then((math) => (loaded = math));

/** `text` is the markdown to typeset, or false while it must not be typeset yet. */
export function useMath(text: string | false): MathModule | undefined {
  const wanted = text !== false && hasMath(text);
  const [math, setMath] = useState(loaded);
  useEffect(() => {
    if (!wanted || math) return;
    let current = true;
    loadMath().then(
      (module) => {
        if (current) setMath(module);
      },
      // The formulas stay readable as their source; the console says why.
      (error: unknown) => console.error('Loading the math renderer failed', error),
    );
    return () => {
      current = false;
    };
  }, [wanted, math]);
  return wanted ? math : undefined;
}
