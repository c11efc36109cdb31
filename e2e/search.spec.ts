// Search across every message of every chat: a word said only on a branch that is not on
// screen is found, and choosing it opens the chat on that branch with the message marked.
// The chats arrive through Import, the way a real history does.
import { expect, test, type Page } from '@playwright/test';
import { allMessages, configureEndpoint, sessionList } from './helpers/app';
import { confirmImport, dropFile, importDialog } from './helpers/import';

const T0 = Date.UTC(2026, 0, 5, 9, 0);

function message(id: string, parentId: string | null, role: string, content: string, at: number) {
  return { id, parentId, createdAt: T0 + at, role, content, status: 'done' };
}

function session(id: string, title: string, activeLeafId: string, messages: unknown[]) {
  return {
    id,
    title,
    titleIsCustom: true,
    createdAt: T0,
    updatedAt: T0 + 10_000,
    model: 'mock-small',
    systemPrompt: '',
    params: {},
    activeLeafId,
    messages,
  };
}

/**
 * A trip chat whose first reply was regenerated: the active branch talks about Porto, the
 * older one about a pastelaria in Belém. And a second chat that says nothing of pastries.
 */
const history = {
  format: 'arbor',
  version: 1,
  exportedAt: '2026-01-06T00:00:00.000Z',
  sessions: [
    session('trip', 'Weekend in Portugal', 'porto-more', [
      message('q', null, 'user', 'Where should we go on Saturday?', 1_000),
      message(
        'belem',
        'q',
        'assistant',
        'Try the custard tarts at the Pastelaria in Belém.',
        2_000,
      ),
      message('belem-more', 'belem', 'user', 'How early does it open?', 3_000),
      message('porto', 'q', 'assistant', 'Take the morning train to Porto.', 4_000),
      message('porto-more', 'porto', 'user', 'Which station?', 5_000),
    ]),
    session('other', 'Groceries', 'list', [
      message('list', null, 'user', 'Milk, eggs and bread.', 6_000),
    ]),
  ],
};

async function importHistory(page: Page) {
  await dropFile(page, 'history.json', JSON.stringify(history));
  await expect(importDialog(page).getByRole('list', { name: 'Import summary' })).toBeVisible();
  await confirmImport(page);
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(2);
}

function searchDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Search' });
}

test('a word said only on another branch is found, and opens that branch at the message', async ({
  page,
}) => {
  await configureEndpoint(page);
  await importHistory(page);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = searchDialog(page);
  await dialog.getByRole('searchbox', { name: 'Search messages' }).fill('pastelaria belem');

  const result = dialog.getByRole('link', { name: /custard tarts/ });
  await expect(result).toBeVisible();
  await expect(result.locator('mark')).toHaveText(['Pastelaria', 'Belém']);
  await expect(dialog.getByRole('region', { name: 'Weekend in Portugal' })).toContainText(
    'Assistant',
  );
  await result.click();

  await expect(dialog).toBeHidden();
  const target = allMessages(page).filter({ hasText: 'custard tarts' });
  await expect(target).toBeVisible();
  await expect(target).toHaveAttribute('data-highlighted', 'true');
  // The chat is on the found message's branch: its follow-up shows, the other branch's doesn't.
  await expect(allMessages(page).filter({ hasText: 'How early does it open?' })).toBeVisible();
  await expect(allMessages(page).filter({ hasText: 'morning train' })).toHaveCount(0);
});

test('Ctrl+K opens search; typos, accents and a long paste are all safe', async ({ page }) => {
  await configureEndpoint(page);
  await importHistory(page);
  await page.keyboard.press('Control+k');
  const box = searchDialog(page).getByRole('searchbox', { name: 'Search messages' });
  await expect(box).toBeFocused();

  await box.fill('custrad');
  await expect(searchDialog(page).getByRole('link', { name: /custard tarts/ })).toBeVisible();
  await box.fill('(.*[ "🙂 '.repeat(1_000));
  await expect(searchDialog(page).getByText('No messages match.')).toBeVisible();
  await box.fill('MILK');
  await expect(searchDialog(page).getByRole('link', { name: /Milk, eggs/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
});
