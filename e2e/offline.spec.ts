// Arbor installed for offline use: once its service worker controls the page, Arbor opens with
// every chat while the network is off, sending says the endpoint can't be reached and keeps the
// message, and Retry gets a reply once back online. A new version of Arbor waits for the user's
// Reload to update instead of changing the open page.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  echoOf,
  sendAndWait,
  sendMessage,
  sessionItem,
  statusLine,
  userMessages,
} from './helpers/app';
import { clearMockRequests, MOCK_URL, mockRequests, uniqueMarker } from './helpers/mock';

test.beforeEach(async () => {
  await clearMockRequests();
});

/** Waits until Arbor's service worker has cached the app and controls this page. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Every URL in the page's Cache Storage. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** The error shown inside the newest reply. */
function replyError(page: Page) {
  return assistantMessages(page).last().getByRole('alert');
}

test('opens offline with every chat, says the endpoint is unreachable, and replies once back online', async ({
  page,
  context,
}) => {
  const marker = uniqueMarker();
  const first = `Before going offline ${marker}`;
  const offline = `Sent while offline ${marker}`;
  const modelCalls: { url: string; fromServiceWorker: boolean }[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(MOCK_URL)) {
      modelCalls.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
    }
  });
  // What failed to load once the offline reload had replaced the page. Requests of the page
  // before it, and loads cut short (a worker ended while importing), failed for reasons of their
  // own.
  let reloadedOffline = false;
  const failedOffline: string[] = [];
  page.on('requestfailed', (request) => {
    if (!reloadedOffline) return;
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    failedOffline.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
  });

  await configureEndpoint(page);
  await expect(await sendAndWait(page, first)).toContainText(echoOf(first, ['user']));
  await waitForOfflineReady(page);

  await context.setOffline(true);
  page.once('framenavigated', () => (reloadedOffline = true));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: "You're offline." })).toBeVisible();
  await expect(sessionItem(page, first)).toBeVisible();
  await expect(userMessages(page)).toContainText([first]);
  await expect(assistantMessages(page)).toContainText(echoOf(first, ['user']));
  // Counted by the context worker, whose chunks came from the cache too.
  await expect(statusLine(page)).toContainText('tokens');

  await sendMessage(page, offline);
  await expect(replyError(page)).toContainText(
    `Could not reach ${MOCK_URL}/v1. Check the Base URL in Settings, that the server is running`,
  );
  await expect(userMessages(page)).toContainText([first, offline]);
  expect(await mockRequests(marker)).toHaveLength(1);
  // Nothing of Arbor itself failed to load offline: only the call to the model did.
  expect(failedOffline.length).toBeGreaterThan(0);
  expect(failedOffline.filter((failure) => !failure.startsWith(MOCK_URL))).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: "You're offline." })).toBeHidden();
  await replyError(page).getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(assistantMessages(page).last()).toContainText(
    echoOf(offline, ['user', 'assistant', 'user'], { earlier: first }),
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  const retried = (await mockRequests(marker)).at(-1);
  expect(retried?.messages.at(-1)).toEqual({ role: 'user', content: offline });

  // The service worker never answered for the model endpoint, and cached only Arbor's own files.
  expect(modelCalls.length).toBeGreaterThan(0);
  expect(modelCalls.filter((call) => call.fromServiceWorker)).toEqual([]);
  const origin = new URL(page.url()).origin;
  const cached = await cachedUrls(page);
  expect(cached.length).toBeGreaterThan(0);
  expect(cached.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
});

test('a new version of Arbor waits for Reload to update, then takes over', async ({ page }) => {
  const marker = uniqueMarker();
  const text = `Kept across the update ${marker}`;
  await configureEndpoint(page);
  await sendAndWait(page, text);
  await waitForOfflineReady(page);
  const reloadButton = page.getByRole('button', { name: 'Reload to update', exact: true });
  await expect(reloadButton).toHaveCount(0);

  // A new version on the server: `vite preview` reads dist/ at each request, so a changed
  // sw.js there is what the browser finds when it next looks. (Playwright's routes don't see
  // the browser's own fetch of a service worker script.)
  const serviceWorkerFile = new URL('../dist/sw.js', import.meta.url);
  const current = await readFile(serviceWorkerFile, 'utf8');
  try {
    await writeFile(serviceWorkerFile, `${current}\n// Arbor, a newer build\n`);
    // Opening Arbor again makes the browser look for a new worker, a moment after the page loads.
    await page.reload();
    await expect(reloadButton).toBeVisible({ timeout: 15_000 });

    // Nothing changed under the user: the new version waits, and this page stays as it was.
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting !== null && registration?.waiting !== undefined;
      }),
    ).toBe(true);
    await expect(userMessages(page)).toContainText([text]);

    const reloaded = page.waitForEvent('load');
    await reloadButton.click();
    await reloaded;
  } finally {
    await writeFile(serviceWorkerFile, current);
  }

  await expect(userMessages(page)).toContainText([text]);
  await expect(reloadButton).toHaveCount(0);
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration?.waiting !== null,
        controlled: navigator.serviceWorker.controller !== null,
      };
    }),
  ).toEqual({ waiting: false, controlled: true });
});
