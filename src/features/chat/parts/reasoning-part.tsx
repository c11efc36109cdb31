// A reply's reasoning (streamed, imported thoughts, or thinking blocks), collapsed above its
// answer; "Thinking…" while it streams and no answer has come yet. It is the model's untrusted
// text, so it is shown as plain text.
export function ReasoningPart({ text, thinking }: { text: string; thinking: boolean }) {
  return (
    <details className="mb-2 rounded border border-stone-200 bg-stone-50 text-sm text-stone-600">
      <summary
        className={`cursor-pointer px-2 py-1 select-none ${thinking ? 'animate-pulse' : ''}`}
      >
        {thinking ? 'Thinking…' : 'Reasoning'}
      </summary>
      <p className="border-t border-stone-200 px-2 py-1 whitespace-pre-wrap">{text}</p>
    </details>
  );
}
