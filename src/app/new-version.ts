// Whether a newer Arbor waits to take over this tab. It takes over only when the user presses
// Reload to update, so the app never changes under someone in the middle of a sentence. A
// vanilla store, so the service worker's code can reach it without React.
import { createStore } from 'zustand/vanilla';

interface NewVersionState {
  /** Switches this tab to the waiting version; null while none waits or after Later. */
  update: (() => Promise<void>) | null;
  offer: (update: () => Promise<void>) => void;
  later: () => void;
}

export const newVersion = createStore<NewVersionState>()((set) => ({
  update: null,
  offer: (update) => set({ update }),
  later: () => set({ update: null }),
}));
