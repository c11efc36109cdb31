// Content Arbor has no renderer of its own for (audio, files, a provider's own part types),
// shown as the JSON it was stored as, with long values cut short.
import { formatJsonValue } from './format-json';

export function JsonPart({ label, value }: { label: string; value: unknown }) {
  return (
    <figure className="mt-2 rounded border border-stone-200 bg-stone-50 p-2 text-xs">
      <figcaption className="mb-1 font-semibold text-stone-600">{label}</figcaption>
      <pre className="overflow-x-auto whitespace-pre-wrap">{formatJsonValue(value)}</pre>
    </figure>
  );
}
