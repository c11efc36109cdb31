// The models an endpoint offers, fetched while the user edits a provider.
import { useEffect, useState } from 'react';
import { isHttpBaseURL } from '../../lib/provider-presets';
import { fetchModelList, type ModelList } from './model-list';

const DEBOUNCE_MS = 400;
const IDLE: ModelList = { state: 'idle' };

/** `enabled` is false while there is nothing worth asking, e.g. a hosted provider with no key yet. */
export function useModelList(baseURL: string, apiKey: string, enabled: boolean): ModelList {
  const [result, setResult] = useState<{ for: string; list: ModelList }>({ for: '', list: IDLE });
  const ready = enabled && isHttpBaseURL(baseURL);
  const request = `${baseURL}\n${apiKey}`;

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      setResult({ for: request, list: { state: 'loading' } });
      void fetchModelList({ baseURL, apiKey }).then((list) => {
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
