// The list of slash commands shown above the message box while it holds "/" and letters: each
// command with what it takes and what it does, the active one highlighted, and the keys and the
// // escape in its footer. The message box keeps the focus and drives it (aria-activedescendant).
import type { SlashCommand } from './slash-commands';

export function CommandList({
  id,
  commands,
  active,
  onPick,
  onHover,
}: {
  id: string;
  commands: readonly SlashCommand[];
  active: number;
  onPick: (command: SlashCommand) => void;
  onHover: (index: number) => void;
}) {
  return (
    <div className="absolute bottom-full left-0 z-20 mb-2 w-full max-w-md overflow-hidden rounded-md border border-stone-200 bg-white text-sm shadow-lg">
      <ul id={id} role="listbox" aria-label="Commands" className="py-1">
        {commands.map((command, i) => (
          <li
            key={command.name}
            id={commandOptionId(id, i)}
            role="option"
            aria-selected={i === active}
            aria-label={`/${command.name}`}
            aria-describedby={`${commandOptionId(id, i)}-about`}
            className={`flex cursor-pointer items-baseline gap-3 px-3 py-1.5 ${i === active ? 'bg-emerald-100' : ''}`}
            // Chosen on mouse down, before the message box loses the focus.
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(command);
            }}
            onMouseEnter={() => onHover(i)}
          >
            <span className="w-32 shrink-0 font-mono text-emerald-800">
              /{command.name}
              {command.hint && <span className="text-stone-400"> {command.hint}</span>}
            </span>
            <span id={`${commandOptionId(id, i)}-about`} className="text-stone-600">
              {command.description}
            </span>
          </li>
        ))}
      </ul>
      <p className="border-t border-stone-200 bg-stone-50 px-3 py-1.5 text-xs text-stone-500">
        ↑↓ choose · Enter run · Tab complete · Esc close. Start with{' '}
        <kbd className="font-mono">//</kbd> to send a message that begins with /.
      </p>
    </div>
  );
}

export function commandOptionId(listId: string, index: number): string {
  return `${listId}-${index}`;
}
