// Runs a slash command typed in the message box, through the same actions and store requests
// the buttons use, and says what came of it: whether the command did what was asked (its text
// then leaves the box) and what to show the user.
import {
  listProviders,
  listSessionsNewestFirst,
  readProvider,
  readSession,
} from '../../db/queries';
import { loadNewChatDefaults } from '../../db/settings-repo';
import { reportContext } from '../../engine/context-reports';
import { turnSelectors, useTurns } from '../../engine/turn-store';
import { useUi } from '../../store/ui';
import { chooseChatModel, clearChat } from './chat-actions';
import { modelGroups, type ModelOption } from './model-options';
import { matchByName, someNames, type SlashCommand } from './slash-commands';
import { contextFigures } from './use-context-report';
import { runMcpCommand, toolsSummary } from './mcp-command';

export type CommandReply =
  | { kind: 'note'; tone: 'info' | 'error'; text: string }
  | { kind: 'status'; rows: [label: string, value: string][]; title?: string };

export interface CommandOutcome {
  /** False when the command could not do what was asked: its text stays in the box to fix. */
  done: boolean;
  /** The command moved the keyboard focus elsewhere (the session list, the model picker). */
  movedFocus?: boolean;
  reply?: CommandReply;
}

function refuse(text: string): CommandOutcome {
  return { done: false, reply: { kind: 'note', tone: 'error', text } };
}

/** `sessionId` is the chat the box belongs to; null for a new chat not stored yet. */
export async function runSlashCommand(
  command: SlashCommand,
  argument: string,
  sessionId: string | null,
): Promise<CommandOutcome> {
  const ui = useUi.getState();
  switch (command.name) {
    case 'new':
      ui.openSession(null);
      return { done: true };
    case 'list':
      ui.focusSessionList();
      return { done: true, movedFocus: true };
    case 'load':
      return loadChat(argument);
    case 'clear': {
      if (sessionId === null) return refuse('This new chat has nothing to clear yet.');
      if (turnSelectors.replyingIn(sessionId)(useTurns.getState())) {
        return refuse('A reply is still being written: wait for it, or press Stop, then clear.');
      }
      if (await clearChat(sessionId)) return { done: true };
      return {
        done: true,
        reply: { kind: 'note', tone: 'info', text: 'This chat is already empty.' },
      };
    }
    case 'model':
      if (argument) return switchModel(argument, sessionId);
      ui.openModelPicker();
      return { done: true, movedFocus: true };
    case 'status':
      return { done: true, reply: { kind: 'status', rows: await statusRows(sessionId) } };
    case 'mcp':
      return runMcpCommand(argument, sessionId);
  }
}

/** Opens the chat with that title, or else the only one whose title contains it. */
async function loadChat(title: string): Promise<CommandOutcome> {
  const sessions = await listSessionsNewestFirst();
  const match = matchByName(sessions, title, (s) => s.title);
  if (match.kind === 'none') return refuse(`No chat title matches “${title}”.`);
  if (match.kind === 'several' && !match.exact) {
    const titles = match.items.map((s) => s.title);
    return refuse(
      `${titles.length} chats match “${title}”: ${someNames(titles)}. Type more of the title.`,
    );
  }
  // Chats called exactly the same can't be told apart by title: the most recent one opens.
  const chosen = match.kind === 'one' ? match.item : match.items[0];
  if (chosen) useUi.getState().openSession(chosen.id);
  return { done: true };
}

/** Switches to the listed model with that name (or the only one containing it), as the picker does. */
async function switchModel(name: string, sessionId: string | null): Promise<CommandOutcome> {
  const [providers, session] = await Promise.all([
    listProviders(),
    sessionId === null ? undefined : readSession(sessionId),
  ]);
  const options = modelGroups(providers, '').flatMap((g) => g.options);
  const providerName = (o: ModelOption) => providers.find((p) => p.id === o.providerId)?.name ?? '';
  const match = matchByName(options, name, (o) => o.model);
  if (match.kind === 'none') {
    return refuse(
      `No listed model matches “${name}”. Type /model alone to open the picker, where any name can be used.`,
    );
  }
  let chosen = match.kind === 'one' ? match.item : undefined;
  if (match.kind === 'several' && match.exact) {
    // The same model at several providers: the chat's own provider is the one meant.
    const providerId = session?.providerId ?? (await loadNewChatDefaults()).providerId;
    chosen = match.items.find((o) => o.providerId === providerId);
  }
  if (!chosen) {
    const items = match.kind === 'several' ? match.items : [];
    const exact = match.kind === 'several' && match.exact;
    const labels = items.map((o) => (exact ? `${o.model} · ${providerName(o)}` : o.model));
    const next = exact
      ? 'Type /model alone to choose one in the picker.'
      : 'Type more of the name.';
    return refuse(`${labels.length} models match “${name}”: ${someNames(labels)}. ${next}`);
  }
  chooseChatModel(sessionId, chosen.providerId, chosen.model);
  const label = `${chosen.model} (${providerName(chosen)})`;
  const text =
    sessionId === null
      ? `New chats start with ${label}.`
      : `The next reply uses ${label}, and new chats start with it.`;
  return { done: true, reply: { kind: 'note', tone: 'info', text } };
}

/**
 * The chat, where its next reply goes, its turns and tokens and what its replies used, as the
 * status line counts them.
 */
async function statusRows(sessionId: string | null): Promise<[string, string][]> {
  const session = sessionId === null ? undefined : await readSession(sessionId);
  // A chat that never had a provider (an imported one) replies with the new-chat defaults.
  const own = session?.providerId !== undefined;
  const defaults = own ? undefined : await loadNewChatDefaults();
  const providerId = own ? session.providerId : defaults?.providerId;
  const model = (own ? session.model : defaults?.model) || 'none chosen';
  const provider = providerId ? await readProvider(providerId) : undefined;
  const providerText = provider?.name ?? (providerId ? 'removed' : 'none: add one in Settings');
  if (!session) {
    return [
      ['Session', 'New chat (stored when you send its first message)'],
      ['Provider', providerText],
      ['Model', model],
      ['Turns', '0 turns'],
      ['Tokens', '0 tokens'],
      ['Used', 'nothing yet'],
    ];
  }
  const context = await reportContext(session).then(
    (report) => ({
      figures: contextFigures(report),
      why: report.kind === 'unset' ? report.message : 'not counted',
    }),
    (error: unknown) => {
      console.error('Counting the context failed', error);
      return { figures: null, why: 'could not be counted' };
    },
  );
  return [
    ['Session', session.title],
    ['Provider', providerText],
    ['Model', model],
    ['Turns', context.figures?.turns ?? '–'],
    ['Tokens', context.figures?.tokens ?? context.why],
    ['Used', context.figures ? context.figures.used || 'nothing reported yet' : '–'],
    ['Tools', await toolsSummary(session)],
  ];
}
