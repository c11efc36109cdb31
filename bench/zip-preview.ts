// Picking a 100 MB ChatGPT "Export data" zip in the app's Import, driven like a user: from the
// click on Import until the preview lists every chat in it, and the longest main-thread task
// meanwhile (unpacking and parsing run in the import worker). Cancel then writes nothing, so
// each run starts from the same data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openApp, SETTLE_MS } from './app-measures';
import { writeChatgptZip } from './chatgpt-zip';
import { summarize, type Summary } from './stats';

/** Generous: on a busy machine a 100 MB archive takes a while to unpack and read. */
const PREVIEW_TIMEOUT_MS = 300_000;

export interface ZipPreviewResult {
  sizeMB: number;
  conversations: number;
  toPreview: Summary;
  longestTask: Summary;
}

async function previewOnce(
  page: Page,
  sessionId: string,
  zipPath: string,
  conversations: number,
): Promise<{ ms: number; longest: number }> {
  await openApp(page, sessionId);
  await page.evaluate((ms) => window.arborProbe.settle(ms), SETTLE_MS);
  const from = await page.evaluate(() => window.arborProbe.now());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(zipPath);
  const dialog = page.getByRole('dialog', { name: 'Import chats' });
  await dialog
    .getByRole('list', { name: 'Import summary' })
    .getByText(`${conversations} new chats`)
    .waitFor({ timeout: PREVIEW_TIMEOUT_MS });
  const ms = (await page.evaluate(() => window.arborProbe.now())) - from;
  const longest = await page.evaluate((t) => window.arborProbe.longestTaskSince(t), from);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  return { ms, longest };
}

export async function measureZipPreview(
  page: Page,
  sessionId: string,
  seed: number,
  runs: number,
): Promise<ZipPreviewResult> {
  const dir = await mkdtemp(join(tmpdir(), 'arbor-bench-zip-'));
  try {
    const zip = await writeChatgptZip(dir, seed);
    const samples: { ms: number; longest: number }[] = [];
    for (let i = 0; i < runs; i++) {
      samples.push(await previewOnce(page, sessionId, zip.path, zip.conversations));
    }
    return {
      sizeMB: zip.sizeMB,
      conversations: zip.conversations,
      toPreview: summarize(samples.map((s) => s.ms)),
      longestTask: summarize(samples.map((s) => s.longest)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
