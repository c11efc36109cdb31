// Replies being generated in this tab: their text so far and how to stop them. Never
// persisted; the message rows in IndexedDB get the text in batches.
import { create } from 'zustand';

export interface RunningReply {
  sessionId: string;
  text: string;
  controller: AbortController;
}

interface GenerationState {
  running: Record<string, RunningReply>;
  start: (messageId: string, sessionId: string, controller: AbortController) => void;
  setText: (messageId: string, text: string) => void;
  end: (messageId: string) => void;
}

export const useGeneration = create<GenerationState>()((set) => ({
  running: {},
  start: (messageId, sessionId, controller) =>
    set((s) => ({ running: { ...s.running, [messageId]: { sessionId, text: '', controller } } })),
  setText: (messageId, text) =>
    set((s) => {
      const run = s.running[messageId];
      return run ? { running: { ...s.running, [messageId]: { ...run, text } } } : s;
    }),
  end: (messageId) =>
    set((s) => {
      const { [messageId]: _ended, ...rest } = s.running;
      return { running: rest };
    }),
}));

export const generationSelectors = {
  textOf: (messageId: string) => (s: GenerationState) => s.running[messageId]?.text,
  isSessionBusy: (sessionId: string | null) => (s: GenerationState) =>
    sessionId !== null && Object.values(s.running).some((r) => r.sessionId === sessionId),
  runningIn: (sessionId: string | null) => (s: GenerationState) =>
    Object.entries(s.running).find(([, r]) => r.sessionId === sessionId)?.[0],
};
