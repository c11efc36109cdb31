// When this browser's storage refuses a write (a full disk), Arbor says so and loses nothing;
// when two tabs write the same chat at once, both turns are kept.
import { expect, test, type Page } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  echoOf,
  messageBox,
  openSession,
  sendAndWait,
  sessionList,
  userMessages,
} from './helpers/app';
import { uniqueMarker } from './helpers/mock';

/** Makes every IndexedDB add/put fail the way a full disk does, until turned off. */
async function installDiskFullSwitch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const flags = window as unknown as { __diskFull?: boolean };
    for (const method of ['add', 'put'] as const) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound with apply below
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: [unknown, IDBValidKey?]
      ) {
        if (flags.__diskFull) throw new DOMException('The disk is full', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
}

function setDiskFull(page: Page, full: boolean): Promise<void> {
  return page.evaluate((value) => {
    (window as unknown as { __diskFull?: boolean }).__diskFull = value;
  }, full);
}

test('a full disk keeps the typed message in the box, says what to do, and Send works once there is room', async ({
  page,
}) => {
  await installDiskFullSwitch(page);
  await configureEndpoint(page);
  const tag = uniqueMarker();
  await sendAndWait(page, `stored ${tag}`);

  await setDiskFull(page, true);
  await messageBox(page).fill(`not yet stored ${tag}`);
  await messageBox(page).press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toContainText(
    'free some disk space',
  );
  // Nothing was lost and nothing half-written appeared.
  await expect(messageBox(page)).toHaveValue(`not yet stored ${tag}`);
  await expect(userMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page)).toHaveCount(1);

  await setDiskFull(page, false);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(assistantMessages(page).last()).toContainText(
    echoOf(`not yet stored ${tag}`, ['user', 'assistant', 'user'], { earlier: `stored ${tag}` }),
  );
  await page.reload();
  await expect(userMessages(page)).toHaveCount(2);
});

test('two tabs sending in the same chat at once both keep their turns', async ({
  page,
  context,
}) => {
  await configureEndpoint(page);
  const tag = uniqueMarker();
  await sendAndWait(page, `shared ${tag}`);

  const other = await context.newPage();
  await other.goto('/');
  await openSession(other, `shared ${tag}`);
  await expect(userMessages(other)).toHaveCount(1);

  await messageBox(page).fill(`from A ${tag} [mock:slow=60]`);
  await messageBox(page).press('Enter');
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await messageBox(other).fill(`from B ${tag}`);
  await messageBox(other).press('Enter');

  for (const tab of [page, other]) {
    await expect(assistantMessages(tab).filter({ hasText: `from B ${tag}` })).toHaveCount(1, {
      timeout: 15_000,
    });
  }
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await page.reload();
  await other.reload();
  for (const tab of [page, other]) {
    await expect(userMessages(tab)).toContainText([
      `shared ${tag}`,
      `from A ${tag} [mock:slow=60]`,
      `from B ${tag}`,
    ]);
    await expect(assistantMessages(tab).nth(1)).toContainText(`You said: "from A ${tag}"`);
  }
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
});
