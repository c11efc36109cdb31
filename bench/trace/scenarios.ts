// What bench:trace records: the seeded profile it needs, the cold open of the app, the app's
// own Export all, a send in the 10k chat, and the bench page's export measure as the bench
// runs it (its timed exports are marked with the user-timing measure EXPORT_MEASURE).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openBenchPage } from '../app-measures';
import { firstPage, launch } from '../browser';
import { PROBE_FILE } from '../build';
import { APP_URL, SETTLE_AFTER_SEED_MS } from '../config';
import { EXPORT_MEASURE } from '../page/export-marks';
import { resetToSettingsOnly } from '../stages';
import { startTrace } from './record';

/** Work the app leaves for idle time (the reply worker's start) comes within this. */
const AFTER_OPEN_MS = 3_000;
const SEED_FILE = 'arbor-trace-seed.json';
const PROFILER_START_MS = 1_000;

interface Seeded {
  longSessionId: string;
}

async function readSeeded(profileDir: string): Promise<Seeded | undefined> {
  try {
    return JSON.parse(await readFile(join(profileDir, SEED_FILE), 'utf8')) as Seeded;
  } catch {
    return undefined;
  }
}

/** 1,000 sessions of 100 messages and the 10,000-message session, as the bench seeds them. */
export async function ensureSeeded(profileDir: string): Promise<Seeded> {
  const existing = await readSeeded(profileDir);
  if (existing) return existing;
  const context = await launch(profileDir);
  try {
    const page = await firstPage(context);
    await resetToSettingsOnly(page);
    await page.evaluate(() => window.arborBench.seedOrdinary(1000));
    const long = await page.evaluate(() => window.arborBench.seedLong());
    await page.evaluate((ms) => window.arborBench.idle(ms), SETTLE_AFTER_SEED_MS);
    const seeded: Seeded = { longSessionId: long.id };
    await writeFile(join(profileDir, SEED_FILE), JSON.stringify(seeded));
    return seeded;
  } finally {
    await context.close();
  }
}

export interface Traced {
  events: unknown[];
  /** The probe's cold-open figures, for the cold open. */
  coldOpen?: { interactiveMs: number; longestTaskMs: number };
}

async function openApp(page: Page) {
  await page.goto(`${APP_URL}/`);
  return page.evaluate(() => window.arborProbe.coldOpen);
}

/** A freshly launched browser opens the app, traced from before navigation until it is idle. */
export async function traceColdOpen(profileDir: string): Promise<Traced> {
  const context = await launch(profileDir, { probeFile: PROBE_FILE });
  try {
    const page = await firstPage(context);
    const trace = await startTrace(page);
    const coldOpen = await openApp(page);
    await page.waitForTimeout(AFTER_OPEN_MS);
    return { events: await trace.stop(), coldOpen };
  } finally {
    await context.close();
  }
}

/** The app's Export all button, traced from the click until the app says the file is saved. */
export async function traceAppExport(profileDir: string): Promise<Traced> {
  const context = await launch(profileDir, { probeFile: PROBE_FILE });
  try {
    const page = await firstPage(context);
    await openApp(page);
    await page.evaluate(() => window.arborProbe.settle(1_000));
    const trace = await startTrace(page);
    // Starting the profiler is a long task of its own; it should not be taken for the export's.
    await page.waitForTimeout(PROFILER_START_MS);
    await page.getByRole('button', { name: 'Export all' }).click();
    await page.getByText(/^Exported \d+ chats/).waitFor();
    return { events: await trace.stop() };
  } finally {
    await context.close();
  }
}

/** The user-timing mark set just before Send is pressed in traceSend. */
export const SEND_MARK = 'arbor-trace-send';

/**
 * A send in the 10k chat with its token counts kept (the chat was sent in once before), traced
 * from before the press until the short reply is done.
 */
export async function traceSend(profileDir: string, seeded: Seeded): Promise<Traced> {
  const context = await launch(profileDir, { probeFile: PROBE_FILE });
  try {
    const page = await firstPage(context);
    await page.goto(`${APP_URL}/#/s/${seeded.longSessionId}`);
    const box = page.locator('textarea[aria-label="Message"]');
    const composerIdle = () => page.waitForFunction(() => !window.arborProbe.composerBusy());
    await page.locator('article').last().waitFor();
    await page.evaluate(() => window.arborProbe.settle(1_000));
    await box.fill('Counted first [mock:tokens=1]');
    const counted = page.waitForRequest((r) => r.url().includes('/chat/completions'));
    await box.press('Enter');
    await counted;
    await composerIdle();
    await page.evaluate(() => window.arborProbe.settle(1_000));
    await box.fill('Traced send [mock:tokens=1]');
    const trace = await startTrace(page);
    await page.waitForTimeout(PROFILER_START_MS);
    await page.evaluate((mark) => performance.mark(mark), SEND_MARK);
    // Waiting on the network, not by polling the page, which would add work of its own.
    const requested = page.waitForRequest((r) => r.url().includes('/chat/completions'));
    await box.press('Enter');
    await requested;
    await composerIdle();
    await page.evaluate(() => window.arborProbe.settle(500));
    return { events: await trace.stop() };
  } finally {
    await context.close();
  }
}

/** The bench's export measure, as `npm run bench` runs it (its exports and their floor). */
export async function traceBenchExport(
  profileDir: string,
  seeded: Seeded,
  runs: number,
): Promise<Traced> {
  const context = await launch(profileDir, { exposeGc: true });
  try {
    const page = await firstPage(context);
    await openBenchPage(page);
    await page.evaluate((id) => window.arborBench.resume(id), seeded.longSessionId);
    const trace = await startTrace(page);
    await page.evaluate((n) => window.arborBench.exportImport(n, 0), runs);
    return { events: await trace.stop() };
  } finally {
    await context.close();
  }
}

export { EXPORT_MEASURE };
