// Slash commands typed at the start of the message box, as in a session CLI: what the box's
// text means (a message, a command, or a command that can't run as typed), which commands the
// list offers for what is typed, and how the name typed after /load or /model picks one chat or
// model. Pure: the composer runs what this decides.

export type CommandName = 'new' | 'list' | 'load' | 'clear' | 'model' | 'status' | 'mcp';

export interface SlashCommand {
  name: CommandName;
  /** What may follow the name. */
  argument: 'none' | 'required' | 'optional';
  /** What follows the name in the list, e.g. "<title>". */
  hint: string;
  description: string;
}

export const COMMANDS: readonly SlashCommand[] = [
  { name: 'new', argument: 'none', hint: '', description: 'Start a new chat' },
  { name: 'list', argument: 'none', hint: '', description: 'Go to the session list' },
  { name: 'load', argument: 'required', hint: '<title>', description: 'Open a chat by its title' },
  { name: 'clear', argument: 'none', hint: '', description: 'Clear this chat (Undo offered)' },
  {
    name: 'model',
    argument: 'optional',
    hint: '[name]',
    description: 'Choose the model, or switch to one by name',
  },
  {
    name: 'status',
    argument: 'none',
    hint: '',
    description: 'Show the provider, model, turns, tokens and tools',
  },
  {
    name: 'mcp',
    argument: 'optional',
    hint: '[url | clear]',
    description: 'List the MCP servers, add one by URL, or turn them off for this chat',
  },
];

export type BoxText =
  | { kind: 'message'; text: string }
  | { kind: 'command'; command: SlashCommand; argument: string }
  /** A slash command that can't run as typed; `problem` says why, in words for the user. */
  | { kind: 'invalid'; problem: string };

const ESCAPE_HINT = 'Start with // to send a message that begins with /.';

/**
 * What pressing Enter does with the box's text. Text starting with `//` is a message with one
 * slash taken off, so a message can still begin with a slash.
 */
export function readBoxText(text: string): BoxText {
  if (text.startsWith('//')) return { kind: 'message', text: text.slice(1) };
  if (!text.startsWith('/')) return { kind: 'message', text };
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
  const argument = rest.trim();
  const command = COMMANDS.find((c) => c.name === name.toLowerCase());
  if (!command) {
    const all = COMMANDS.map((c) => `/${c.name}`).join(', ');
    return {
      kind: 'invalid',
      problem: `Unknown command /${name}. Commands: ${all}. ${ESCAPE_HINT}`,
    };
  }
  if (command.argument === 'required' && !argument) {
    return { kind: 'invalid', problem: `/${command.name} needs ${command.hint} after it.` };
  }
  if (command.argument === 'none' && argument) {
    return {
      kind: 'invalid',
      problem: `/${command.name} takes nothing after it. ${ESCAPE_HINT}`,
    };
  }
  return { kind: 'command', command, argument };
}

/**
 * The letters typed after a leading slash while the command list applies: the box holds `/`
 * and letters only, no space yet. null otherwise.
 */
export function commandQuery(text: string): string | null {
  const match = /^\/([a-z]*)$/i.exec(text);
  return match ? (match[1] ?? '').toLowerCase() : null;
}

/** The commands whose name starts with what was typed, in the list's order. */
export function commandsMatching(query: string): SlashCommand[] {
  const typed = query.toLowerCase();
  return COMMANDS.filter((c) => c.name.startsWith(typed));
}

/**
 * What choosing a command in the list does. One that takes nothing runs, unless the choice
 * only completes (Tab). One that needs an argument is completed to "/load " to wait for it; one
 * whose argument is optional runs as it is once its whole name is typed ("/model" then Enter).
 */
export function pickCommand(
  command: SlashCommand,
  how: 'run' | 'complete',
  query: string,
): { kind: 'complete'; text: string } | { kind: 'run' } {
  const whole = query.toLowerCase() === command.name;
  const runs = command.argument === 'none' || (command.argument === 'optional' && whole);
  if (how === 'run' && runs) return { kind: 'run' };
  return {
    kind: 'complete',
    text: command.argument === 'none' ? `/${command.name}` : `/${command.name} `,
  };
}

export type NameMatch<T> =
  | { kind: 'one'; item: T }
  | { kind: 'none' }
  /** `exact` when every one of them has exactly the typed name. */
  | { kind: 'several'; items: T[]; exact: boolean };

/**
 * Finds what the user named, ignoring case: the items whose name is exactly the typed text, or
 * else those whose name contains it. Order is kept, so the caller's order breaks ties.
 */
export function matchByName<T>(
  items: readonly T[],
  typed: string,
  nameOf: (item: T) => string,
): NameMatch<T> {
  const needle = typed.trim().toLowerCase();
  if (!needle) return { kind: 'none' };
  const exact = items.filter((item) => nameOf(item).toLowerCase() === needle);
  const found =
    exact.length > 0 ? exact : items.filter((i) => nameOf(i).toLowerCase().includes(needle));
  const [first] = found;
  if (first === undefined) return { kind: 'none' };
  if (found.length === 1) return { kind: 'one', item: first };
  return { kind: 'several', items: found, exact: exact.length > 0 };
}

/** "“a”, “b”, “c” and 4 more": a few names, enough to show what else matched. */
export function someNames(names: readonly string[], shown = 4): string {
  const quoted = names.slice(0, shown).map((n) => `“${n}”`);
  const more = names.length - quoted.length;
  return more > 0 ? `${quoted.join(', ')} and ${more} more` : quoted.join(', ');
}
