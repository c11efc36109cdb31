// Work done once when Arbor opens: replies left streaming by a tab that died are marked
// interrupted and tool calls it left without answers are answered as interrupted, the session
// named in the address (or the newest one) is opened, the reply worker (with the openai SDK)
// is started in idle time when there is an endpoint to talk to, and unsent drafts come back. A
// reply or a draft that could not be saved, and a newer Arbor in another tab, are reported.
import { useEffect } from 'react';
import { db } from '../db/schema';
import { hasProviders, newestSession, readSession } from '../db/queries';
import { markInterrupted } from '../db/messages-repo';
import { answerInterruptedCalls } from '../db/tool-steps-repo';
import { isClosedForUpgrade, isNewerDatabase, watchForUpgrade } from '../db/upgrade-watch';
import { syncDrafts } from './draft-sync';
import { useTurnSaveNotices } from './turn-save-notices';
import { prepareTurns } from '../engine/reply-workers';
import { liveStreamIds } from '../lib/stream-locks';
import { isDiskFull } from '../lib/disk-full';
import { notifyDiskFull, reportFailure } from '../store/report-failure';
import { useUi } from '../store/ui';

export function sessionIdFromHash(hash: string): string | null {
  const match = /^#\/s\/(.+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function useStartup(): void {
  useEffect(() => {
    void (async () => {
      const live = await liveStreamIds();
      // On a full disk these writes fail; the chats still open, and they run at the next start.
      await markInterrupted((id) => live.has(id))
        .then(() => answerInterruptedCalls((id) => live.has(id)))
        .catch((error: unknown) => {
          // A database a newer Arbor upgraded opens for nothing here: said once, below.
          if (isNewerDatabase(error)) throw error;
          reportFailure('Marking replies cut off earlier as interrupted')(error);
        });
      const fromHash = sessionIdFromHash(location.hash);
      const exists = fromHash ? await readSession(fromHash) : undefined;
      const newest = exists ? undefined : await newestSession();
      useUi.getState().openSession(exists?.id ?? newest?.id ?? null);
      // Only a head start: without it, the first reply starts its own worker.
      hasProviders().then(
        (saved) => {
          if (saved) prepareTurns();
        },
        () => undefined,
      );
    })().catch((error: unknown) => {
      console.error('Opening the database failed', error);
      if (isNewerDatabase(error)) {
        useUi.getState().notify({
          tone: 'error',
          text: 'A newer Arbor has updated the storage in this browser, and this tab runs an older one. Reload to update; if this stays, close every Arbor tab and open it again. Nothing was changed.',
        });
        return;
      }
      useUi.getState().notify({
        tone: 'error',
        text: 'Arbor could not open its storage in this browser. Private windows and full disks can block it; try a normal window or free some space, then reload.',
      });
    });
  }, []);

  useEffect(() => {
    // One notice per spell of failures: a draft stored again ends the spell.
    let reported = false;
    const sync = syncDrafts(
      (error) => {
        console.error('Saving a draft failed', error);
        // A newer Arbor in another tab closed this connection; the notice below says to reload.
        if (isClosedForUpgrade(error)) return;
        if (reported) return;
        reported = true;
        if (!isDiskFull(error)) {
          reportFailure('Saving your unsent message')(error);
          return;
        }
        // A full disk already said so (by a send, say) needs no second notice.
        if (useUi.getState().notices.some((n) => n.topic === 'disk-full')) return;
        notifyDiskFull(
          'Your unsent message could not be saved: this browser’s storage is full. It stays in the message box while this tab is open, and is saved as you type once there is room.',
        );
      },
      () => (reported = false),
    );
    sync.loaded.catch((error: unknown) => console.error('Loading saved drafts failed', error));
    return sync.stop;
  }, []);

  useTurnSaveNotices();

  useEffect(
    () =>
      watchForUpgrade(db, () =>
        useUi.getState().notify({
          tone: 'error',
          text: 'A newer Arbor opened in another tab and updated the storage. Reload this tab to keep working; everything saved is kept.',
        }),
      ),
    [],
  );

  // Keep the address in step with the open session, so a reload reopens it.
  useEffect(
    () =>
      useUi.subscribe((state, previous) => {
        if (state.activeSessionId === previous.activeSessionId) return;
        const hash = state.activeSessionId
          ? `#/s/${encodeURIComponent(state.activeSessionId)}`
          : '';
        if (location.hash !== hash) history.replaceState(null, '', hash || location.pathname);
      }),
    [],
  );
}
