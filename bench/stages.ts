// The bench in three stages, each in its own browser session on the same profile:
//  1. seed the data in steps, persisting a streamed reply at 1k, 10k and 100k stored;
//  2. drive the real app (cold opens, the switch, sending, streaming, Export all) while the
//     storage is still as seeded, before the bulk export/import/fork churn; cold opens also run
//     on a second profile with no chats stored;
//  3. export/import, fork and the blob baseline's frames, in the bench page again.
import type { Page } from '@playwright/test';
import type {
  ExportImportReport,
  ForkReport,
  TracedFrames,
  LongSessionInfo,
  PersistReport,
  SearchReport,
  SeedReport,
} from './api-types';
import {
  measureColdOpen,
  measureStreamFrames,
  measureToolLoopFrames,
  measureSwitch,
  openBenchPage,
  type ColdOpenResult,
  type SwitchResult,
} from './app-measures';
import { measureAppExport, type AppExportResult } from './app-export';
import { firstPage, launch } from './browser';
import { PROBE_FILE } from './build';
import { MOCK_BASE_URL, ORDINARY_STAGES, RUNS, SETTLE_AFTER_SEED_MS } from './config';
import { startFrameTrace } from './frame-trace';
import type { BenchMock } from './mock';
import { measureSearchTyping, type SearchTypingResult } from './search-typing';
import { SEED } from './seed-value';
import { measureZipPreview, type ZipPreviewResult } from './zip-preview';
import { measureSends, type SendResult } from './send-measure';

export type Log = (step: string) => void;

export interface SeedStage {
  browser: string;
  seeding: SeedReport[];
  persist: PersistReport[];
  long: LongSessionInfo;
  start: { id: string; title: string };
  search: SearchReport;
}

async function browserName(page: Page): Promise<string> {
  const agent = await page.evaluate(() => navigator.userAgent);
  return /(?:Headless)?Chrome\/[\d.]+/.exec(agent)?.[0] ?? agent;
}

async function settle(page: Page): Promise<void> {
  await page.evaluate((ms) => window.arborBench.idle(ms), SETTLE_AFTER_SEED_MS);
}

export async function seedStage(profileDir: string, log: Log): Promise<SeedStage> {
  const context = await launch(profileDir);
  try {
    const page = await firstPage(context);
    await openBenchPage(page);
    const browser = await browserName(page);
    await page.evaluate(() => window.arborBench.reset());
    await page.evaluate((url) => window.arborBench.seedSettings(url), MOCK_BASE_URL);
    const seeding: SeedReport[] = [];
    const persist: PersistReport[] = [];
    for (const total of ORDINARY_STAGES) {
      log(`seeding ${total} sessions of 100 messages`);
      seeding.push(await page.evaluate((n) => window.arborBench.seedOrdinary(n), total));
      await settle(page);
      log(`persisting a streamed reply at ${total * 100} messages (Arbor and blob baseline)`);
      persist.push(
        await page.evaluate(([runs, blobRuns]) => window.arborBench.persist(runs, blobRuns), [
          RUNS.persist,
          RUNS.persistBlob,
        ] as const),
      );
    }
    log('seeding the 10,000-message session');
    const long = await page.evaluate(() => window.arborBench.seedLong());
    await settle(page);
    log(
      `search: rebuilding the index of everything stored, queries and finished replies (${RUNS.search})`,
    );
    const search = await page.evaluate((n) => window.arborBench.search(n), RUNS.search);
    const start = await page.evaluate(() => window.arborBench.newestOrdinary());
    await settle(page);
    return { browser, seeding, persist, long, start, search };
  } finally {
    await context.close();
  }
}

export interface AppStage {
  coldOpen: ColdOpenResult;
  switchSession: SwitchResult;
  send: SendResult;
  ordinaryFrames: TracedFrames[];
  longFrames: TracedFrames[];
  toolLoopFrames: TracedFrames[];
  appExport: AppExportResult;
  searchTyping: SearchTypingResult;
  zipPreview: ZipPreviewResult;
}

/** Opens the bench page and leaves the database empty but for the endpoint settings. */
export async function resetToSettingsOnly(page: Page): Promise<void> {
  await openBenchPage(page);
  await page.evaluate(() => window.arborBench.reset());
  await page.evaluate((url) => window.arborBench.seedSettings(url), MOCK_BASE_URL);
}

/**
 * A profile whose database holds no chats, for the cold open with nothing stored: the same
 * schema and the same endpoint settings (so no first-run dialog), as after deleting every chat.
 */
export async function emptyProfileStage(profileDir: string): Promise<void> {
  const context = await launch(profileDir);
  try {
    await resetToSettingsOnly(await firstPage(context));
  } finally {
    await context.close();
  }
}

export async function appStage(
  profileDir: string,
  emptyProfileDir: string,
  seeded: SeedStage,
  mock: BenchMock,
  mcpUrl: string,
  log: Log,
): Promise<AppStage> {
  log(
    `cold opens (${RUNS.coldOpen} each with everything seeded and with no chats, each in a freshly launched browser)`,
  );
  const coldOpen = await measureColdOpen(profileDir, emptyProfileDir, PROBE_FILE, RUNS.coldOpen);
  const context = await launch(profileDir, { probeFile: PROBE_FILE });
  try {
    const page = await firstPage(context);
    log(`switching to the 10k session (${RUNS.switchSession})`);
    const switchSession = await measureSwitch(
      page,
      seeded.long,
      seeded.start.id,
      RUNS.switchSession,
    );
    // Before the streams, which would leave the long chat counted; each run forgets the counts.
    log(`sending in the 10k session, first after opening it and then again (${RUNS.send})`);
    const send = await measureSends(page, seeded.long.id, mock, RUNS.send);
    log('streaming a reply at 200 tokens/s in a 100-message session (2)');
    const ordinaryFrames = await measureStreamFrames(page, seeded.start.id, 2);
    log(`streaming a reply at 200 tokens/s in the 10k session (${RUNS.streamFrames})`);
    const longFrames = await measureStreamFrames(page, seeded.long.id, RUNS.streamFrames);
    log(`a 10-step tool loop in the 10k session (${RUNS.toolLoop})`);
    const toolLoopFrames = await measureToolLoopFrames(page, seeded.long.id, mcpUrl, RUNS.toolLoop);
    log(`Export all in the app (${RUNS.exportImport})`);
    const appExport = await measureAppExport(page, seeded.start.id, RUNS.exportImport);
    log(`typing in the search box (${RUNS.search})`);
    const searchTyping = await measureSearchTyping(page, seeded.start.id, RUNS.search);
    log(`picking a 100 MB ChatGPT zip in Import until its preview shows (${RUNS.zipPreview})`);
    const zipPreview = await measureZipPreview(page, seeded.start.id, SEED, RUNS.zipPreview);
    return {
      coldOpen,
      switchSession,
      send,
      ordinaryFrames,
      longFrames,
      toolLoopFrames,
      appExport,
      searchTyping,
      zipPreview,
    };
  } finally {
    await context.close();
  }
}

export interface ChurnStage {
  exportImport: ExportImportReport;
  fork: ForkReport;
  blobFrames: TracedFrames;
}

export async function churnStage(
  profileDir: string,
  seeded: SeedStage,
  log: Log,
): Promise<ChurnStage> {
  const context = await launch(profileDir, { exposeGc: true });
  try {
    const page = await firstPage(context);
    await openBenchPage(page);
    await page.evaluate((id) => window.arborBench.resume(id), seeded.long.id);
    log('exporting and importing everything stored (Arbor, raw floor, blob baseline)');
    const exportImport = await page.evaluate(
      ([runs, importRuns]) => window.arborBench.exportImport(runs, importRuns),
      [RUNS.exportImport, RUNS.importRuns] as const,
    );
    log('forking the 10k session path (Arbor, raw floor, blob baseline)');
    const fork = await page.evaluate((n) => window.arborBench.fork(n), RUNS.fork);
    log('blob baseline frames while persisting a stream');
    const trace = await startFrameTrace(page);
    const blobReport = await page.evaluate(() => window.arborBench.blobStreamFrames());
    const blobFrames = { ...blobReport, work: await trace.stop() };
    return { exportImport, fork, blobFrames };
  } finally {
    await context.close();
  }
}
