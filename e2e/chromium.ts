// Which Chromium the end-to-end tests and the benchmark drive, and how it is started: the one
// place that decides (playwright.config.ts, e2e/ensure-browser.ts and bench/ all ask here).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/** The system Chromium on the PATH; undefined when there is none. */
export function systemChromium(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    for (const dir of dirs) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not in this directory
      }
    }
  }
  return undefined;
}

/**
 * The Chromium the end-to-end tests launch: the system one, else Playwright's own, where
 * `playwright install chromium` puts it (which may not have happened yet: ensure-browser.ts).
 */
export function testChromium(): string {
  return systemChromium() ?? chromium.executablePath();
}

/** Headless flags that keep Chromium quiet on a machine with no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
