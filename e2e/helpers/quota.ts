// A full disk for real: Chromium's DevTools protocol shrinks the storage quota of Arbor's origin,
// so writes past it fail with a genuine QuotaExceededError. Chromium reads an origin's quota
// when IndexedDB first opens there and checks writes against what it then had left, asking
// again only when a write needs more; so the limit is set before the app opens its database,
// and a write bigger than the room left then fails every time.
import type { CDPSession, Page } from '@playwright/test';

export { noiseText } from '../mock-server/noise';

export const APP_ORIGIN = 'http://localhost:5173';

/** The override lasts as long as the DevTools session that set it, so each page keeps one. */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function devTools(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Gives Arbor's origin `bytes` of storage; call it before the first `page.goto`. */
export async function limitQuota(page: Page, bytes: number): Promise<void> {
  const cdp = await devTools(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_ORIGIN, quotaSize: bytes });
}

/** Frees the space: the origin gets the browser's own quota back. */
export async function liftQuota(page: Page): Promise<void> {
  const cdp = await devTools(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_ORIGIN });
}

/** What the origin uses and may use, as Chromium counts it (storage.estimate ignores overrides). */
export async function storageUse(
  page: Page,
): Promise<{ usage: number; quota: number; usageBreakdown: unknown }> {
  const cdp = await devTools(page);
  const { usage, quota, usageBreakdown } = await cdp.send('Storage.getUsageAndQuota', {
    origin: APP_ORIGIN,
  });
  return { usage, quota, usageBreakdown };
}
