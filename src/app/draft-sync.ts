// Keeps what is typed in the message box across reloads and closed tabs. The store holds each
// chat's draft as it is typed (the box must not wait for the disk); this module loads the
// saved drafts once, then saves each chat's draft at most every SAVE_INTERVAL_MS, at once when
// the tab is hidden, and into a synchronous stash when the page goes away, since an unloading
// page can't finish an IndexedDB write. Nothing is saved before loading is done, so an old
// draft never overwrites one typed meanwhile.
import { stashDrafts, type PendingDraft } from '../db/draft-stash';
import { loadDrafts, saveDraft } from '../db/drafts-repo';
import { createThrottledWriter, type ThrottledWriter } from '../lib/throttled-writer';
import { useUi } from '../store/ui';

const SAVE_INTERVAL_MS = 300;

export interface DraftSync {
  /** Resolves once the saved drafts are in the store. */
  loaded: Promise<void>;
  /** Saves every draft not saved yet. */
  flush: () => Promise<void>;
  stop: () => void;
}

/** `onSaved` hears of each draft stored, e.g. to know a full disk has room again. */
export function syncDrafts(
  onSaveFailure: (error: unknown) => void,
  onSaved: () => void = () => undefined,
): DraftSync {
  const writers = new Map<string, ThrottledWriter<string>>();
  /** Per chat, what this tab last stored or loaded. */
  const stored = new Map<string, string>();
  /** Per chat, text typed here that is not stored yet. */
  const unsaved = new Map<string, string>();
  let ready = false;

  const write = async (sessionId: string, text: string) => {
    await saveDraft(sessionId, text, stored.get(sessionId) ?? '');
    stored.set(sessionId, text);
    if (unsaved.get(sessionId) === text) unsaved.delete(sessionId);
    onSaved();
  };

  const save = (sessionId: string, text: string) => {
    unsaved.set(sessionId, text);
    let writer = writers.get(sessionId);
    if (!writer) {
      writer = createThrottledWriter(
        (value: string) => write(sessionId, value),
        SAVE_INTERVAL_MS,
        onSaveFailure,
      );
      writers.set(sessionId, writer);
    }
    writer.push(text);
  };

  const unsubscribe = useUi.subscribe((state, previous) => {
    if (!ready || state.drafts === previous.drafts) return;
    for (const [id, text] of Object.entries(state.drafts)) {
      if (previous.drafts[id] !== text) save(id, text);
    }
  });

  const loaded = loadDrafts()
    .then((saved) => {
      for (const [id, text] of Object.entries(saved)) stored.set(id, text);
      const typedMeanwhile = useUi.getState().drafts;
      useUi.getState().restoreDrafts(saved);
      for (const [id, text] of Object.entries(typedMeanwhile)) {
        if (text !== (saved[id] ?? '')) save(id, text);
      }
    })
    .finally(() => {
      // Even when loading failed, what is typed from now on is saved (or its failure shown).
      ready = true;
    });

  const flush = async () => {
    await Promise.all([...writers.values()].map((w) => w.flush()));
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => {
    const pending: Record<string, PendingDraft> = {};
    for (const [id, text] of unsaved) pending[id] = { text, replaces: stored.get(id) ?? '' };
    stashDrafts(pending);
  };
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onPageHide);

  return {
    loaded,
    flush,
    stop: () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    },
  };
}
