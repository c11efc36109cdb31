// Long histories stay light on the page: a long chat draws only its newest messages and adds
// earlier ones as the reader scrolls up, a jump far back draws only the messages around the
// target, and a session list of thousands draws only the rows in view. Both are filled through Import, the way a real history arrives.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  allMessages,
  assistantMessages,
  configureEndpoint,
  messageBox,
  openSession,
  sessionList,
  userMessages,
} from './helpers/app';
import { confirmImport, dropFile, importDialog } from './helpers/import';

const LONG_CHAT_LENGTH = 300;
const CHAT_COUNT = 2000;

function messageText(i: number): string {
  return `Message ${i} of the long chat`;
}

function messageNumbered(page: Page, i: number): Locator {
  return allMessages(page).filter({ hasText: messageText(i) });
}

/** A chat of alternating questions and answers, as a bare array of OpenAI messages. */
function longChat() {
  return Array.from({ length: LONG_CHAT_LENGTH }, (_, i) => ({
    role: i % 2 === 0 ? 'user' : 'assistant',
    content: messageText(i),
  }));
}

async function importFile(page: Page, name: string, data: unknown, summary: string) {
  await dropFile(page, name, JSON.stringify(data));
  await expect(importDialog(page).getByRole('list', { name: 'Import summary' })).toContainText(
    summary,
  );
  await confirmImport(page);
}

/**
 * Presses a "Show … messages" button from the keyboard. Focusing it scrolls it into view,
 * where the list may add a page by itself and move the button away from under a mouse, so
 * this is the one way to reach it that can't miss; only a lower bound on what is drawn after
 * it is certain.
 */
async function pressShowMore(page: Page, side: 'earlier' | 'later') {
  const button = page.getByRole('button', { name: new RegExp(`^Show ${side} messages`) });
  await button.focus();
  await button.press('Enter');
}

/** Imports the long chat into a fresh profile and opens it, at its newest message. */
async function openLongChat(page: Page) {
  await configureEndpoint(page);
  await importFile(page, 'long-chat.json', longChat(), '1 new chat');
  await openSession(page, messageText(0));
  await expect(messageNumbered(page, LONG_CHAT_LENGTH - 1)).toBeInViewport();
}

test('A 300-message chat opens at its newest message and adds earlier ones as the reader scrolls up', async ({
  page,
}) => {
  await openLongChat(page);
  const firstPage = page.getByRole('button', { name: 'Show earlier messages (288 more)' });
  await expect(firstPage).toBeAttached();
  await expect(allMessages(page)).toHaveCount(12);

  // Scrolling to the top adds the page before it above, and the reader's place stays in view.
  await firstPage.scrollIntoViewIfNeeded();
  await expect(
    page.getByRole('button', { name: 'Show earlier messages (276 more)' }),
  ).toBeAttached();
  await expect(allMessages(page)).toHaveCount(24);
  await expect(messageNumbered(page, 288)).toBeInViewport();
  await expect(messageNumbered(page, 276)).toBeAttached();

  // The button itself draws the next page too, from the keyboard.
  await pressShowMore(page, 'earlier');
  await expect(messageNumbered(page, 264)).toBeAttached();
  expect(await allMessages(page).count()).toBeGreaterThanOrEqual(36);
});

test('Jumping from the tree view to the first of 300 messages draws the messages around it, and later ones on the way down', async ({
  page,
}) => {
  await openLongChat(page);

  await page.getByRole('button', { name: 'Tree', exact: true }).click();
  await page
    .getByRole('complementary', { name: 'Conversation tree' })
    .getByRole('button', { name: messageText(0) })
    .click();
  await expect(messageNumbered(page, 0)).toBeInViewport();
  await expect(allMessages(page)).toHaveCount(7);
  const later = page.getByRole('button', { name: 'Show later messages (293 more)' });
  await expect(later).toBeAttached();

  // Scrolling down to the end of the window adds the next page below it.
  await later.scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Show later messages (281 more)' })).toBeAttached();
  await expect(allMessages(page)).toHaveCount(19);
  await expect(messageNumbered(page, 18)).toBeAttached();
  await expect(messageNumbered(page, 0)).toBeAttached();

  await pressShowMore(page, 'later');
  await expect(messageNumbered(page, 30)).toBeAttached();

  // Sending from here brings the reader back to the newest end, which follows the reply. The
  // echo of 301 roles is taller than the list, so the question is in view only while the reply
  // is short; the reply's end, once it is done, is what stays.
  await messageBox(page).fill('A new question at the end');
  await messageBox(page).press('Enter');
  await expect(page.getByRole('button', { name: /Show later messages/ })).toHaveCount(0);
  await expect(userMessages(page).filter({ hasText: 'A new question at the end' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  const reply = assistantMessages(page).last();
  await expect(reply).toContainText('You said: "A new question at the end"');
  // Its actions are at its foot: in view means the list is at the newest end.
  await expect(reply.getByRole('button', { name: 'Regenerate', exact: true })).toBeInViewport();
});

test('A list of 2,000 chats draws only the rows in view, and a chat far down opens from it', async ({
  page,
}) => {
  await configureEndpoint(page);
  const chats = Object.fromEntries(
    Array.from({ length: CHAT_COUNT }, (_, i) => [
      `chat-${i}`,
      [
        { role: 'user', content: `Imported chat number ${i}` },
        { role: 'assistant', content: `The reply in chat ${i}` },
      ],
    ]),
  );
  await importFile(page, 'many-chats.json', chats, `${CHAT_COUNT} new chats`);

  const rows = sessionList(page).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const drawnNames = () => rows.evaluateAll((items) => items.map((li) => li.ariaLabel ?? ''));
  const atTop = await drawnNames();
  expect(atTop.length).toBeGreaterThan(5);
  expect(atTop.length).toBeLessThan(60);

  await sessionList(page)
    .locator('ul')
    .evaluate((list) => {
      const scroller = list.parentElement;
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
    });
  await expect.poll(async () => (await drawnNames()).some((n) => atTop.includes(n))).toBe(false);
  const atBottom = await drawnNames();
  expect(atBottom.length).toBeLessThan(60);

  const farDown = atBottom.at(-1) ?? '';
  expect(farDown).toMatch(/^Imported chat number \d+$/);
  await openSession(page, farDown);
  await expect(allMessages(page).first()).toContainText(farDown);
});
