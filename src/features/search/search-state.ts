// Whether the search dialog is open: set by the Search button and Ctrl/Cmd+K.
import { create } from 'zustand';

interface SearchState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

export const useSearchState = create<SearchState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
