// The text box a chat's or a folder's title is edited in, in place: Enter or leaving it keeps
// the text, Escape keeps the old title.
import { useState } from 'react';

export function RenameInput({
  title,
  label,
  onDone,
}: {
  title: string;
  /** The box's accessible name, e.g. "Chat title". */
  label: string;
  onDone: (title: string | null) => void;
}) {
  const [value, setValue] = useState(title);
  return (
    <input
      aria-label={label}
      className="mx-1 min-w-0 flex-1 rounded border border-emerald-600 bg-white px-1.5 py-1 text-sm"
      value={value}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => onDone(value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(value);
        if (e.key === 'Escape') onDone(null);
      }}
    />
  );
}
