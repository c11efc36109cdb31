// A newer Arbor opened in another tab upgrades the database: this tab says to reload, and
// writes nothing into a schema it doesn't know.
import { expect, test } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  messageBox,
  sendAndWait,
  userMessages,
} from './helpers/app';
import { uniqueMarker } from './helpers/mock';
import { storedRows } from './helpers/stored';

test('an upgrade by a newer tab tells this tab to reload, and this tab writes nothing after it', async ({
  page,
  context,
}) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  await sendAndWait(page, `Before the upgrade ${marker}`);

  // The newer Arbor: another tab opens the database at a higher version, adding a table.
  const newer = await context.newPage();
  // A page of Arbor's origin that doesn't run Arbor, so only what it does here touches the data.
  await newer.goto('/icon.svg');
  await newer.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const probe = indexedDB.open('arbor');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const open = indexedDB.open('arbor', version + 10);
          open.onupgradeneeded = () => open.result.createObjectStore('fromTheFuture');
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(new Error(String(open.error)));
          open.onblocked = () => undefined;
        };
        probe.onerror = () => reject(new Error(String(probe.error)));
      }),
  );

  await expect(page.getByRole('alert').filter({ hasText: 'A newer Arbor' })).toContainText(
    'Reload this tab',
  );
  const before = await storedRows(newer, 'messages');
  const refused = page.waitForEvent('console', (m) => m.text().startsWith('Sending failed'));
  await messageBox(page).fill(`After the upgrade ${marker}`);
  await messageBox(page).press('Enter');
  await refused;
  // Nothing this tab tried was written into the newer database, what was typed is kept, and
  // the one notice is the one that says to reload.
  await expect(messageBox(page)).toHaveValue(`After the upgrade ${marker}`);
  expect(await storedRows(newer, 'messages')).toEqual(before);
  await expect(userMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(1);

  // Reloaded, this tab still runs the older Arbor (a newer one would come with the update): it
  // says so and still writes nothing.
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('this tab runs an older one');
  expect(await storedRows(newer, 'messages')).toEqual(before);
});
