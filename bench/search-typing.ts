// Typing in the app's search box with everything seeded: Ctrl+K, then a query typed key by key
// as fast as the keyboard sends keys, until the results for the whole text show. Reports the
// longest main-thread task from the shortcut until then.
import type { Page } from '@playwright/test';
import { openApp, SETTLE_MS } from './app-measures';
import { summarize, type Summary } from './stats';

const TYPED = 'cache index worker';

export interface SearchTypingResult {
  typed: string;
  longestTask: Summary;
  /** From the shortcut until the results for the whole text are shown. */
  toResults: Summary;
}

async function typeOnce(page: Page, sessionId: string): Promise<{ longest: number; ms: number }> {
  await openApp(page, sessionId);
  await page.locator('article').last().waitFor();
  await page.evaluate((ms) => window.arborProbe.settle(ms), SETTLE_MS);
  const from = await page.evaluate(() => window.arborProbe.now());
  await page.keyboard.press('Control+k');
  const box = page.locator('input[aria-label="Search messages"]');
  await box.waitFor();
  await box.pressSequentially(TYPED);
  // Each word narrows the search; results marking the last word answer (nearly) the whole text.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('dialog[open] a mark')].some((m) => /^work/i.test(m.textContent)),
  );
  const longest = await page.evaluate((t) => window.arborProbe.longestTaskSince(t), from);
  const ms = (await page.evaluate(() => window.arborProbe.now())) - from;
  return { longest, ms };
}

export async function measureSearchTyping(
  page: Page,
  sessionId: string,
  runs: number,
): Promise<SearchTypingResult> {
  const samples: { longest: number; ms: number }[] = [];
  for (let i = 0; i < runs; i++) samples.push(await typeOnce(page, sessionId));
  return {
    typed: TYPED,
    longestTask: summarize(samples.map((s) => s.longest)),
    toResults: summarize(samples.map((s) => s.ms)),
  };
}
