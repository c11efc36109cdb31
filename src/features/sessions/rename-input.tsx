// The text box a chat's or a folder's title is edited in, in place: Enter or leaving it keeps
// the text, Escape keeps the old title. A title `check` refuses is said under the box as it is
// typed; Enter then keeps the box open, and leaving it keeps the old title.
import { useId, useState } from 'react';

export function RenameInput({
  title,
  label,
  onDone,
  check,
}: {
  title: string;
  /** The box's accessible name, e.g. "Chat title". */
  label: string;
  onDone: (title: string | null) => void;
  /** Why a title can't be taken, or null when it can. */
  check?: (title: string) => string | null;
}) {
  const [value, setValue] = useState(title);
  const problemId = useId();
  const problem = check?.(value) ?? null;
  return (
    <div className="mx-1 flex min-w-0 flex-1 flex-col gap-1 py-1">
      <input
        aria-label={label}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId}
        className={`min-w-0 rounded border bg-white px-1.5 py-1 text-sm ${problem === null ? 'border-emerald-600' : 'border-red-600'}`}
        value={value}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => onDone(problem === null ? value : null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && problem === null) onDone(value);
          if (e.key === 'Escape') onDone(null);
        }}
      />
      {problem !== null && (
        <p id={problemId} className="text-xs font-normal text-red-700">
          {problem}
        </p>
      )}
    </div>
  );
}
