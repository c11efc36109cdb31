// Launching Chromium the way the e2e tests do: the system binary when there is one (else
// Playwright's own), headless, with a persistent profile on disk so IndexedDB is real and
// survives a relaunch (the cold open measures a freshly started browser).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../e2e/chromium';

const VIEWPORT = { width: 1280, height: 800 };

export interface LaunchOptions {
  /** Injected into every page before its own scripts. */
  probeFile?: string;
  /** window.gc, so the bench page can start each timed run on a collected heap. */
  exposeGc?: boolean;
}

export async function launch(
  profileDir: string,
  { probeFile, exposeGc = false }: LaunchOptions = {},
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: systemChromium(),
    args: exposeGc ? [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] : CHROMIUM_ARGS,
    headless: true,
    viewport: VIEWPORT,
  });
  context.setDefaultTimeout(180_000);
  if (probeFile) await context.addInitScript({ path: probeFile });
  return context;
}

/** The context's first tab, with the page's errors forwarded to the terminal. */
export async function firstPage(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[console] ${message.text()}`);
  });
  return page;
}
