// Sessions: each keeps its own messages and history, and Clear (with Undo), Rename and Delete
// work and last (a chat being deleted says so until it is gone); a change in one tab shows in
// another open tab without a reload.
import { expect, test, type Page } from '@playwright/test';
import {
  allMessages,
  assistantMessages,
  configureEndpoint,
  echoOf,
  messageBox,
  openSession,
  sendAndWait,
  sessionItem,
  sessionList,
  startNewChat,
  statusLine,
  statusText,
  userMessages,
} from './helpers/app';
import { clearMockRequests, mockRequests, uniqueMarker } from './helpers/mock';
import { holdTable, storedRows } from './helpers/stored';

test.beforeEach(async () => {
  await clearMockRequests();
});

test('two sessions keep their own messages and history', async ({ page }) => {
  const marker = uniqueMarker();
  const alpha = `Alpha ${marker}`;
  const bravo = `Bravo ${marker}`;
  await configureEndpoint(page);

  await sendAndWait(page, alpha);
  await startNewChat(page);
  // A new chat is stored with its first message, so the list still holds one session.
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);

  await expect(await sendAndWait(page, bravo)).toContainText(echoOf(bravo, ['user']));
  await expect(userMessages(page)).toContainText([bravo]);
  await expect(userMessages(page)).toHaveCount(1);
  const fromB = (await mockRequests(bravo)).at(-1);
  expect(fromB?.messages).toEqual([{ role: 'user', content: bravo }]);

  await expect(sessionItem(page, alpha)).toBeVisible();
  await expect(sessionItem(page, bravo)).toBeVisible();
  // Newest activity first.
  await expect(sessionList(page).getByRole('listitem')).toHaveText([bravo, alpha].map(exactly));

  await openSession(page, alpha);
  await expect(userMessages(page)).toHaveCount(1);
  await expect(userMessages(page)).toContainText([alpha]);
  await expect(assistantMessages(page)).toContainText([echoOf(alpha, ['user'])]);

  const again = `Alpha again ${marker}`;
  await expect(await sendAndWait(page, again)).toContainText(
    echoOf(again, ['user', 'assistant', 'user'], { earlier: alpha }),
  );
  const fromA = (await mockRequests(again)).at(-1);
  expect(fromA?.messages.map((m) => m.content)).toEqual([alpha, echoOf(alpha, ['user']), again]);

  await openSession(page, bravo);
  await expect(userMessages(page)).toHaveCount(1);
  await expect(userMessages(page)).toContainText([bravo]);

  await page.reload();
  await expect(userMessages(page)).toContainText([bravo]);
  await openSession(page, alpha);
  await expect(userMessages(page)).toContainText([alpha, again]);
});

/** Matches a list item whose text is exactly `title` (its buttons have no text). */
function exactly(title: string): RegExp {
  return new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

test('Clear empties the chat and keeps the session, and Undo brings the messages back', async ({
  page,
}) => {
  const marker = uniqueMarker();
  const first = `Keep this ${marker}`;
  await configureEndpoint(page);
  await sendAndWait(page, first);
  await sendAndWait(page, `And this ${marker}`);
  await expect(allMessages(page)).toHaveCount(4);

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(allMessages(page)).toHaveCount(0);
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 0 messages'));
  await expect(sessionItem(page, first)).toBeVisible();

  const notice = page.getByRole('status').filter({ hasText: 'Cleared' });
  await notice.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(allMessages(page)).toHaveCount(4);
  await expect(userMessages(page)).toContainText([first, `And this ${marker}`]);
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 4 messages'));

  await page.reload();
  await expect(userMessages(page)).toContainText([first, `And this ${marker}`]);

  // A clear that is not undone lasts, and the emptied session still takes new messages.
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(allMessages(page)).toHaveCount(0);
  await page.reload();
  await expect(sessionItem(page, first)).toBeVisible();
  await expect(allMessages(page)).toHaveCount(0);
  const fresh = `Fresh start ${marker}`;
  await expect(await sendAndWait(page, fresh)).toContainText(echoOf(fresh, ['user']));
  expect((await mockRequests(fresh)).at(-1)?.messages).toEqual([{ role: 'user', content: fresh }]);
});

test("a notice leaves the chat's controls usable, on a wide and a narrow screen", async ({
  page,
}) => {
  await configureEndpoint(page);
  const marker = uniqueMarker();
  await sendAndWait(page, `Notice placement ${marker}`);
  await sendAndWait(page, `Taken back ${marker}`);
  await page.getByRole('button', { name: 'Tree', exact: true }).click();
  const tree = page.getByRole('complementary', { name: 'Conversation tree' });
  await expect(tree.getByRole('button')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo last turn' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Took back' });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 400, height: 800 },
  ]) {
    await page.setViewportSize(size);
    await expect(notice).toBeVisible();
    const controls = [
      page.getByRole('button', { name: 'Tree', exact: true }),
      page.getByRole('button', { name: 'Export', exact: true }),
      messageBox(page),
    ];
    if (size.width > 400) {
      controls.push(tree.getByRole('button').first(), sessionList(page).getByRole('listitem'));
    }
    for (const control of controls) {
      // A trial click fails when another element would receive the pointer.
      await control.click({ trial: true, timeout: 2000 });
    }
  }
});

/** The unsent drafts Arbor has stored in this browser. */
async function storedDrafts(page: Page): Promise<string[]> {
  return (await storedRows<{ text: string }>(page, 'drafts')).map((r) => r.text);
}

test('an unsent message stays in its own chat across switching and a reload, and goes once sent', async ({
  page,
}) => {
  const marker = uniqueMarker();
  const alpha = `Alpha ${marker}`;
  const bravo = `Bravo ${marker}`;
  const alphaDraft = `Still thinking about alpha ${marker}\nsecond line`;
  const bravoDraft = `Half a bravo question ${marker}`;
  await configureEndpoint(page);
  await sendAndWait(page, alpha);
  await startNewChat(page);
  await sendAndWait(page, bravo);

  await messageBox(page).fill(bravoDraft);
  await openSession(page, alpha);
  await expect(messageBox(page)).toHaveValue('');
  await messageBox(page).fill(alphaDraft);
  await openSession(page, bravo);
  await expect(messageBox(page)).toHaveValue(bravoDraft);

  // Saved a moment after typing stops; the reload must find both.
  await expect
    .poll(() => storedDrafts(page))
    .toEqual(expect.arrayContaining([alphaDraft, bravoDraft]));
  await page.reload();
  await expect(userMessages(page)).toContainText([bravo]);
  await expect(messageBox(page)).toHaveValue(bravoDraft);
  await openSession(page, alpha);
  await expect(messageBox(page)).toHaveValue(alphaDraft);

  // Sending empties the box for good.
  await messageBox(page).press('Enter');
  await expect(userMessages(page).last()).toContainText('Still thinking about alpha');
  await expect(messageBox(page)).toHaveValue('');
  await expect.poll(() => storedDrafts(page)).toEqual([bravoDraft]);
  await page.reload();
  await expect(userMessages(page)).toHaveCount(2);
  await expect(messageBox(page)).toHaveValue('');

  // Text typed the moment before the page goes away is kept too.
  await messageBox(page).fill(`Typed right before the reload ${marker}`);
  await page.reload();
  await expect(userMessages(page)).toHaveCount(2);
  await expect(messageBox(page)).toHaveValue(`Typed right before the reload ${marker}`);
});

test('Rename gives a session a title that lasts', async ({ page }) => {
  const marker = uniqueMarker();
  const first = `Name me ${marker}`;
  const title = `Renamed ${marker}`;
  await configureEndpoint(page);
  await sendAndWait(page, first);

  await sessionItem(page, first)
    .getByRole('button', { name: `Rename ${first}`, exact: true })
    .click();
  const input = sessionList(page).getByLabel('Chat title', { exact: true });
  await expect(input).toHaveValue(first);
  await input.fill(title);
  await input.press('Enter');

  await expect(sessionItem(page, title)).toBeVisible();
  await expect(sessionItem(page, first)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(userMessages(page)).toContainText([first]);

  await sendAndWait(page, `More ${marker}`);
  await page.reload();
  await expect(sessionItem(page, title)).toBeVisible();
  await expect(userMessages(page)).toContainText([first, `More ${marker}`]);
});

test('Delete removes a session after confirmation and leaves the others', async ({ page }) => {
  const marker = uniqueMarker();
  const keep = `Keep me ${marker}`;
  const doomed = `Delete me ${marker}`;
  await configureEndpoint(page);
  await sendAndWait(page, keep);
  await startNewChat(page);
  await sendAndWait(page, doomed);

  // Cancel keeps it.
  await sessionItem(page, doomed)
    .getByRole('button', { name: `Delete ${doomed}`, exact: true })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete this chat?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(sessionItem(page, doomed)).toBeVisible();

  await sessionItem(page, doomed)
    .getByRole('button', { name: `Delete ${doomed}`, exact: true })
    .click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(sessionItem(page, doomed)).toHaveCount(0);
  await expect(sessionItem(page, keep)).toBeVisible();
  // The deleted chat was open; the remaining one opens in its place.
  await expect(userMessages(page)).toContainText([keep]);
  await expect(userMessages(page)).toHaveCount(1);

  await page.reload();
  await expect(sessionItem(page, doomed)).toHaveCount(0);
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
  await expect(userMessages(page)).toContainText([keep]);
});

/** Clicks a chat's Delete and confirms it. */
async function confirmDelete(page: Page, title: string): Promise<void> {
  await sessionItem(page, title)
    .getByRole('button', { name: `Delete ${title}`, exact: true })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete this chat?' });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
}

test('a chat being deleted says so at once while its restore point is made, and another can be deleted meanwhile', async ({
  page,
}) => {
  const marker = uniqueMarker();
  const keep = `Keep me ${marker}`;
  const first = `Delete me first ${marker}`;
  const second = `Delete me too ${marker}`;
  await configureEndpoint(page);
  for (const title of [keep, first, second]) {
    if (title !== keep) await startNewChat(page);
    await sendAndWait(page, title);
  }

  // A slow disk: the restore point and the deletes wait until the messages table is free.
  const release = await holdTable(page, 'messages');
  await confirmDelete(page, second);
  const secondRow = sessionItem(page, second);
  await expect(secondRow).toHaveAttribute('aria-busy', 'true');
  await expect(secondRow).toContainText('Deleting…');
  await expect(secondRow.getByRole('button', { name: `Delete ${second}` })).toHaveCount(0);
  // The open chat was the one being deleted: the newest other chat opens at once.
  await expect(
    sessionItem(page, first).getByRole('button', { name: first, exact: true }),
  ).toHaveAttribute('aria-current', 'page');

  await confirmDelete(page, first);
  await expect(sessionItem(page, first)).toHaveAttribute('aria-busy', 'true');
  await expect(
    sessionItem(page, keep).getByRole('button', { name: keep, exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(3);

  await release();
  await expect(sessionItem(page, second)).toHaveCount(0);
  await expect(sessionItem(page, first)).toHaveCount(0);
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
  await expect(userMessages(page)).toContainText([keep]);
  await page.reload();
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
});

test('a change in one tab shows in another open tab without a reload', async ({ page }) => {
  const marker = uniqueMarker();
  const first = `From tab A ${marker}`;
  await configureEndpoint(page);
  const tabB = await page.context().newPage();
  await tabB.goto('/');
  await expect(tabB.getByRole('dialog')).toHaveCount(0);
  await expect(sessionList(tabB).getByRole('listitem')).toHaveCount(0);

  await sendAndWait(page, first);
  await expect(sessionItem(tabB, first)).toBeVisible();
  await openSession(tabB, first);
  await expect(userMessages(tabB)).toContainText([first]);
  await expect(assistantMessages(tabB)).toContainText([echoOf(first, ['user'])]);

  // While tab B has the chat open, a new turn and a rename in tab A appear there live.
  const second = `Again from A ${marker}`;
  await sendAndWait(page, second);
  await expect(userMessages(tabB)).toContainText([first, second]);
  await expect(assistantMessages(tabB).last()).toContainText(
    echoOf(second, ['user', 'assistant', 'user'], { earlier: first }),
  );
  await expect(statusLine(tabB)).toHaveText(statusText('mock-small · 4 messages'));

  await sessionItem(page, first)
    .getByRole('button', { name: `Rename ${first}`, exact: true })
    .click();
  const input = sessionList(page).getByLabel('Chat title', { exact: true });
  await input.fill(`Shared ${marker}`);
  await input.press('Enter');
  await expect(sessionItem(tabB, `Shared ${marker}`)).toBeVisible();
  await expect(tabB.getByRole('heading', { name: `Shared ${marker}` })).toBeVisible();
  await tabB.close();
});
