// Arbor without a mouse: a whole chat (New chat, type, send, read the reply), a branch made
// by editing a question and switched with the branch switcher, and a search whose result opens
// the other branch, all with the keyboard.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  echoOf,
  messageBox,
  userMessages,
} from './helpers/app';
import { uniqueMarker } from './helpers/mock';

/** Presses Tab until `target` has the focus; fails when it never gets it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

function idle(page: Page) {
  return expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
}

test('a whole chat, a branch switch and a search, with the keyboard alone', async ({ page }) => {
  const tag = uniqueMarker();
  await configureEndpoint(page);

  await tabTo(page, page.getByRole('button', { name: 'New chat', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('heading', { name: 'New chat' })).toBeVisible();
  await tabTo(page, messageBox(page));
  await page.keyboard.type(`first ${tag}`);
  await page.keyboard.press('Enter');
  await expect(assistantMessages(page).last()).toContainText(echoOf(`first ${tag}`, ['user']));
  await idle(page);

  const question = userMessages(page).first();
  await tabTo(page, question.getByRole('button', { name: 'Edit', exact: true }));
  await page.keyboard.press('Enter');
  const editor = question.getByLabel('Edit message');
  await expect(editor).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(`edited ${tag}`);
  await page.keyboard.press('Enter');
  await idle(page);
  const branch = userMessages(page).first().getByLabel('Branch', { exact: true });
  await expect(branch).toHaveText('2 / 2');
  await expect(assistantMessages(page).last()).toContainText(echoOf(`edited ${tag}`, ['user']));

  await tabTo(page, userMessages(page).first().getByRole('button', { name: 'Previous branch' }));
  await page.keyboard.press('Enter');
  await expect(branch).toHaveText('1 / 2');
  await expect(userMessages(page).first()).toContainText(`first ${tag}`);
  await expect(assistantMessages(page).last()).toContainText(echoOf(`first ${tag}`, ['user']));

  // Search finds the edited question, on the branch not shown; the arrow keys walk the results.
  await page.keyboard.press('ControlOrMeta+K');
  const search = page.getByRole('dialog', { name: 'Search' });
  const box = search.getByRole('searchbox', { name: 'Search messages' });
  await expect(box).toBeFocused();
  await page.keyboard.type(`edited ${tag}`);
  const results = search.getByRole('link');
  // The edited question and its reply.
  await expect(results).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(results.last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const chosen = (await results.first().innerText()).split('\n')[0] ?? '';
  await page.keyboard.press('Enter');
  await expect(search).toBeHidden();
  await expect(branch).toHaveText('2 / 2');
  await expect(page.locator('article[data-highlighted="true"]')).toContainText(
    chosen.replace(/…$/, ''),
  );
});
