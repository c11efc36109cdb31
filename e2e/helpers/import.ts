// Importing chats through the screen: the Import button's file picker, or a file dropped on the
// window, then the preview dialog.
import { expect, type Page } from '@playwright/test';
import { configureEndpoint, sendAndWait, sessionList, startNewChat } from './app';
import { uniqueMarker } from './mock';

const BRANCH_FIXTURE = new URL('../fixtures/own-exports/chatgpt-branch.json', import.meta.url)
  .pathname;

export function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import chats' });
}

/** Clicks Import and picks `paths` in the file chooser. */
export async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(paths);
}

export async function confirmImport(page: Page): Promise<void> {
  const dialog = importDialog(page);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Drops a file on the window the way a browser does: dragenter, dragover, then drop. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
    },
    { name, text },
  );
}

/**
 * Opens Arbor on a fresh profile with two chats of its own and one imported (a ChatGPT export
 * with branches); returns the titles of its own two.
 */
export async function twoChatsAndAnImport(page: Page): Promise<{ first: string; second: string }> {
  const marker = uniqueMarker();
  const first = `First ${marker}`;
  const second = `Second ${marker}`;
  await configureEndpoint(page);
  await sendAndWait(page, first);
  await startNewChat(page);
  await sendAndWait(page, second);
  await chooseFiles(page, [BRANCH_FIXTURE]);
  await confirmImport(page);
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(3);
  return { first, second };
}
