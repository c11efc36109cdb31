// Slash commands in the message box, driven from the keyboard: the command list, /new, /list,
// /load, /clear, /model, /status, an unknown command, and the // escape. No command ever
// reaches the model: the mock's log is checked for that.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  allMessages,
  assistantMessages,
  configureEndpoint,
  echoOf,
  MOCK_PROVIDER,
  messageBox,
  openSession,
  sendAndWait,
  sessionItem,
  sessionList,
  statusLine,
  statusText,
  userMessages,
} from './helpers/app';
import { clearMockRequests, mockRequests, uniqueMarker } from './helpers/mock';

test.beforeEach(async () => {
  await clearMockRequests();
});

function commandList(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Commands' });
}

function commandOption(page: Page, name: string): Locator {
  return commandList(page).getByRole('option', { name, exact: true });
}

/** Types a command in the message box and presses Enter; the box empties once it has run. */
async function runCommand(page: Page, text: string): Promise<void> {
  const box = messageBox(page);
  await box.fill(text);
  await box.press('Enter');
}

/** What a command that could not run as typed says, next to the message box. */
function commandProblem(page: Page): Locator {
  return page.getByRole('alert');
}

function chatHeading(page: Page, title: string): Locator {
  return page.getByRole('main').getByRole('heading', { name: title, exact: true });
}

test('the command list opens on /, filters as you type, and is driven by the keys', async ({
  page,
}) => {
  await configureEndpoint(page);
  const box = messageBox(page);

  await box.click();
  await page.keyboard.type('/');
  await expect(commandList(page).getByRole('option')).toHaveText([
    /^\/new/,
    /^\/list/,
    /^\/load/,
    /^\/clear/,
    /^\/model/,
    /^\/status/,
    /^\/mcp/,
  ]);
  await expect(commandOption(page, '/new')).toHaveAccessibleDescription('Start a new chat');
  await expect(commandOption(page, '/new')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Start with // to send a message that begins with /.')).toBeVisible();

  await page.keyboard.type('l');
  await expect(commandList(page).getByRole('option')).toHaveCount(2);
  await expect(commandOption(page, '/list')).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(commandOption(page, '/load')).toHaveAttribute('aria-selected', 'true');
  await expect(commandOption(page, '/list')).toHaveAttribute('aria-selected', 'false');
  await box.press('ArrowDown');
  await expect(commandOption(page, '/list')).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await expect(commandOption(page, '/load')).toHaveAttribute('aria-selected', 'true');

  // A command that takes a title is completed, and waits for it.
  await box.press('Enter');
  await expect(box).toHaveValue('/load ');
  await expect(commandList(page)).toBeHidden();
  await expect(box).toBeFocused();

  // Tab completes without running; Escape closes the list and keeps the text.
  await box.fill('/st');
  await expect(commandList(page).getByRole('option')).toHaveCount(1);
  await box.press('Tab');
  await expect(box).toHaveValue('/status');
  await expect(box).toBeFocused();
  await box.press('Escape');
  await expect(commandList(page)).toBeHidden();
  await expect(box).toHaveValue('/status');
  await expect(page.getByRole('status', { name: 'Session status' })).toBeHidden();

  // Letters no command starts with show no list.
  await box.fill('/xyz');
  await expect(commandList(page)).toBeHidden();
  await expect(allMessages(page)).toHaveCount(0);
  expect(await mockRequests()).toEqual([]);
});

test('/new starts a new chat and leaves the open one as it was', async ({ page }) => {
  const first = `First chat ${uniqueMarker()}`;
  await configureEndpoint(page);
  await sendAndWait(page, first);

  await runCommand(page, '/new');
  await expect(page.getByRole('main').getByRole('heading', { name: 'New chat' })).toBeVisible();
  await expect(allMessages(page)).toHaveCount(0);
  await expect(messageBox(page)).toHaveValue('');
  await expect(messageBox(page)).toBeFocused();

  // The command left nothing behind in the chat it was typed in.
  await expect(sessionItem(page, first)).toBeVisible();
  await openSession(page, first);
  await expect(userMessages(page)).toContainText([first]);
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(messageBox(page)).toHaveValue('');
  expect(await mockRequests()).toHaveLength(1);
});

test('/list moves the keyboard focus to the open chat in the session list', async ({ page }) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  await sendAndWait(page, `Older ${marker}`);
  await runCommand(page, '/new');
  await sendAndWait(page, `Newer ${marker}`);
  await openSession(page, `Older ${marker}`);
  await expect(chatHeading(page, `Older ${marker}`)).toBeVisible();

  await runCommand(page, '/list');
  const row = sessionList(page).getByRole('button', { name: `Older ${marker}`, exact: true });
  await expect(row).toBeFocused();
  await expect(messageBox(page)).toHaveValue('');

  // The focus is in the list for real: the keyboard moves on from the row.
  await page.keyboard.press('Tab');
  await expect(
    sessionItem(page, `Older ${marker}`).getByRole('button', {
      name: `More actions for Older ${marker}`,
    }),
  ).toBeFocused();
  await expect(chatHeading(page, `Older ${marker}`)).toBeVisible();
  await expect(userMessages(page)).toContainText([`Older ${marker}`]);
});

test('/load opens a chat by its title, and says when the title matches none or several', async ({
  page,
}) => {
  const marker = uniqueMarker();
  const alpha = `Alpha notes ${marker}`;
  const beta = `Beta notes ${marker}`;
  await configureEndpoint(page);
  await sendAndWait(page, alpha);
  await runCommand(page, '/new');
  await sendAndWait(page, beta);

  await runCommand(page, '/load notes');
  await expect(commandProblem(page)).toContainText(`2 chats match “notes”:`);
  await expect(commandProblem(page)).toContainText(`“${alpha}”`);
  await expect(commandProblem(page)).toContainText(`“${beta}”`);
  await expect(messageBox(page)).toHaveValue('/load notes');
  await expect(chatHeading(page, beta)).toBeVisible();

  await runCommand(page, '/load weather');
  await expect(commandProblem(page)).toContainText('No chat title matches “weather”.');
  await expect(messageBox(page)).toHaveValue('/load weather');

  // Case doesn't matter, and a unique part of the title is enough.
  await runCommand(page, '/load ALPHA');
  await expect(chatHeading(page, alpha)).toBeVisible();
  await expect(userMessages(page)).toContainText([alpha]);
  await expect(messageBox(page)).toHaveValue('');
  await expect(commandProblem(page)).toHaveCount(0);

  // The exact title wins over another chat containing it.
  await runCommand(page, '/new');
  await sendAndWait(page, `${beta} and more`);
  await runCommand(page, `/load ${beta}`);
  await expect(chatHeading(page, beta)).toBeVisible();
  await expect(userMessages(page)).toContainText([beta]);
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(3);
  expect(await mockRequests(marker)).toHaveLength(3);
});

test('/clear clears the open chat as Clear does, and Undo brings it back', async ({ page }) => {
  const marker = uniqueMarker();
  const first = `Keep this ${marker}`;
  await configureEndpoint(page);
  await sendAndWait(page, first);
  await sendAndWait(page, `And this ${marker}`);
  await expect(allMessages(page)).toHaveCount(4);

  await runCommand(page, '/clear');
  await expect(allMessages(page)).toHaveCount(0);
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 0 messages'));
  await expect(messageBox(page)).toHaveValue('');
  await expect(sessionItem(page, first)).toBeVisible();

  const notice = page.getByRole('status').filter({ hasText: `Cleared “${first}”.` });
  await notice.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(allMessages(page)).toHaveCount(4);
  await expect(userMessages(page)).toContainText([first, `And this ${marker}`]);
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 4 messages'));
  expect(await mockRequests(marker)).toHaveLength(2);
});

test('/model opens the model picker, and /model <name> switches the next reply to it', async ({
  page,
}) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  await sendAndWait(page, `Small first ${marker}`);
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 2 messages'));

  await runCommand(page, '/model');
  const picker = page.getByRole('combobox', { name: 'Chat model' });
  await expect(picker).toBeFocused();
  await expect(page.getByRole('listbox', { name: 'Models' })).toBeVisible();
  await expect(messageBox(page)).toHaveValue('');
  await picker.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Models' })).toBeHidden();
  await expect(picker).toHaveValue(`mock-small · ${MOCK_PROVIDER}`);

  // A part of a name that several models share picks none of them.
  await runCommand(page, '/model mock');
  await expect(commandProblem(page)).toContainText('models match “mock”:');
  await expect(commandProblem(page)).toContainText('“mock-large”');
  await expect(messageBox(page)).toHaveValue('/model mock');
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 2 messages'));

  await runCommand(page, '/model nonesuch');
  await expect(commandProblem(page)).toContainText('No listed model matches “nonesuch”.');
  await expect(messageBox(page)).toHaveValue('/model nonesuch');

  await runCommand(page, '/model mock-large');
  await expect(statusLine(page)).toHaveText(statusText('mock-large · 2 messages'));
  await expect(picker).toHaveValue(`mock-large · ${MOCK_PROVIDER}`);
  await expect(
    page.getByRole('status').filter({ hasText: 'The next reply uses mock-large' }),
  ).toBeVisible();
  await expect(messageBox(page)).toHaveValue('');

  await sendAndWait(page, `Large now ${marker}`);
  expect((await mockRequests(marker)).map((r) => r.model)).toEqual(['mock-small', 'mock-large']);

  // It became what new chats start with, as a choice in the picker does.
  await runCommand(page, '/new');
  await sendAndWait(page, `New chat model ${marker}`);
  await expect(statusLine(page)).toHaveText(statusText('mock-large · 2 messages'));
});

test('a new chat shows where its replies come from, and /model there chooses it before the first message', async ({
  page,
}) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  const picker = page.getByRole('combobox', { name: 'Chat model' });
  await expect(picker).toHaveValue(`mock-small · ${MOCK_PROVIDER}`);

  await runCommand(page, '/model');
  await expect(picker).toBeFocused();
  await page.keyboard.type('mock-large');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue(`mock-large · ${MOCK_PROVIDER}`);
  // Nothing is stored for a chat that has no message yet.
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(0);

  await sendAndWait(page, `First on large ${marker}`);
  await expect(statusLine(page)).toHaveText(statusText('mock-large · 2 messages'));
  expect((await mockRequests(marker)).map((r) => r.model)).toEqual(['mock-large']);
});

test('/status shows the session, provider, model, turns, tokens, what was used and the tools', async ({
  page,
}) => {
  const title = `Status check ${uniqueMarker()}`;
  await configureEndpoint(page);
  await sendAndWait(page, title);
  // As the header counts them: "… · 1 turn · 23 / 128,000 tokens".
  await expect(statusLine(page)).toContainText('· 1 turn · ');
  const tokens = /^≈?\d[\d,]* \/ 128,000 tokens$/;

  await runCommand(page, '/status');
  const status = page.getByRole('status', { name: 'Session status' });
  await expect(status.getByRole('term')).toHaveText([
    'Session',
    'Provider',
    'Model',
    'Turns',
    'Tokens',
    'Used',
    'Tools',
  ]);
  await expect(status.getByRole('definition')).toHaveText([
    title,
    MOCK_PROVIDER,
    'mock-small',
    '1 turn',
    tokens,
    /^≈?\d[\d,]* tokens used$/,
    'none',
  ]);
  await expect(messageBox(page)).toHaveValue('');
  await expect(messageBox(page)).toBeFocused();

  // Escape in the box puts it away; the chat is untouched.
  await messageBox(page).press('Escape');
  await expect(status).toBeHidden();
  await expect(allMessages(page)).toHaveCount(2);
  expect(await mockRequests(title)).toHaveLength(1);
});

test('an unknown command says so, keeps its text, and sends nothing', async ({ page }) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  await sendAndWait(page, `Before ${marker}`);

  await runCommand(page, `/foo ${marker}`);
  await expect(commandProblem(page)).toContainText(
    'Unknown command /foo. Commands: /new, /list, /load, /clear, /model, /status, /mcp. Start with // to send a message that begins with /.',
  );
  await expect(messageBox(page)).toHaveValue(`/foo ${marker}`);
  await expect(userMessages(page)).toContainText([`Before ${marker}`]);

  // A message sent after it is the only other request the mock saw.
  await sendAndWait(page, `After ${marker}`);
  await expect(commandProblem(page)).toHaveCount(0);
  const requests = await mockRequests(marker);
  expect(requests.map((r) => r.messages.at(-1)?.content)).toEqual([
    `Before ${marker}`,
    `After ${marker}`,
  ]);
  await expect(userMessages(page)).toContainText([`Before ${marker}`, `After ${marker}`]);
});

test('a message starting with // is sent with one slash taken off', async ({ page }) => {
  const text = `/etc is a folder ${uniqueMarker()}`;
  await configureEndpoint(page);

  await runCommand(page, `/${text}`);
  await expect(userMessages(page)).toContainText([text]);
  await expect(assistantMessages(page)).toContainText(echoOf(text, ['user']));
  await expect(messageBox(page)).toHaveValue('');
  await expect(sessionItem(page, text)).toBeVisible();
  const [request] = await mockRequests(text);
  expect(request?.messages).toEqual([{ role: 'user', content: text }]);
});
