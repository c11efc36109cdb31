// Organising chats: a pinned chat stays on top; folders are made, filled from a chat's menu and
// by drag and drop (in, and out onto the list, which lights up as a folder does), collapsed,
// renamed (never to another folder's name) and deleted (with Undo), and all of it lasts a
// reload; folders imported with the same name are told apart by their chat count;
// a folder exports alone and imports back whole; search can be limited to one folder; a new
// chat started in a folder is stored in it.
// The chats arrive through Import, so only the new chat waits for (the mock) model.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  configureEndpoint,
  messageBox,
  sendAndWait,
  sessionItem,
  sessionList,
} from './helpers/app';
import { wipeSiteData } from './helpers/stored';
import { chooseFiles, confirmImport, dropFile, importDialog } from './helpers/import';

const T0 = Date.UTC(2026, 1, 2, 9, 0);
const CHATS = ['Alpha harbour', 'Bravo lighthouse', 'Charlie orchard'];

/**
 * Three chats, Alpha the oldest, each with one question that says "lantern"; `folderOf` puts
 * chats into `folders` by index.
 */
function history(
  folders: { id: string; title: string }[] = [],
  folderOf: (string | undefined)[] = [],
) {
  return {
    format: 'arbor',
    version: 1,
    exportedAt: '2026-02-03T00:00:00.000Z',
    ...(folders.length > 0
      ? { folders: folders.map((f) => ({ ...f, createdAt: T0, collapsed: false })) }
      : {}),
    sessions: CHATS.map((title, i) => ({
      id: `chat-${i}`,
      ...(folderOf[i] ? { folderId: folderOf[i] } : {}),
      title,
      titleIsCustom: true,
      createdAt: T0 + i * 60_000,
      updatedAt: T0 + i * 60_000 + 1_000,
      model: 'mock-small',
      systemPrompt: '',
      params: {},
      activeLeafId: `q-${i}`,
      messages: [
        {
          id: `q-${i}`,
          parentId: null,
          createdAt: T0 + i * 60_000 + 1_000,
          role: 'user',
          content: `A lantern for ${title}?`,
          status: 'done',
        },
      ],
    })),
  };
}

async function start(page: Page, file = history()): Promise<void> {
  await configureEndpoint(page);
  await dropFile(page, 'history.json', JSON.stringify(file));
  await expect(importDialog(page).getByRole('list', { name: 'Import summary' })).toBeVisible();
  await confirmImport(page);
  // Each folder is a list item too, around its chats.
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(
    3 + (file.folders?.length ?? 0),
  );
}

async function chooseInChatMenu(page: Page, chat: string, ...items: string[]): Promise<void> {
  await sessionItem(page, chat)
    .getByRole('button', { name: `More actions for ${chat}`, exact: true })
    .click();
  const menu = page.getByRole('menu', { name: `Actions for ${chat}`, exact: true });
  for (const item of items) {
    await menu
      .getByRole('menuitem', { name: item, exact: true })
      .or(menu.getByRole('menuitemradio', { name: item, exact: true }))
      .click();
  }
  await expect(menu).toBeHidden();
}

/** Opens a chat's menu at Move to folder; returns the menu. */
async function folderChoices(page: Page, chat: string): Promise<Locator> {
  await sessionItem(page, chat)
    .getByRole('button', { name: `More actions for ${chat}`, exact: true })
    .click();
  const menu = page.getByRole('menu', { name: `Actions for ${chat}`, exact: true });
  await menu.getByRole('menuitem', { name: 'Move to folder', exact: true }).click();
  return menu;
}

function folder(page: Page, title: string): Locator {
  return sessionList(page).getByRole('group', { name: title, exact: true });
}

async function chooseInFolderMenu(page: Page, title: string, item: string): Promise<void> {
  await folder(page, title)
    .getByRole('button', { name: `Folder actions for ${title}`, exact: true })
    .click();
  await page
    .getByRole('menu', { name: `Folder ${title}`, exact: true })
    .getByRole('menuitem', { name: item, exact: true })
    .click();
}

async function newFolder(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New folder', exact: true }).click();
  const input = sessionList(page).getByLabel('Folder title', { exact: true });
  await expect(input).toBeFocused();
  await input.fill(title);
  await input.press('Enter');
  await expect(folder(page, title)).toBeVisible();
}

const chatTitles = (list: Locator) => list.getByRole('listitem');

test('a pinned chat stays on top, its menu says Unpin, and it stays pinned after a reload', async ({
  page,
}) => {
  await start(page);
  const [alpha, bravo, charlie] = CHATS as [string, string, string];
  await expect(sessionList(page).getByRole('listitem')).toHaveText([charlie, bravo, alpha]);

  // From the keyboard: the menu opens with its first item focused.
  await sessionItem(page, alpha)
    .getByRole('button', { name: `More actions for ${alpha}`, exact: true })
    .focus();
  await page.keyboard.press('Enter');
  const pin = page.getByRole('menuitem', { name: 'Pin', exact: true });
  await expect(pin).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sessionList(page).getByRole('listitem')).toHaveText([alpha, charlie, bravo]);
  await page.reload();
  await expect(sessionList(page).getByRole('listitem').first()).toHaveAccessibleName(alpha);
  await sessionItem(page, alpha)
    .getByRole('button', { name: `More actions for ${alpha}`, exact: true })
    .click();
  const menu = page.getByRole('menu', { name: `Actions for ${alpha}` });
  await expect(menu.getByRole('menuitem', { name: 'Unpin', exact: true })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Unpin', exact: true }).click();
  await expect(sessionList(page).getByRole('listitem')).toHaveText([charlie, bravo, alpha]);
});

test('a folder is filled from a menu and by dragging, collapses across a reload, is renamed, and deleting it keeps its chats until Undo', async ({
  page,
}) => {
  await start(page);
  const [alpha, bravo, charlie] = CHATS as [string, string, string];
  await newFolder(page, 'Trips');

  await chooseInChatMenu(page, bravo, 'Move to folder', 'Trips');
  await expect(folder(page, 'Trips').getByRole('listitem', { name: bravo })).toBeVisible();

  await sessionItem(page, charlie).dragTo(
    folder(page, 'Trips').getByRole('button', { name: 'Trips', exact: true }),
  );
  const trips = folder(page, 'Trips');
  await expect(chatTitles(trips)).toHaveText([charlie, bravo]);
  await expect(sessionItem(page, alpha)).toBeVisible();

  // Collapse: the chats hide, and stay hidden after a reload.
  const toggle = trips.getByRole('button', { name: 'Trips', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(trips.getByRole('listitem')).toHaveCount(0);
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(trips.getByRole('listitem')).toHaveCount(0);
  await toggle.click();
  await expect(chatTitles(trips)).toHaveText([charlie, bravo]);

  await chooseInFolderMenu(page, 'Trips', 'Rename folder Trips');
  const input = sessionList(page).getByLabel('Folder title', { exact: true });
  await input.fill('Journeys');
  await input.press('Enter');
  const journeys = folder(page, 'Journeys');
  await expect(chatTitles(journeys)).toHaveText([charlie, bravo]);
  await expect(folder(page, 'Trips')).toHaveCount(0);

  await chooseInFolderMenu(page, 'Journeys', 'Delete folder Journeys');
  await expect(journeys).toHaveCount(0);
  await expect(sessionList(page).getByRole('listitem')).toHaveText([charlie, bravo, alpha]);
  const notice = page.getByRole('status').filter({ hasText: 'Deleted folder “Journeys”' });
  await expect(notice).toContainText('Its 2 chats are kept.');
  await notice.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(chatTitles(folder(page, 'Journeys'))).toHaveText([charlie, bravo]);
  await expect(sessionItem(page, alpha)).toBeVisible();
});

test('a chat dragged out of its folder lights up the list outside the folders and lands in no folder', async ({
  page,
}) => {
  await start(page, history([{ id: 'f-trips', title: 'Trips' }], [undefined, 'f-trips']));
  const [alpha, bravo] = CHATS as [string, string, string];
  const trips = folder(page, 'Trips');
  await expect(chatTitles(trips)).toHaveText([bravo]);
  const noFolder = sessionList(page).getByText('Drop here for no folder', { exact: true });

  // Held over a chat in no folder, the list lights up as a folder does, and says what it does.
  await trips.getByRole('listitem', { name: bravo }).hover();
  await page.mouse.down();
  await sessionItem(page, alpha).hover({ position: { x: 20, y: 10 } });
  await sessionItem(page, alpha).hover({ position: { x: 24, y: 14 } });
  await expect(noFolder).toBeVisible();
  // Back over its folder, the folder is where it would go.
  await trips.getByRole('button', { name: 'Trips', exact: true }).hover();
  await expect(noFolder).toBeHidden();
  await sessionItem(page, alpha).hover({ position: { x: 20, y: 10 } });
  await expect(noFolder).toBeVisible();
  await page.mouse.up();

  await expect(noFolder).toBeHidden();
  await expect(trips.getByRole('listitem')).toHaveCount(0);
  await expect(sessionItem(page, bravo)).toBeVisible();
  const choices = await folderChoices(page, bravo);
  await expect(choices.getByRole('menuitemradio', { name: 'No folder' })).toBeChecked();
});

test('a folder can’t take a name another folder has; folders imported with the same name are told apart by their chats', async ({
  page,
}) => {
  const work = [
    { id: 'f-work-a', title: 'Work' },
    { id: 'f-work-b', title: 'Work' },
  ];
  await start(page, history(work, ['f-work-a', 'f-work-b', 'f-work-b']));
  const [alpha, bravo, charlie] = CHATS as [string, string, string];
  // The import keeps both folders and every chat.
  await expect(sessionList(page).getByRole('group', { name: 'Work', exact: true })).toHaveCount(2);
  for (const chat of CHATS) await expect(sessionItem(page, chat)).toBeVisible();

  await page.getByRole('button', { name: 'New folder', exact: true }).click();
  const input = sessionList(page).getByLabel('Folder title', { exact: true });
  await input.fill(' work ');
  const taken = 'A folder named “work” already exists. Choose another name.';
  await expect(input).toHaveAccessibleDescription(taken);
  await expect(sessionList(page).getByText(taken)).toBeVisible();
  await input.press('Enter');
  await expect(input).toBeFocused();
  await input.fill('Work notes');
  await expect(sessionList(page).getByText(taken)).toBeHidden();
  await input.press('Enter');
  await expect(folder(page, 'Work notes')).toBeVisible();

  const menu = await folderChoices(page, alpha);
  await expect(menu.getByRole('menuitemradio')).toHaveText([
    '✓ Work (1 chat)',
    'Work (2 chats)',
    'Work notes',
    'No folder',
  ]);
  await menu.getByRole('menuitemradio', { name: 'Work (2 chats)', exact: true }).click();
  await expect(menu).toBeHidden();
  const groups = sessionList(page).getByRole('group', { name: 'Work', exact: true });
  await expect(groups.nth(0).getByRole('listitem')).toHaveCount(0);
  await expect(chatTitles(groups.nth(1))).toHaveText([charlie, bravo, alpha]);

  // Search's folder choice names them the same way.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const choice = page.getByRole('dialog', { name: 'Search' }).getByLabel('Folder', { exact: true });
  await expect(choice.locator('option')).toHaveText([
    'All folders',
    'Work (0 chats)',
    'Work (3 chats)',
    'Work notes',
  ]);
});

test('search limited to a folder finds only its chats; the folder exports alone and imports back whole', async ({
  page,
}) => {
  await start(page);
  const [alpha, bravo, charlie] = CHATS as [string, string, string];
  await newFolder(page, 'Lights');
  await chooseInChatMenu(page, bravo, 'Move to folder', 'Lights');
  await chooseInChatMenu(page, alpha, 'Move to folder', 'Lights');
  await expect(chatTitles(folder(page, 'Lights'))).toHaveText([bravo, alpha]);

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox', { name: 'Search messages' }).fill('lantern');
  const groups = dialog.getByRole('region');
  await expect(groups).toHaveCount(3);
  const choice = dialog.getByLabel('Folder', { exact: true });
  await expect(choice).toHaveValue('');
  await expect(choice.locator('option:checked')).toHaveText('All folders');
  await choice.selectOption({ label: 'Lights' });
  await expect(groups).toHaveCount(2);
  await expect(dialog.getByRole('region', { name: bravo })).toBeVisible();
  await expect(dialog.getByRole('region', { name: alpha })).toBeVisible();
  await expect(dialog.getByRole('region', { name: charlie })).toHaveCount(0);
  await page.keyboard.press('Escape');

  const download = page.waitForEvent('download');
  await chooseInFolderMenu(page, 'Lights', 'Export folder Lights');
  const file = await download;
  const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    folders: { title: string }[];
    sessions: { title: string }[];
  };
  expect(exported.folders.map((f) => f.title)).toEqual(['Lights']);
  expect(exported.sessions.map((s) => s.title)).toEqual([alpha, bravo]);

  await wipeSiteData(page);
  await configureEndpoint(page);
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(0);
  await chooseFiles(page, [await file.path()]);
  await confirmImport(page);
  await expect(chatTitles(folder(page, 'Lights'))).toHaveText([bravo, alpha]);
  await expect(sessionItem(page, charlie)).toHaveCount(0);
});

test('New chat in a folder stores the chat in that folder with its first message', async ({
  page,
}) => {
  await start(page);
  await newFolder(page, 'Ideas');
  await chooseInFolderMenu(page, 'Ideas', 'New chat in Ideas');
  await expect(messageBox(page)).toBeFocused();
  await expect(page.getByRole('main').getByText('In the folder “Ideas”')).toBeVisible();
  await expect(folder(page, 'Ideas').getByRole('listitem')).toHaveCount(0);
  await sendAndWait(page, 'A kite that flies at night');
  const ideas = folder(page, 'Ideas');
  await expect(ideas.getByRole('listitem')).toHaveCount(1);
  await expect(ideas.getByRole('listitem')).toContainText('A kite that flies at night');
  await expect(sessionItem(page, CHATS[0] ?? '')).toBeVisible();
  // A chat started with New chat goes in no folder.
  await page.getByRole('button', { name: 'New chat', exact: true }).click();
  await sendAndWait(page, 'A plain question');
  await expect(ideas.getByRole('listitem')).toHaveCount(1);
  await expect(sessionList(page).getByRole('listitem', { name: /A plain question/ })).toBeVisible();
});
