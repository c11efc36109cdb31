// The contract between the Node runner and the two pieces of code it drives in Chromium: the
// bench page (window.arborBench) and the probe injected into the real app (window.arborProbe).
// Everything crossing page.evaluate is plain JSON.
import type { Summary } from './stats';

export interface FrameReport {
  frames: number;
  /** Frame time: between animation frames as presented (vsync-bound: 16.7 ms at best). */
  intervalP50: number;
  intervalP95: number;
  intervalMax: number;
  /** Frames that came more than 25 ms after the previous one. */
  slowFrames: number;
  /** long-animation-frame entries (a frame's main-thread work over 50 ms) in the window. */
  longAnimationFrames: number;
  longestAnimationFrameMs: number;
}

/** Main-thread work per animation frame, from Chromium's trace (see frame-trace.ts). */
export interface FrameWork {
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

/** What the page saw of the frames, with the work per frame the trace saw. */
export type TracedFrames = FrameReport & { work: FrameWork };

export interface SeedReport {
  sessions: number;
  messages: number;
  textMB: number;
  seedMs: number;
  blobMB: number;
}

export interface LongSessionInfo {
  id: string;
  title: string;
  messages: number;
  pathLength: number;
  branchPoints: number;
  lastPathMessageId: string;
  seedMs: number;
}

export interface PersistReport {
  storedMessages: number;
  /** Batched writes plus the final write for one reply. */
  writes: number;
  arbor: Summary;
  blob: Summary;
  blobMB: number;
}

export interface SearchReport {
  /** Messages stored when the index was rebuilt. */
  messages: number;
  /** From starting a worker with no saved index until every message is indexed. */
  rebuildMs: number;
  rebuildLongestTaskMs: number;
  /** Writing the rebuilt index to IndexedDB, in the worker. */
  saveMs: number;
  /** Time each query took inside the worker, and how many results it showed. */
  queries: { text: string; ms: Summary; results: number }[];
  /** Adding one finished reply to the index. */
  indexOne: Summary;
  /** The worker's whole catch-up after a reply finishes: finding it, reading it, indexing it. */
  catchUpOne: Summary;
}

export interface ForkReport {
  pathLength: number;
  arbor: Summary;
  arborLongestTask: Summary;
  /** Raw IndexedDB put of the same rows into the app's messages store, as full as the fork finds it. */
  rawBulkPut: Summary;
  /** The same into an empty store with the same indexes: cheaper, shown for reference. */
  rawBulkPutEmptyStore: Summary;
  blob: Summary;
}

export interface ExportImportReport {
  messages: number;
  sessions: number;
  fileMB: number;
  exportArbor: Summary;
  exportLongestTask: Summary;
  importArbor: Summary;
  importLoad: Summary;
  importCommit: Summary;
  importMainLongestTask: Summary;
  rawReadAll: Summary;
  stringify: Summary;
  parse: Summary;
  rawBulkPut: Summary;
  exportFloor: Summary;
  importFloor: Summary;
  blobExport: Summary;
  blobImport: Summary;
}

export interface ColdOpenSample {
  /**
   * From navigation start until the first session item (or, with no sessions, the note that
   * there are none) is painted and the main thread is free.
   */
  interactiveMs: number;
  /** From navigation start until that item is laid out and hit-testable. */
  visibleMs: number;
  longestTaskMs: number;
}

/** A script that ran in a long task, as the long-animation-frame entry attributes it. */
export interface TaskScript {
  /** What called it: a script URL (its evaluation), MessagePort.onmessage (React's scheduler), IDBRequest.onsuccess... */
  invoker: string;
  ms: number;
  /** Style and layout the script forced while it ran. */
  layoutMs: number;
}

export interface LongTasksSeen {
  /** Tasks of 50 ms or more. */
  count: number;
  /** 0 when there was none. */
  longestMs: number;
  /** When it started, ms from navigation start. */
  longestAtMs: number;
  scripts: TaskScript[];
}

/** The whole load: from navigation start until the page has been idle for a while. */
export interface LoadSample extends LongTasksSeen {
  /** When the last busy frame ended, ms from navigation start. */
  settledMs: number;
}

export interface SwitchSample {
  /** From the click until the newest message is painted in view. */
  clickToPaintMs: number;
  /** From the click until the newest message is in the DOM. */
  clickToDomMs: number;
  longestTaskMs: number;
}

/** The app's Export all, from the click until its notice is painted and the page is idle. */
export interface ExportSample extends LongTasksSeen {
  clickToNoticeMs: number;
}

export interface BenchApi {
  /** Deletes every database the bench uses, the app's included. */
  reset(): Promise<void>;
  /** Adds ordinary sessions until there are `total`, and rewrites the blob baseline to match. */
  seedOrdinary(total: number): Promise<SeedReport>;
  seedLong(): Promise<LongSessionInfo>;
  seedSettings(baseURL: string): Promise<void>;
  /** In a freshly loaded bench page: picks up the blob state and the long session again. */
  resume(longSessionId: string): Promise<void>;
  /** Waits with nothing to do, so the storage engine can finish compacting after bulk writes. */
  idle(ms: number): Promise<void>;
  persist(runs: number, blobRuns: number): Promise<PersistReport>;
  exportImport(runs: number, importRuns: number): Promise<ExportImportReport>;
  fork(runs: number): Promise<ForkReport>;
  search(runs: number): Promise<SearchReport>;
  /** Frame work while the blob store persists a 2 s streamed reply every 300 ms. */
  blobStreamFrames(): Promise<FrameReport>;
  /** Removes the token counts kept for a chat's messages; resolves with how many had them. */
  forgetTokenCounts(sessionId: string): Promise<number>;
  /** The newest ordinary session, for opening the app somewhere small. */
  newestOrdinary(): Promise<{ id: string; title: string }>;
}

export interface ProbeApi {
  coldOpen: Promise<ColdOpenSample>;
  /** Starts watching for the next click, then for `messageId` to be painted in view. */
  armSwitch(messageId: string): void;
  switchResult(): Promise<SwitchSample>;
  /** Starts watching for the next click, then for Export all's notice and `quietMs` of quiet. */
  armExport(quietMs: number): void;
  exportResult(): Promise<ExportSample>;
  /** Resolves once `quietMs` pass with every frame under 20 ms of work and no IndexedDB transaction open. */
  settle(quietMs: number): Promise<void>;
  /** After the cold open: settles, then reports the long tasks since navigation start. */
  loadSettled(quietMs: number): Promise<LoadSample>;
  /** True while a reply streams (the composer shows Stop). */
  composerBusy(): boolean;
  /** The page's clock, to mark the start of an interval measured from outside. */
  now(): number;
  /** The longest task from `from` (the page's clock) until now; 0 when none reached 50 ms. */
  longestTaskSince(from: number): Promise<number>;
  startFrames(): void;
  stopFrames(): Promise<FrameReport>;
}

declare global {
  interface Window {
    arborBench: BenchApi;
    arborProbe: ProbeApi;
    /** On the blob-open page: ms from navigation start until the whole blob is read and parsed. */
    arborBlobOpen: Promise<number>;
    /** V8's full collection, where Chromium was started with --expose-gc. */
    gc?: () => void;
  }
}
