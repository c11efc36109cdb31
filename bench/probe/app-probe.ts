// Injected into the real app before its own scripts (page.addInitScript), to time what the
// user sees from inside the page: the cold open, a session switch, Export all and frames while
// a reply streams. It never touches the app's code or data; it only watches the DOM and the timeline.
import { afterThisFrame, paintedWhen } from './after-paint';
import {
  composerBusy,
  exportNotice,
  isHittable,
  messageElement,
  sessionListContent,
} from './dom-checks';
import { startFrameRecorder, type FrameRecorder } from './frame-recorder';
import { indexedDbQuietMs, watchIndexedDb } from './idb-activity';
import { longestTaskBetween, longTasksBetween } from './long-tasks';
import type { ColdOpenSample, ExportSample, ProbeApi, SwitchSample } from '../api-types';

const SETTLED_FRAME_MS = 20;

/**
 * Resolves once `quietMs` pass with every frame under 20 ms of work and no IndexedDB transaction
 * open, with when the quiet began.
 */
function quietFor(quietMs: number): Promise<number> {
  return new Promise((resolve) => {
    let quietSince = performance.now();
    const onFrame = (frameStart: number) => {
      void afterThisFrame().then((paintedAt) => {
        if (paintedAt - frameStart > SETTLED_FRAME_MS) quietSince = paintedAt;
        const storageQuietSince = paintedAt - indexedDbQuietMs();
        if (storageQuietSince > quietSince) quietSince = storageQuietSince;
        if (paintedAt - quietSince >= quietMs) resolve(quietSince);
        else requestAnimationFrame(onFrame);
      });
    };
    requestAnimationFrame(onFrame);
  });
}

function coldOpen(): Promise<ColdOpenSample> {
  return paintedWhen(() => isHittable(sessionListContent())).then(
    async ({ seenAt, paintedAt }) => ({
      visibleMs: seenAt,
      interactiveMs: paintedAt,
      longestTaskMs: await longestTaskBetween(0, paintedAt),
    }),
  );
}

/** The time stamp of the next click anywhere in the page. */
function nextClick(): Promise<number> {
  return new Promise((resolve) => {
    document.addEventListener('click', (event) => resolve(event.timeStamp), {
      capture: true,
      once: true,
    });
  });
}

function createProbe(): ProbeApi {
  let pendingSwitch: Promise<SwitchSample> | undefined;
  let pendingExport: Promise<ExportSample> | undefined;
  let recorder: FrameRecorder | undefined;

  return {
    coldOpen: coldOpen(),
    armSwitch(messageId) {
      pendingSwitch = nextClick().then(async (clickedAt) => {
        let inDomAt: number | undefined;
        const { paintedAt } = await paintedWhen(() => {
          const element = messageElement(messageId);
          if (element) inDomAt ??= performance.now();
          return isHittable(element);
        });
        return {
          clickToPaintMs: paintedAt - clickedAt,
          clickToDomMs: (inDomAt ?? paintedAt) - clickedAt,
          longestTaskMs: await longestTaskBetween(clickedAt, paintedAt),
        };
      });
    },
    switchResult() {
      if (!pendingSwitch) return Promise.reject(new Error('armSwitch() was not called'));
      return pendingSwitch;
    },
    armExport(quietMs) {
      pendingExport = nextClick().then(async (clickedAt) => {
        const { paintedAt } = await paintedWhen(() => isHittable(exportNotice()));
        const idleFrom = await quietFor(quietMs);
        return {
          clickToNoticeMs: paintedAt - clickedAt,
          ...(await longTasksBetween(clickedAt, Math.max(paintedAt, idleFrom))),
        };
      });
    },
    exportResult() {
      if (!pendingExport) return Promise.reject(new Error('armExport() was not called'));
      return pendingExport;
    },
    async settle(quietMs) {
      await quietFor(quietMs);
    },
    async loadSettled(quietMs) {
      const settledMs = await quietFor(quietMs);
      return { settledMs, ...(await longTasksBetween(0, performance.now())) };
    },
    composerBusy,
    now: () => performance.now(),
    longestTaskSince: (from) => longestTaskBetween(from, performance.now()),
    startFrames() {
      recorder = startFrameRecorder();
    },
    stopFrames() {
      if (!recorder) return Promise.reject(new Error('startFrames() was not called'));
      return recorder.stop();
    },
  };
}

// The bench page shares the origin; only the app gets a probe.
if (!location.pathname.startsWith('/bench')) {
  watchIndexedDb();
  window.arborProbe = createProbe();
}
