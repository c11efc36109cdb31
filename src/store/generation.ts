// Replies being generated in this tab: their text so far and how to stop them. Never
// persisted; the message rows in IndexedDB get the text in batches.
import { create } from 'zustand';

export interface RunningReply {
  sessionId: string;
  text: string;
  controller: AbortController;
}

/** How long a finished reply's text is kept, to bridge the moment before its row is re-read. */
const FINISHED_TEXT_MS = 3000;

interface GenerationState {
  running: Record<string, RunningReply>;
  /** Sessions whose next reply is being set up (its turn is being written), by count. */
  preparing: Record<string, number>;
  /** The final text of replies that just ended, until the screen has the stored row. */
  finished: Record<string, string>;
  /** Marks a reply as coming in `sessionId`; call the returned function once it has started or failed to. */
  prepare: (sessionId: string) => () => void;
  start: (messageId: string, sessionId: string, controller: AbortController) => void;
  setText: (messageId: string, text: string) => void;
  end: (messageId: string) => void;
}

export const useGeneration = create<GenerationState>()((set) => ({
  running: {},
  finished: {},
  preparing: {},
  prepare: (sessionId) => {
    const change = (by: number) =>
      set((s) => {
        const count = (s.preparing[sessionId] ?? 0) + by;
        const { [sessionId]: _old, ...rest } = s.preparing;
        return { preparing: count > 0 ? { ...rest, [sessionId]: count } : rest };
      });
    change(1);
    return () => change(-1);
  },
  start: (messageId, sessionId, controller) =>
    set((s) => ({ running: { ...s.running, [messageId]: { sessionId, text: '', controller } } })),
  setText: (messageId, text) =>
    set((s) => {
      const run = s.running[messageId];
      return run ? { running: { ...s.running, [messageId]: { ...run, text } } } : s;
    }),
  end: (messageId) => {
    set((s) => {
      const { [messageId]: ended, ...rest } = s.running;
      return { running: rest, finished: { ...s.finished, [messageId]: ended?.text ?? '' } };
    });
    setTimeout(() => {
      set((s) => {
        const { [messageId]: _dropped, ...rest } = s.finished;
        return { finished: rest };
      });
    }, FINISHED_TEXT_MS);
  },
}));

/** Stops every reply this tab is generating in a session, e.g. before the session is deleted. */
export function stopRepliesIn(sessionId: string): void {
  for (const run of Object.values(useGeneration.getState().running)) {
    if (run.sessionId === sessionId) run.controller.abort();
  }
}

export const generationSelectors = {
  textOf: (messageId: string) => (s: GenerationState) => s.running[messageId]?.text,
  finishedTextOf: (messageId: string) => (s: GenerationState) => s.finished[messageId],
  runningIn: (sessionId: string | null) => (s: GenerationState) =>
    Object.entries(s.running).find(([, r]) => r.sessionId === sessionId)?.[0],
  /** True from the moment a reply's turn starts being written until the reply ends. */
  replyingIn: (sessionId: string | null) => (s: GenerationState) =>
    sessionId !== null &&
    ((s.preparing[sessionId] ?? 0) > 0 ||
      Object.values(s.running).some((r) => r.sessionId === sessionId)),
};
