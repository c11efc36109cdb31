// The turns this tab runs, for the screen: which chat each belongs to, whether it has ended,
// and the text of its messages as it streams. Only what isn't stored yet lives here; whether a
// chat is replying, and what to show for a message, are derived by the selectors below.
import { create } from 'zustand';

export interface Turn {
  sessionId: string;
  /** The text streamed so far into each message of the turn, by message id. */
  texts: Record<string, string>;
  /** The reasoning streamed so far into each message of the turn, by message id. */
  reasonings: Record<string, string>;
  /** The message streaming now; undefined while the turn's first rows are being written. */
  current?: string;
  /**
   * An ended turn keeps its texts until the next turn in its chat begins, so a message whose
   * stored row the screen hasn't re-read yet still shows its final text.
   */
  ended: boolean;
}

interface TurnState {
  turns: Record<string, Turn>;
  begin: (turnId: string, sessionId: string) => void;
  /** Sets a message's text and reasoning so far; it becomes the turn's current message. */
  setText: (turnId: string, messageId: string, text: string, reasoning?: string) => void;
  end: (turnId: string) => void;
  /** Forgets a turn that never started (its first rows could not be written). */
  drop: (turnId: string) => void;
  /** Forgets the ended turns of a chat, e.g. one being deleted. */
  forgetEndedIn: (sessionId: string) => void;
}

function withoutEndedIn(turns: Record<string, Turn>, sessionId: string): Record<string, Turn> {
  return Object.fromEntries(
    Object.entries(turns).filter(([, t]) => !(t.ended && t.sessionId === sessionId)),
  );
}

export const useTurns = create<TurnState>()((set) => ({
  turns: {},
  begin: (turnId, sessionId) =>
    set((s) => ({
      turns: {
        ...withoutEndedIn(s.turns, sessionId),
        [turnId]: { sessionId, texts: {}, reasonings: {}, ended: false },
      },
    })),
  setText: (turnId, messageId, text, reasoning) =>
    set((s) => {
      const turn = s.turns[turnId];
      if (!turn) return s;
      const texts = { ...turn.texts, [messageId]: text };
      const reasonings = reasoning
        ? { ...turn.reasonings, [messageId]: reasoning }
        : turn.reasonings;
      return {
        turns: { ...s.turns, [turnId]: { ...turn, texts, reasonings, current: messageId } },
      };
    }),
  end: (turnId) =>
    set((s) => {
      const turn = s.turns[turnId];
      return turn ? { turns: { ...s.turns, [turnId]: { ...turn, ended: true } } } : s;
    }),
  drop: (turnId) =>
    set((s) => {
      const { [turnId]: _dropped, ...rest } = s.turns;
      return { turns: rest };
    }),
  forgetEndedIn: (sessionId) => set((s) => ({ turns: withoutEndedIn(s.turns, sessionId) })),
}));

type State = Pick<TurnState, 'turns'>;

/** The running turn in a chat and its id; a chat runs one turn at a time. */
function runningIn(s: State, sessionId: string | null): [string, Turn] | undefined {
  if (sessionId === null) return undefined;
  return Object.entries(s.turns).find(([, t]) => !t.ended && t.sessionId === sessionId);
}

export const turnSelectors = {
  /** The id of the turn running in a chat, from the moment its first rows are written. */
  activeTurnIn: (sessionId: string | null) => (s: State) => runningIn(s, sessionId)?.[0],
  /** True while a turn runs in the chat: tree edits wait, and the whole tree isn't re-read. */
  replyingIn: (sessionId: string | null) => (s: State) => runningIn(s, sessionId) !== undefined,
  /** The text this tab streamed into a message, kept a while after its turn ended. */
  textOf: (messageId: string) => (s: State) => {
    for (const turn of Object.values(s.turns)) {
      const text = turn.texts[messageId];
      if (text !== undefined) return text;
    }
    return undefined;
  },
  /** The reasoning this tab streamed into a message, kept as long as its text is. */
  reasoningOf: (messageId: string) => (s: State) => {
    for (const turn of Object.values(s.turns)) {
      const reasoning = turn.reasonings[messageId];
      if (reasoning !== undefined) return reasoning;
    }
    return undefined;
  },
  /** True while a running turn streams into this message. */
  streamingInto: (messageId: string) => (s: State) =>
    Object.values(s.turns).some((t) => !t.ended && t.current === messageId),
};
