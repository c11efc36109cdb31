// What the screen is doing: the open session, the open dialog, drafts and notices.
// Nothing here is persisted except drafts, which src/app/draft-sync.ts saves as they change.
import { create } from 'zustand';
import { NEW_CHAT_DRAFT } from '../db/drafts-repo';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** Offered as a button beside the text, e.g. Undo. */
  action?: { label: string; run: () => void };
  /**
   * What the notice is about, e.g. a full disk: a newer notice on the same topic replaces the
   * older one, so one failure seen by several writes shows one notice. A notice on a topic stays
   * until what it is about is over (room on the disk, the connection back) or it is dismissed.
   */
  topic?: 'disk-full' | 'offline';
}

interface UiState {
  activeSessionId: string | null;
  settingsOpen: boolean;
  /** Unsent text per session id (NEW_CHAT_DRAFT for a chat not created yet). */
  drafts: Record<string, string>;
  notices: Notice[];
  /** A message to scroll into view once it is on screen (from the tree view or a fork link). */
  focusMessageId: string | null;
  /** A message shown marked, e.g. the one a search result opened; cleared with the chat. */
  highlightedMessageId: string | null;
  treeOpen: boolean;
  /** On narrow screens the session list is a panel shown on demand. */
  sidebarOpen: boolean;
  /** Bumped to move the keyboard focus to the message box. */
  composerFocusRequest: number;
  /** Bumped to move the keyboard focus to the session list (/list). */
  sessionListFocusRequest: number;
  /** Bumped to open the chat header's model picker with the focus in it (/model). */
  modelPickerRequest: number;
  /** The chats ticked in the session list; null when the list is not in select mode. */
  selectedSessionIds: string[] | null;
  /** The folder the new chat goes into when its first message is sent (New chat in a folder). */
  newChatFolderId: string | null;
  /** The chats being deleted: each waits for its restore point, and its row says Deleting…. */
  deletingSessionIds: string[];
  openSession: (id: string | null) => void;
  /** Forgets the drafts and selection of every chat not in `chats`, e.g. after a replace. */
  forgetChatsExcept: (chats: ReadonlySet<string>) => void;
  /** Opens a new chat that will be stored in the folder. */
  startChatIn: (folderId: string) => void;
  /** Marks a chat as being deleted, or no longer (its delete failed). */
  setDeleting: (id: string, deleting: boolean) => void;
  /**
   * Forgets the marks of chats the list no longer holds: their delete is done. Cleared only
   * then, so the row never shows as an ordinary chat between its delete and the list's update.
   */
  settleDeleting: (listed: ReadonlySet<string>) => void;
  setSettingsOpen: (open: boolean) => void;
  setDraft: (sessionId: string, text: string) => void;
  /** Saved drafts from an earlier visit; text typed meanwhile wins. */
  restoreDrafts: (saved: Record<string, string>) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  /** Removes the notice on `topic`, e.g. once the disk it was about has room again. */
  dismissTopic: (topic: NonNullable<Notice['topic']>) => void;
  focusMessage: (id: string | null) => void;
  highlightMessage: (id: string | null) => void;
  setTreeOpen: (open: boolean) => void;
  focusComposer: () => void;
  focusSessionList: () => void;
  openModelPicker: () => void;
  setSidebarOpen: (open: boolean) => void;
  setSelecting: (selecting: boolean) => void;
  toggleSelected: (id: string) => void;
}

let nextNoticeId = 1;

export const useUi = create<UiState>()((set) => ({
  activeSessionId: null,
  settingsOpen: false,
  drafts: {},
  notices: [],
  focusMessageId: null,
  highlightedMessageId: null,
  treeOpen: false,
  composerFocusRequest: 0,
  sessionListFocusRequest: 0,
  modelPickerRequest: 0,
  sidebarOpen: false,
  selectedSessionIds: null,
  newChatFolderId: null,
  deletingSessionIds: [],
  openSession: (id) =>
    set({
      activeSessionId: id,
      sidebarOpen: false,
      highlightedMessageId: null,
      newChatFolderId: null,
    }),
  forgetChatsExcept: (chats) =>
    set((s) => ({
      drafts: Object.fromEntries(
        Object.entries(s.drafts).filter(([id]) => id === NEW_CHAT_DRAFT || chats.has(id)),
      ),
      selectedSessionIds:
        s.selectedSessionIds && s.selectedSessionIds.filter((id) => chats.has(id)),
    })),
  startChatIn: (folderId) =>
    set({
      activeSessionId: null,
      sidebarOpen: false,
      highlightedMessageId: null,
      newChatFolderId: folderId,
    }),
  setDeleting: (id, deleting) =>
    set((s) => ({
      deletingSessionIds: [
        ...s.deletingSessionIds.filter((x) => x !== id),
        ...(deleting ? [id] : []),
      ],
    })),
  settleDeleting: (listed) =>
    set((s) => {
      const left = s.deletingSessionIds.filter((id) => listed.has(id));
      return left.length === s.deletingSessionIds.length ? s : { deletingSessionIds: left };
    }),
  setSettingsOpen: (open) => set({ settingsOpen: open }),
  setDraft: (sessionId, text) => set((s) => ({ drafts: { ...s.drafts, [sessionId]: text } })),
  restoreDrafts: (saved) =>
    set((s) => {
      const drafts = { ...s.drafts };
      for (const [id, text] of Object.entries(saved)) if (!(id in drafts)) drafts[id] = text;
      return { drafts };
    }),
  notify: (notice) =>
    set((s) => ({
      notices: [
        ...s.notices.filter((n) => !notice.topic || n.topic !== notice.topic),
        { ...notice, id: nextNoticeId++ },
      ],
    })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissTopic: (topic) => set((s) => ({ notices: s.notices.filter((n) => n.topic !== topic) })),
  focusMessage: (id) => set({ focusMessageId: id }),
  highlightMessage: (id) => set({ highlightedMessageId: id }),
  setTreeOpen: (open) => set({ treeOpen: open }),
  setSidebarOpen: (open) => set({ sidebarOpen: open }),
  setSelecting: (selecting) => set({ selectedSessionIds: selecting ? [] : null }),
  toggleSelected: (id) =>
    set((s) => {
      if (!s.selectedSessionIds) return s;
      const selected = s.selectedSessionIds.includes(id)
        ? s.selectedSessionIds.filter((x) => x !== id)
        : [...s.selectedSessionIds, id];
      return { selectedSessionIds: selected };
    }),
  focusComposer: () => set((s) => ({ composerFocusRequest: s.composerFocusRequest + 1 })),
  // On a narrow screen the list is in a panel, which opens to take the focus.
  focusSessionList: () =>
    set((s) => ({ sessionListFocusRequest: s.sessionListFocusRequest + 1, sidebarOpen: true })),
  openModelPicker: () => set((s) => ({ modelPickerRequest: s.modelPickerRequest + 1 })),
}));

export const uiSelectors = {
  draftOf: (sessionId: string | null) => (s: UiState) =>
    s.drafts[sessionId ?? NEW_CHAT_DRAFT] ?? '',
};
