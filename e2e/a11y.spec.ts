// axe finds no accessibility violations on Arbor's screens: the first run, the empty app, a
// chat with replies (markdown, code, math, a branch) in the light and the dark theme,
// Settings, the import preview, the tree view, search, and the session list with folders and
// pins.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  sendAndWait,
  settingsDialog,
  welcomeDialog,
} from './helpers/app';
import { confirmImport, dropFile, importDialog } from './helpers/import';
import { uniqueMarker } from './helpers/mock';

/** Runs axe on the page as it is now and fails with each violation's rule and elements. */
async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(found).toEqual([]);
}

test('the first run and the empty app have no violations', async ({ page }) => {
  await page.goto('/');
  await expect(welcomeDialog(page)).toBeVisible();
  await expectNoViolations(page);

  await configureEndpoint(page);
  await expect(page.getByRole('main').getByRole('heading', { name: 'New chat' })).toBeVisible();
  await expectNoViolations(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a chat with replies, a branch, code and math has no violations, in ${scheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await configureEndpoint(page);
    const tag = uniqueMarker();
    await sendAndWait(page, `Square $$x^2$$ ${tag}`);
    const reply = await sendAndWait(page, `Show markdown [mock:markdown] ${tag}`);
    await expect(reply.locator('pre code span.hljs-keyword').first()).toBeVisible();
    await reply.hover();
    await reply.getByRole('button', { name: 'Regenerate' }).click();
    await expect(assistantMessages(page).last().getByLabel('Branch', { exact: true })).toHaveText(
      '2 / 2',
    );
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
    await expect(page.locator('.katex').first()).toBeVisible();
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? 'dark' : '');
    await expectNoViolations(page);
  });
}

test('Settings has no violations', async ({ page }) => {
  await configureEndpoint(page);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(settingsDialog(page).getByRole('group', { name: 'Theme' })).toBeVisible();
  await expectNoViolations(page);
});

test('the session list with a pinned chat, folders and an open chat menu has no violations', async ({
  page,
}) => {
  await configureEndpoint(page);
  const chat = (id: string, title: string, extra: object) => ({
    id,
    title,
    titleIsCustom: true,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    model: 'mock-small',
    systemPrompt: '',
    params: {},
    activeLeafId: null,
    messages: [],
    ...extra,
  });
  await dropFile(
    page,
    'organised.json',
    JSON.stringify({
      format: 'arbor',
      version: 1,
      exportedAt: '2026-02-03T00:00:00.000Z',
      folders: [
        { id: 'open', title: 'Open folder', createdAt: 1 },
        { id: 'shut', title: 'Collapsed folder', createdAt: 2, collapsed: true },
      ],
      sessions: [
        chat('a', 'Pinned chat', { pinned: true }),
        chat('b', 'Filed chat', { folderId: 'open' }),
        chat('c', 'Hidden chat', { folderId: 'shut' }),
        chat('d', 'Loose chat', {}),
      ],
    }),
  );
  await confirmImport(page);
  const list = page.getByRole('navigation', { name: 'Sessions' });
  await expect(list.getByRole('group', { name: 'Open folder' })).toContainText('Filed chat');
  await expectNoViolations(page);
  await list.getByRole('button', { name: 'More actions for Filed chat' }).click();
  await page.getByRole('menuitem', { name: 'Move to folder' }).click();
  await expect(page.getByRole('menuitemradio', { name: 'Collapsed folder' })).toBeFocused();
  await expectNoViolations(page);
});

test('the import preview has no violations', async ({ page }) => {
  await configureEndpoint(page);
  await dropFile(
    page,
    'chat.json',
    JSON.stringify([
      { role: 'user', content: `Imported ${uniqueMarker()}` },
      { role: 'assistant', content: 'Hello.' },
    ]),
  );
  await expect(importDialog(page).getByRole('list', { name: 'Import summary' })).toContainText(
    '1 new chat',
  );
  await expectNoViolations(page);
});

test('the tree view has no violations', async ({ page }) => {
  await configureEndpoint(page);
  await sendAndWait(page, `tree ${uniqueMarker()}`);
  await page.getByRole('button', { name: 'Tree', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Conversation tree' })).toBeVisible();
  await expectNoViolations(page);
});

test('search with results has no violations', async ({ page }) => {
  const tag = uniqueMarker();
  await configureEndpoint(page);
  await sendAndWait(page, `findable ${tag}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const search = page.getByRole('dialog', { name: 'Search' });
  await search.getByRole('searchbox', { name: 'Search messages' }).fill(`findable ${tag}`);
  await expect(search.getByRole('link')).toHaveCount(2);
  await expectNoViolations(page);
});
