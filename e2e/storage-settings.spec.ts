// Settings' Storage section says whether the browser keeps Arbor's chats when the disk runs low
// and asks for persistent storage (headless Chromium says no), and meters the space used,
// warning past 80% and 95% of the quota.
import { expect, test, type Page } from '@playwright/test';
import { configureEndpoint, sendAndWait, settingsDialog } from './helpers/app';
import { uniqueMarker } from './helpers/mock';

function storageSection(page: Page) {
  return settingsDialog(page).getByRole('region', { name: 'Storage' });
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(storageSection(page)).toBeVisible();
}

test('storage that is not persistent says what that means, and asking again says the browser’s answer', async ({
  page,
}) => {
  await configureEndpoint(page);
  await sendAndWait(page, `Keep me ${uniqueMarker()}`);
  await openSettings(page);
  const section = storageSection(page);
  await expect(section).toContainText('Storage is not persistent');
  await expect(section).toContainText('the browser may delete');
  await section.getByRole('button', { name: 'Request persistent storage', exact: true }).click();
  await expect(section.getByRole('status')).toContainText('The browser said no.');
  await expect(section).toContainText('Storage is not persistent');
});

/**
 * What the browser answers about its storage, where headless Chromium can't be made to answer
 * otherwise: it always refuses persistence, and `navigator.storage.estimate()` ignores the
 * DevTools quota override (which only makes writes fail). The real usage is kept; only the
 * quota (a share of the usage at each call) and the persistence answer are the test's.
 */
async function browserAnswers(
  page: Page,
  answers: { persistent?: boolean; usedShare?: number },
): Promise<void> {
  await page.addInitScript((given) => {
    const storage = navigator.storage;
    const estimate = storage.estimate.bind(storage);
    const flags = window as unknown as { __usedShare?: number };
    flags.__usedShare = given.usedShare;
    if (given.persistent !== undefined) {
      const answer = given.persistent;
      storage.persist = () => Promise.resolve(answer);
      storage.persisted = () => Promise.resolve(answer);
    }
    storage.estimate = async () => {
      const real = await estimate();
      const share = flags.__usedShare;
      return share ? { ...real, quota: Math.ceil((real.usage ?? 0) / share) } : real;
    };
  }, answers);
}

test('storage the browser agrees to keep says it is persistent', async ({ page }) => {
  await browserAnswers(page, { persistent: true });
  await configureEndpoint(page);
  await openSettings(page);
  const section = storageSection(page);
  await expect(section).toContainText('Storage is persistent');
  await expect(section).toContainText("Clearing this site's data still deletes them.");
  await expect(
    section.getByRole('button', { name: 'Request persistent storage', exact: true }),
  ).toHaveCount(0);
});

test('the meter shows the space used, and warnings come once past 80% and again past 95%', async ({
  page,
}) => {
  await browserAnswers(page, {});
  await configureEndpoint(page);
  await sendAndWait(page, `Fill ${uniqueMarker()}`);
  await openSettings(page);
  const section = storageSection(page);
  const meter = section.getByRole('meter', { name: 'Storage used' });
  await expect(meter).toBeVisible();
  expect(Number(await meter.getAttribute('value'))).toBeGreaterThan(0);
  await expect(section).toContainText(
    / (kB|MB) used of the [\d.]+ GB this browser allows \(under 1%\); chats take [\d.]+ kB\./,
  );
  await expect(section.getByRole('alert')).toHaveCount(0);
  await settingsDialog(page).getByRole('button', { name: 'Close', exact: true }).click();

  // Past 80%: the next change warns, and Settings says it too.
  const setShare = (share: number) =>
    page.evaluate((value) => {
      (window as unknown as { __usedShare?: number }).__usedShare = value;
    }, share);
  await setShare(0.85);
  await sendAndWait(page, `More ${uniqueMarker()}`);
  const warnings = page.getByRole('alert').filter({ hasText: /^Storage is \d+% full/ });
  await expect(warnings).toHaveCount(1);
  await expect(warnings).toContainText('Consider exporting and deleting old chats');
  await openSettings(page);
  await expect(section.getByRole('alert')).toContainText(/Storage is 8\d% full/);
  await settingsDialog(page).getByRole('button', { name: 'Close', exact: true }).click();

  // Past 95%: a more urgent warning.
  await setShare(0.97);
  await sendAndWait(page, `Nearly full ${uniqueMarker()}`);
  await expect(
    page.getByRole('alert').filter({ hasText: 'new messages may soon fail to save' }),
  ).toHaveCount(1);
});
