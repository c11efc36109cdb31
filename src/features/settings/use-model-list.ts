// The models an endpoint offers through GET /models, fetched while the user edits settings.
import { useEffect, useState } from 'react';
import { listModels } from '../../llm/client';
import { httpStatusOf } from '../../llm/errors';

export type ModelList =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; models: string[] }
  | { state: 'unavailable' }
  | { state: 'refused'; status: number };

const DEBOUNCE_MS = 400;
const IDLE: ModelList = { state: 'idle' };

/** `enabled` is false while there is nothing worth asking, e.g. a hosted provider with no key yet. */
export function useModelList(baseURL: string, apiKey: string, enabled: boolean): ModelList {
  const [result, setResult] = useState<{ for: string; list: ModelList }>({ for: '', list: IDLE });
  const ready = enabled && /^https?:\/\/[^\s/]+/.test(baseURL);
  const request = `${baseURL}\n${apiKey}`;

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      setResult({ for: request, list: { state: 'loading' } });
      listModels({ baseURL, apiKey })
        .then((models) => {
          const list: ModelList =
            models.length > 0 ? { state: 'ready', models } : { state: 'unavailable' };
          if (!cancelled) setResult({ for: request, list });
        })
        .catch((error: unknown) => {
          console.info('The endpoint offers no model list', error);
          const status = httpStatusOf(error);
          const list: ModelList =
            status === 401 || status === 403
              ? { state: 'refused', status }
              : { state: 'unavailable' };
          if (!cancelled) setResult({ for: request, list });
        });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [ready, request, baseURL, apiKey]);

  return ready && result.for === request ? result.list : IDLE;
}
