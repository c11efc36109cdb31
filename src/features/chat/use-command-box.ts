// The slash-command side of the message box: whether the command list is open and which
// command is active, the keys that drive it, running a command, and the reply it leaves.
import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { NEW_CHAT_DRAFT } from '../../db/drafts-repo';
import { reportFailure } from '../../store/report-failure';
import { useUi } from '../../store/ui';
import { commandOptionId } from './command-list';
import { runSlashCommand, type CommandReply } from './run-slash-command';
import {
  commandQuery,
  commandsMatching,
  pickCommand,
  type BoxText,
  type SlashCommand,
} from './slash-commands';

export function useCommandBox(
  sessionId: string | null,
  draft: string,
  boxRef: RefObject<HTMLTextAreaElement | null>,
) {
  const listId = useId();
  // Closed by Escape or by leaving the box; typing or coming back opens it again.
  const [closed, setClosed] = useState(false);
  const query = commandQuery(draft);
  const commands = query === null ? [] : commandsMatching(query);
  const open = !closed && commands.length > 0;
  // The first match is active again whenever the typed letters change.
  const [moved, setMoved] = useState({ query, index: 0 });
  const active = moved.query === query ? Math.min(moved.index, commands.length - 1) : 0;
  // A reply belongs to the chat it was asked in.
  const [reply, setReply] = useState<{ sessionId: string | null; reply: CommandReply }>();
  const running = useRef(false);
  const draftKey = sessionId ?? NEW_CHAT_DRAFT;

  const run = async (command: SlashCommand, argument: string) => {
    if (running.current) return;
    running.current = true;
    const typed = useUi.getState().drafts[draftKey] ?? '';
    setReply(undefined);
    try {
      const outcome = await runSlashCommand(command, argument, sessionId);
      // Text typed while the command ran stays.
      const ui = useUi.getState();
      if (outcome.done && (ui.drafts[draftKey] ?? '') === typed) ui.setDraft(draftKey, '');
      if (outcome.reply) setReply({ sessionId, reply: outcome.reply });
      if (!outcome.movedFocus) boxRef.current?.focus();
    } catch (error) {
      reportFailure(`/${command.name}`)(error);
    } finally {
      running.current = false;
    }
  };

  const pick = (command: SlashCommand | undefined, how: 'run' | 'complete') => {
    if (!command) return;
    const step = pickCommand(command, how, query ?? '');
    if (step.kind === 'run') void run(command, '');
    else useUi.getState().setDraft(draftKey, step.text);
  };

  /** Handles the keys that drive the list; true when the key was used. */
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    const { key, shiftKey } = event;
    if (open && (key === 'ArrowDown' || key === 'ArrowUp')) {
      const step = key === 'ArrowDown' ? 1 : -1;
      setMoved({ query, index: (active + step + commands.length) % commands.length });
    } else if (open && ((key === 'Enter' && !event.nativeEvent.isComposing) || key === 'Tab')) {
      if (shiftKey) return false;
      pick(commands[active], key === 'Tab' ? 'complete' : 'run');
    } else if (key === 'Escape' && (open || reply)) {
      if (open) setClosed(true);
      else setReply(undefined);
    } else {
      return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  return {
    /** Runs a command read from the box, or says why it can't run. */
    submit: (input: Exclude<BoxText, { kind: 'message' }>) => {
      if (input.kind === 'command') void run(input.command, input.argument);
      else setReply({ sessionId, reply: { kind: 'note', tone: 'error', text: input.problem } });
    },
    onKeyDown,
    reply: reply?.sessionId === sessionId ? reply.reply : undefined,
    dismissReply: () => setReply(undefined),
    list: open
      ? {
          id: listId,
          commands,
          active,
          onPick: (command: SlashCommand) => pick(command, 'run'),
          onHover: (index: number) => setMoved({ query, index }),
        }
      : null,
    /** The message box's side of the list: what it controls and which option is active. */
    boxProps: {
      'aria-autocomplete': 'list' as const,
      'aria-controls': open ? listId : undefined,
      'aria-activedescendant': open ? commandOptionId(listId, active) : undefined,
      onFocus: () => setClosed(false),
      onBlur: () => setClosed(true),
      onInput: () => setClosed(false),
    },
  };
}
