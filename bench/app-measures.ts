// The measures taken in the real app, driven like a user and timed from inside the page by the
// probe: cold open (a freshly launched browser each run, on the seeded profile and on one with
// no chats), switching to the long session, and frames while a reply streams from the mock
// server.
import type { Page } from '@playwright/test';
import type {
  ColdOpenSample,
  LoadSample,
  LongSessionInfo,
  SwitchSample,
  TracedFrames,
} from './api-types';
import { firstPage, launch } from './browser';
import { APP_URL, BENCH_PAGE_URL, BLOB_OPEN_URL, STREAM_PROMPT, TOOL_LOOP_PROMPT } from './config';
import { startFrameTrace } from './frame-trace';
import { summarize, type Summary } from './stats';

export const SETTLE_MS = 500;
/** The load is over once every frame for this long has had under 20 ms of work. */
const LOAD_QUIET_MS = 1_000;
/** A word the mock server's 400-token reply contains. */
const LAST_REPLY_WORD = 'zulu';

export interface ColdOpenResult {
  interactive: Summary;
  visible: Summary;
  /** Until the list is interactive. */
  longestTask: Summary;
  /** Until the page has been idle for LOAD_QUIET_MS: the open chat drawn, idle-time work done. */
  load: {
    longestTask: Summary;
    settled: Summary;
    /** The run with the longest task, with what ran in it. */
    worst: LoadSample;
  };
  /** The same app opened on a profile whose database holds no chats. */
  empty: { interactive: Summary; loadLongestTask: Summary };
  /** Blob baseline: navigation start until a bare page has read and parsed the whole blob. */
  blobBarePage: Summary;
}

export interface SwitchResult {
  clickToPaint: Summary;
  clickToDom: Summary;
  longestTask: Summary;
}

export async function openBenchPage(page: Page): Promise<void> {
  await page.goto(BENCH_PAGE_URL);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
}

export async function openApp(page: Page, sessionId?: string): Promise<ColdOpenSample> {
  await page.goto('about:blank');
  await page.goto(sessionId ? `${APP_URL}/#/s/${sessionId}` : `${APP_URL}/`);
  return page.evaluate(() => window.arborProbe.coldOpen);
}

/** A freshly launched browser opens the app and stays until the page has been idle a while. */
async function coldOpenOnce(
  profileDir: string,
  probeFile: string,
): Promise<{ open: ColdOpenSample; load: LoadSample }> {
  const app = await launch(profileDir, { probeFile });
  try {
    const page = await firstPage(app);
    const open = await openApp(page);
    const load = await page.evaluate((ms) => window.arborProbe.loadSettled(ms), LOAD_QUIET_MS);
    return { open, load };
  } finally {
    await app.close();
  }
}

/** The bare blob page, also in a freshly launched browser. */
async function blobOpenOnce(profileDir: string): Promise<number> {
  const bench = await launch(profileDir);
  try {
    const page = await firstPage(bench);
    await page.goto(BLOB_OPEN_URL);
    return await page.evaluate(() => window.arborBlobOpen);
  } finally {
    await bench.close();
  }
}

/** The seeded profile, the blob baseline and the empty profile take turns within each run. */
export async function measureColdOpen(
  profileDir: string,
  emptyProfileDir: string,
  probeFile: string,
  runs: number,
): Promise<ColdOpenResult> {
  const full: { open: ColdOpenSample; load: LoadSample }[] = [];
  const empty: { open: ColdOpenSample; load: LoadSample }[] = [];
  const blob: number[] = [];
  for (let i = 0; i < runs; i++) {
    full.push(await coldOpenOnce(profileDir, probeFile));
    blob.push(await blobOpenOnce(profileDir));
    empty.push(await coldOpenOnce(emptyProfileDir, probeFile));
  }
  const worst = full.map((s) => s.load).reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
  return {
    interactive: summarize(full.map((s) => s.open.interactiveMs)),
    visible: summarize(full.map((s) => s.open.visibleMs)),
    longestTask: summarize(full.map((s) => s.open.longestTaskMs)),
    load: {
      longestTask: summarize(full.map((s) => s.load.longestMs)),
      settled: summarize(full.map((s) => s.load.settledMs)),
      worst,
    },
    empty: {
      interactive: summarize(empty.map((s) => s.open.interactiveMs)),
      loadLongestTask: summarize(empty.map((s) => s.load.longestMs)),
    },
    blobBarePage: summarize(blob),
  };
}

function sessionButton(page: Page, title: string) {
  return page
    .getByRole('navigation', { name: 'Sessions' })
    .getByRole('button', { name: title, exact: true });
}

export async function measureSwitch(
  page: Page,
  long: LongSessionInfo,
  startSessionId: string,
  runs: number,
): Promise<SwitchResult> {
  const samples: SwitchSample[] = [];
  for (let i = 0; i < runs; i++) {
    await openApp(page, startSessionId);
    await page.evaluate((ms) => window.arborProbe.settle(ms), SETTLE_MS);
    await page.evaluate((id) => window.arborProbe.armSwitch(id), long.lastPathMessageId);
    await sessionButton(page, long.title).click();
    samples.push(await page.evaluate(() => window.arborProbe.switchResult()));
  }
  return {
    clickToPaint: summarize(samples.map((s) => s.clickToPaintMs)),
    clickToDom: summarize(samples.map((s) => s.clickToDomMs)),
    longestTask: summarize(samples.map((s) => s.longestTaskMs)),
  };
}

/**
 * One streamed reply in `sessionId`: frames from pressing Enter until the reply is done.
 * Elements are found with CSS here, not role queries: with ten thousand articles on the page,
 * Playwright's accessible-name matching alone would take longer than the stream.
 */
async function streamOnce(page: Page, sessionId: string): Promise<TracedFrames> {
  await openApp(page, sessionId);
  await page.locator('article').last().waitFor();
  await page.evaluate((ms) => window.arborProbe.settle(ms), SETTLE_MS);
  const box = page.locator('textarea[aria-label="Message"]');
  await box.fill(STREAM_PROMPT);
  const trace = await startFrameTrace(page);
  await page.evaluate(() => window.arborProbe.startFrames());
  await box.press('Enter');
  await page.waitForFunction(() => window.arborProbe.composerBusy());
  await page.waitForFunction(() => !window.arborProbe.composerBusy());
  // The finished row reaches the screen through a live query a moment after the stream ends.
  await page.waitForFunction(
    (word) =>
      [...document.querySelectorAll('article[aria-label="assistant"]')]
        .at(-1)
        ?.textContent.includes(word) ?? false,
    LAST_REPLY_WORD,
  );
  const report = await page.evaluate(() => window.arborProbe.stopFrames());
  return { ...report, work: await trace.stop() };
}

export async function measureStreamFrames(
  page: Page,
  sessionId: string,
  runs: number,
): Promise<TracedFrames[]> {
  const reports: TracedFrames[] = [];
  for (let i = 0; i < runs; i++) reports.push(await streamOnce(page, sessionId));
  return reports;
}

/**
 * Stores an MCP server whose tools run without asking, in the app's settings, as Settings → Tools
 * would; done on the app's page with IndexedDB itself, like the rest of the bench's seeding.
 */
async function useToolServer(page: Page, url: string): Promise<void> {
  await page.evaluate(
    (serverUrl) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('arbor');
        open.onerror = () => reject(new Error('could not open the database'));
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({
            key: 'mcp-servers',
            value: [
              {
                id: 'bench-tools',
                url: serverUrl,
                headers: [],
                enabled: true,
                disabledTools: [],
                alwaysAllowed: [],
                dontAsk: true,
                createdAt: 0,
              },
            ],
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('could not store the server'));
        };
      }),
    url,
  );
}

/** One tool loop of 10 steps in `sessionId`: frames from pressing Enter until the loop stops. */
async function toolLoopOnce(page: Page, sessionId: string): Promise<TracedFrames> {
  await openApp(page, sessionId);
  await page.locator('article').last().waitFor();
  await page.evaluate((ms) => window.arborProbe.settle(ms), SETTLE_MS);
  const box = page.locator('textarea[aria-label="Message"]');
  await box.fill(TOOL_LOOP_PROMPT);
  const trace = await startFrameTrace(page);
  await page.evaluate(() => window.arborProbe.startFrames());
  await box.press('Enter');
  await page.waitForFunction(() => window.arborProbe.composerBusy());
  await page.waitForFunction(() => !window.arborProbe.composerBusy(), undefined, {
    timeout: 120_000,
  });
  // The loop ends at the step limit, which the last reply says.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('article[aria-label="assistant"]')]
      .at(-1)
      ?.textContent.includes('Arbor stopped after 10 tool steps'),
  );
  const report = await page.evaluate(() => window.arborProbe.stopFrames());
  return { ...report, work: await trace.stop() };
}

export async function measureToolLoopFrames(
  page: Page,
  sessionId: string,
  mcpUrl: string,
  runs: number,
): Promise<TracedFrames[]> {
  await useToolServer(page, mcpUrl);
  const reports: TracedFrames[] = [];
  for (let i = 0; i < runs; i++) reports.push(await toolLoopOnce(page, sessionId));
  return reports;
}
