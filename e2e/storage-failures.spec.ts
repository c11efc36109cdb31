// When this browser's storage refuses a write (a full disk, made real by shrinking the origin's
// quota through Chromium's DevTools protocol), Arbor shows one notice, loses nothing it was
// given, writes nothing by halves, and works again once there is room; when two tabs write the
// same chat at once, both turns are kept.
import { expect, test, type Page } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  messageBox,
  openSession,
  sendAndWait,
  sendMessage,
  sessionItem,
  sessionList,
  userMessages,
} from './helpers/app';
import { confirmImport, dropFile, importDialog } from './helpers/import';
import { uniqueMarker } from './helpers/mock';
import { liftQuota, limitQuota, noiseText } from './helpers/quota';
import { NOISE_END } from './mock-server/noise';

// The service worker's cache counts against the same quota and fills it at its own pace.
test.use({ serviceWorkers: 'block' });

/** The origin's whole quota in these tests: small chats fit. */
const QUOTA = 500_000;
/** More than the whole quota, so storing it fails however much room Chromium counted as left. */
const TOO_BIG = 700_000;
/** Fits in the quota once, not twice. */
const HALF_FULL = 300_000;

function notices(page: Page) {
  return page.getByRole('alert');
}

/** Opens Arbor with a QUOTA-sized disk, set before the app first opens its database. */
async function openWithSmallDisk(page: Page): Promise<void> {
  await limitQuota(page, QUOTA);
  await configureEndpoint(page);
}

/** Imports a chat called `title` whose reply holds `size` characters that don't compress. */
async function importChat(page: Page, title: string, size: number): Promise<void> {
  const chat = [
    { role: 'user', content: title },
    { role: 'assistant', content: noiseText(size) },
  ];
  await dropFile(page, `${title}.json`, JSON.stringify(chat));
  await expect(importDialog(page).getByRole('list', { name: 'Import summary' })).toContainText(
    '1 new chat',
  );
}

test('a message a full disk can’t hold stays in the box with one notice, and Send stores it once there is room', async ({
  page,
}) => {
  await openWithSmallDisk(page);
  const tag = uniqueMarker();
  await sendAndWait(page, `stored ${tag}`);

  const big = `too big ${tag} ${noiseText(TOO_BIG)}`;
  await messageBox(page).fill(big);
  await messageBox(page).press('Enter');
  await expect(notices(page)).toHaveCount(1);
  await expect(notices(page)).toContainText('storage is full, so it was not sent');
  // Nothing was lost and nothing half-written appeared.
  await expect(messageBox(page)).toHaveValue(big);
  await expect(userMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page)).toHaveCount(1);

  await liftQuota(page);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(userMessages(page)).toHaveCount(2);
  await expect(messageBox(page)).toHaveValue('');
  await expect(notices(page)).toHaveCount(0);
  await page.reload();
  await expect(userMessages(page)).toHaveCount(2);
  await expect(userMessages(page).last()).toContainText(`too big ${tag}`);
});

/** Sends a message whose reply is TOO_BIG characters of noise, streamed over a few seconds. */
async function askForTooBigReply(page: Page, tag: string): Promise<void> {
  await sendMessage(page, `noise ${tag} [mock:noise=${TOO_BIG}] [mock:slow=10]`);
  const reply = assistantMessages(page).last();
  await expect(reply).toContainText(NOISE_END, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
}

test('a reply that outgrows a full disk mid-stream stays on screen with one notice, and Save reply stores it whole once there is room', async ({
  page,
}) => {
  await openWithSmallDisk(page);
  const tag = uniqueMarker();
  await askForTooBigReply(page, tag);
  await expect(notices(page)).toHaveCount(1);
  await expect(notices(page)).toContainText('The reply could not be saved');
  await expect(assistantMessages(page).last()).toContainText(noiseText(200));

  await liftQuota(page);
  await notices(page).getByRole('button', { name: 'Save reply', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The reply is saved.' })).toBeVisible();
  await expect(notices(page)).toHaveCount(0);
  await page.reload();
  const reply = assistantMessages(page).last();
  await expect(reply).toContainText(NOISE_END);
  await expect(reply).not.toContainText('Interrupted');
});

test('a reply a full disk couldn’t hold is, after a reload, what was stored before the disk filled, marked interrupted', async ({
  page,
}) => {
  await openWithSmallDisk(page);
  const tag = uniqueMarker();
  await askForTooBigReply(page, tag);
  await expect(notices(page)).toHaveCount(1);

  // Still full: the chat opens all the same (marking the reply may or may not fit by then).
  await page.reload();
  await expect(userMessages(page).last()).toContainText(`noise ${tag}`);

  await liftQuota(page);
  await page.reload();
  const reply = assistantMessages(page).last();
  await expect(reply).toContainText('Interrupted');
  await expect(reply).toContainText(noiseText(200));
  await expect(reply).not.toContainText(NOISE_END);
  await expect(userMessages(page).last()).toContainText(`noise ${tag}`);
});

test('an import a full disk can’t hold writes nothing, says how much room it needs, and goes through once there is room', async ({
  page,
}) => {
  await openWithSmallDisk(page);
  const tag = uniqueMarker();
  await sendAndWait(page, `kept ${tag}`);

  await importChat(page, `Imported ${tag}`, TOO_BIG);
  const dialog = importDialog(page);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(notices(page)).toHaveCount(1);
  await expect(dialog.getByRole('alert')).toContainText(
    /^This import needs about 70\d kB of free space/,
  );
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported');
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);

  await liftQuota(page);
  await confirmImport(page);
  await expect(sessionItem(page, `Imported ${tag}`)).toBeVisible();
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(2);
  await expect(notices(page)).toHaveCount(0);
});

test('a fork a full disk can’t hold leaves no chat behind and the original whole, and works once there is room', async ({
  page,
}) => {
  await openWithSmallDisk(page);
  const title = `Source ${uniqueMarker()}`;
  await importChat(page, title, HALF_FULL);
  await confirmImport(page);
  await openSession(page, title);
  const source = assistantMessages(page).first();
  await expect(source).toContainText(noiseText(200));

  await source.getByRole('button', { name: 'Fork' }).click();
  await expect(notices(page)).toHaveCount(1);
  await expect(notices(page)).toContainText('Forking failed: this browser’s storage is full');
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
  await expect(assistantMessages(page).first()).toContainText(noiseText(200));
  await expect(userMessages(page).first()).toContainText(title);

  await liftQuota(page);
  await assistantMessages(page).first().getByRole('button', { name: 'Fork' }).click();
  await expect(sessionItem(page, `${title} (fork)`)).toBeVisible();
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(2);
});

test('two tabs sending in the same chat at once both keep their turns', async ({
  page,
  context,
}) => {
  // Two tabs and a reply paced to stream on while the other tab sends: 27 s on a busy machine.
  test.slow();
  await configureEndpoint(page);
  const tag = uniqueMarker();
  await sendAndWait(page, `shared ${tag}`);

  const other = await context.newPage();
  await other.goto('/');
  await openSession(other, `shared ${tag}`);
  await expect(userMessages(other)).toHaveCount(1);

  // Paced slowly enough that A's reply is still streaming when B sends, on a busy machine too.
  await messageBox(page).fill(`from A ${tag} [mock:slow=300]`);
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
      `from A ${tag} [mock:slow=300]`,
      `from B ${tag}`,
    ]);
    await expect(assistantMessages(tab).nth(1)).toContainText(`You said: "from A ${tag}"`);
  }
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
});
