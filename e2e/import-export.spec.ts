// Export and import in a real browser: Export all survives wiping the site data, a dropped file
// imports, the preview's Cancel writes nothing, and a bad file says what is wrong while the
// chats already here stay.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  openSession,
  sendAndWait,
  sessionItem,
  sessionList,
  startNewChat,
  TEST_KEY,
  userMessages,
} from './helpers/app';
import { wipeSiteData } from './helpers/stored';
import {
  chooseFiles,
  confirmImport,
  dropFile,
  importDialog,
  twoChatsAndAnImport,
} from './helpers/import';
import { uniqueMarker } from './helpers/mock';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixturePath = (name: string) => new URL(name, FIXTURES).pathname;
const BRANCH_FIXTURE = fixturePath('own-exports/chatgpt-branch.json');

test('Export all, wipe the site data, Import: every chat comes back', async ({ page }) => {
  const { first, second } = await twoChatsAndAnImport(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^arbor-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile(await file.path(), 'utf8');
  expect(exported).toContain(first);
  expect(exported).not.toContain(TEST_KEY);

  await wipeSiteData(page);
  await configureEndpoint(page);
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(0);

  await chooseFiles(page, [await file.path()]);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('list', { name: 'Import summary' })).toContainText('3 new chats');
  await confirmImport(page);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 chats.' })).toBeVisible();
  for (const title of [first, second, 'Logo for a bakery']) {
    await expect(sessionItem(page, title)).toBeVisible();
  }
  await openSession(page, first);
  await expect(userMessages(page)).toHaveCount(1);
  await expect(userMessages(page)).toContainText([first]);
  await expect(assistantMessages(page)).toContainText([`You said: "${first}"`]);
  await openSession(page, 'Logo for a bakery');
  await expect(assistantMessages(page).last()).toContainText('A burnt-orange wheat sheaf on cream');
  await expect(userMessages(page)).toHaveCount(4);
});

test('a file dropped on the window is imported after the preview', async ({ page }) => {
  await configureEndpoint(page);
  await dropFile(page, 'conversations.json', await readFile(BRANCH_FIXTURE, 'utf8'));
  const dialog = importDialog(page);
  await expect(dialog).toContainText('conversations.json (ChatGPT export)');
  await expect(dialog.getByRole('list', { name: 'Import summary' })).toContainText('1 new chat');
  await confirmImport(page);
  await expect(sessionItem(page, 'Logo for a bakery')).toBeVisible();
  await expect(
    page.getByRole('main').getByRole('heading', { name: 'Logo for a bakery' }),
  ).toBeVisible();

  await dropFile(page, 'conversations.json', await readFile(BRANCH_FIXTURE, 'utf8'));
  await expect(dialog.getByRole('list', { name: 'Import summary' })).toContainText(
    '1 already here',
  );
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
});

test('the preview shows what would come in, and Cancel writes nothing', async ({ page }) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  await sendAndWait(page, `Keep ${marker}`);
  await chooseFiles(page, [fixturePath('own-exports/chatgpt-tools.json')]);
  const summary = importDialog(page).getByRole('list', { name: 'Import summary' });
  await expect(summary).toContainText('2 new chats');
  await expect(summary).toContainText('0 already here');
  await expect(summary).toContainText('1 rejected');
  await expect(importDialog(page).getByRole('region', { name: 'Rejected' })).toContainText(
    'conversations[2]: has no message tree (mapping)',
  );
  await importDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(importDialog(page)).toBeHidden();
  await page.reload();
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
  await expect(sessionItem(page, `Keep ${marker}`)).toBeVisible();
});

test('a bad file shows what is wrong and the chats already here stay', async ({ page }) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  await sendAndWait(page, `Stay ${marker}`);

  await dropFile(page, 'broken.json', '{"format":"arbor","version":1,"sessions":[{"id":"x",');
  const alert = importDialog(page).getByRole('alert');
  await expect(alert).toContainText('broken.json is not valid JSON');
  await importDialog(page).getByRole('button', { name: 'Close' }).click();

  const badRole = {
    format: 'arbor',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    sessions: [
      {
        id: 'bad',
        title: 'Bad',
        messages: [{ id: 'm', parentId: null, createdAt: 1, role: 'wizard', content: 'x' }],
      },
    ],
  };
  await dropFile(page, 'bad-role.json', JSON.stringify(badRole));
  await expect(importDialog(page).getByRole('alert')).toContainText(
    'sessions[0].messages[0].role: expected one of user, assistant, system, tool',
  );
  await importDialog(page).getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
  await openSession(page, `Stay ${marker}`);
  await expect(userMessages(page)).toHaveCount(1);
  await expect(userMessages(page)).toContainText([`Stay ${marker}`]);
});

test('a chat exports as Markdown along the path on screen', async ({ page }) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  await sendAndWait(page, `Markdown ${marker}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: /As Markdown/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toContain(`### You\n\nMarkdown ${marker}`);
  expect(text).toContain(`You said: "Markdown ${marker}"`);
});

test('the Export menu works from the keyboard: arrows move, Enter chooses, Escape closes', async ({
  page,
}) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  await sendAndWait(page, `Keys ${marker}`);
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  const asJson = page.getByRole('menuitem', { name: /As JSON/ });
  const asMarkdown = page.getByRole('menuitem', { name: /As Markdown/ });
  const asFineTuning = page.getByRole('menuitem', { name: /As fine-tuning JSONL/ });
  await expect(asJson).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(asMarkdown).toBeFocused();
  await page.keyboard.press('End');
  await expect(asFineTuning).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(asJson).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect(asFineTuning).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.jsonl$/);
});

test('selected chats export on their own, with nothing else in the file', async ({ page }) => {
  const marker = uniqueMarker();
  const titles = ['One', 'Two', 'Three'].map((word) => `${word} ${marker}`);
  await configureEndpoint(page);
  for (const [i, title] of titles.entries()) {
    if (i > 0) await startNewChat(page);
    await sendAndWait(page, title);
  }

  await page.getByRole('button', { name: 'Select chats to export' }).click();
  await sessionList(page)
    .getByRole('checkbox', { name: `Select ${titles[0] ?? ''}` })
    .check();
  await sessionList(page)
    .getByRole('checkbox', { name: `Select ${titles[2] ?? ''}` })
    .check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export selected (2)' }).click();
  const file = await download;
  const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    format: string;
    sessions: { title: string }[];
  };
  expect(exported.format).toBe('arbor');
  expect(exported.sessions.map((s) => s.title).sort()).toEqual([titles[0], titles[2]].sort());
  // Select mode ends after the export; every chat is still here.
  await expect(sessionList(page).getByRole('checkbox')).toHaveCount(0);
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(3);
});
