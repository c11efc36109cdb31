// Keeps what is typed in the message box across reloads and closed tabs. The store holds each
// chat's draft as it is typed (the box must not wait for the disk); this module loads the
// saved drafts once, then saves each chat's draft at most every SAVE_INTERVAL_MS, and at once
// when the tab is hidden or closed. Nothing is saved before loading is done, so an old draft
// can never overwrite one typed meanwhile.
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

export function syncDrafts(onSaveFailure: (error: unknown) => void): DraftSync {
  const writers = new Map<string, ThrottledWriter<string>>();
  let ready = false;

  const save = (sessionId: string, text: string) => {
    let writer = writers.get(sessionId);
    if (!writer) {
      writer = createThrottledWriter(
        (value: string) => saveDraft(sessionId, value),
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

  const loaded = loadDrafts().then((saved) => {
    const typedMeanwhile = useUi.getState().drafts;
    useUi.getState().restoreDrafts(saved);
    ready = true;
    for (const [id, text] of Object.entries(typedMeanwhile)) {
      if (text !== (saved[id] ?? '')) save(id, text);
    }
  });

  const flush = async () => {
    await Promise.all([...writers.values()].map((w) => w.flush()));
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onPageHide);

  return {
    loaded,
    flush,
    stop: () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    },
  };
}
