// The app's own Export all, driven like a user in the real app: from the click until the
// "Exported" notice is painted and the page is idle again. The bench page's export measure
// times the export worker alone; this one also counts what the page does with the file (the
// download, the notice), which is what the user waits on.
import type { Page } from '@playwright/test';
import type { ExportSample, LongTasksSeen } from './api-types';
import { openApp, SETTLE_MS } from './app-measures';
import { summarize, type Summary } from './stats';

/** After the notice, how long every frame must stay under 20 ms of work. */
const QUIET_MS = 500;

export interface AppExportResult {
  clickToNotice: Summary;
  longestTask: Summary;
  /** The run with the longest task, with what ran in it. */
  worst: LongTasksSeen;
}

export async function measureAppExport(
  page: Page,
  sessionId: string,
  runs: number,
): Promise<AppExportResult> {
  const samples: ExportSample[] = [];
  for (let i = 0; i < runs; i++) {
    await openApp(page, sessionId);
    await page.evaluate((ms) => window.arborProbe.settle(ms), SETTLE_MS);
    await page.evaluate((ms) => window.arborProbe.armExport(ms), QUIET_MS);
    await page.getByRole('button', { name: 'Export all' }).click();
    samples.push(await page.evaluate(() => window.arborProbe.exportResult()));
  }
  return {
    clickToNotice: summarize(samples.map((s) => s.clickToNoticeMs)),
    longestTask: summarize(samples.map((s) => s.longestMs)),
    worst: samples.reduce((a, b) => (b.longestMs > a.longestMs ? b : a)),
  };
}
