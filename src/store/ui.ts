// What the screen is doing: the open session, the open dialog, drafts and notices.
// Nothing here is persisted except through explicit actions.
import { create } from 'zustand';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** Offered as a button beside the text, e.g. Undo. */
  action?: { label: string; run: () => void };
}

interface UiState {
  activeSessionId: string | null;
  settingsOpen: boolean;
  /** Unsent text per session id ('' key for no session). */
  drafts: Record<string, string>;
  notices: Notice[];
  openSession: (id: string | null) => void;
  setSettingsOpen: (open: boolean) => void;
  setDraft: (sessionId: string, text: string) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextNoticeId = 1;

export const useUi = create<UiState>()((set) => ({
  activeSessionId: null,
  settingsOpen: false,
  drafts: {},
  notices: [],
  openSession: (id) => set({ activeSessionId: id }),
  setSettingsOpen: (open) => set({ settingsOpen: open }),
  setDraft: (sessionId, text) => set((s) => ({ drafts: { ...s.drafts, [sessionId]: text } })),
  notify: (notice) => set((s) => ({ notices: [...s.notices, { ...notice, id: nextNoticeId++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const uiSelectors = {
  draftOf: (sessionId: string | null) => (s: UiState) => s.drafts[sessionId ?? ''] ?? '',
};
