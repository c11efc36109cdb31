// A reply's reasoning (streamed, imported thoughts, or thinking blocks), collapsed above its
// answer: "Thinking…" while it streams and no answer has come yet, then how long it took where
// that is known. It is the model's untrusted text, so it is shown as plain text.
export function ReasoningPart({
  text,
  thinking,
  seconds,
}: {
  text: string;
  thinking: boolean;
  seconds?: number | undefined;
}) {
  return (
    <details className="mb-2 rounded border border-stone-200 bg-stone-50 text-sm text-stone-600">
      <summary
        className={`cursor-pointer px-2 py-1 select-none ${thinking ? 'animate-pulse' : ''}`}
      >
        {thinking ? 'Thinking…' : reasoningSummary(seconds)}
      </summary>
      <p className="border-t border-stone-200 px-2 py-1 whitespace-pre-wrap">{text}</p>
    </details>
  );
}

/** "Thought for 12 s", or "Reasoning" when the time isn't known. */
export function reasoningSummary(seconds: number | undefined): string {
  if (seconds === undefined) return 'Reasoning';
  if (seconds < 1) return 'Thought for a moment';
  if (seconds < 60) return `Thought for ${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `Thought for ${minutes} min ${rest} s` : `Thought for ${minutes} min`;
}
