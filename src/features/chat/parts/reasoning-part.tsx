// A reply's reasoning (imported thoughts, or thinking blocks), collapsed above its answer. It
// is the model's untrusted text, so it is shown as plain text.
export function ReasoningPart({ text }: { text: string }) {
  return (
    <details className="mb-2 rounded border border-stone-200 bg-stone-50 text-sm text-stone-600">
      <summary className="cursor-pointer px-2 py-1 select-none">Reasoning</summary>
      <p className="border-t border-stone-200 px-2 py-1 whitespace-pre-wrap">{text}</p>
    </details>
  );
}
