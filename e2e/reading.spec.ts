// Replies that read well: code blocks highlighted with their language shown, math typeset by
// KaTeX while prices stay text, nothing in code or math ever becoming live markup, and a dark
// theme that follows the system unless Settings says otherwise.
import { expect, test, type Page } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  inSettings,
  openSession,
  sendAndWait,
} from './helpers/app';
import { confirmImport, dropFile, importDialog } from './helpers/import';
import { uniqueMarker } from './helpers/mock';

test('a reply’s ts code block is highlighted, says its language, and Copy code copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await configureEndpoint(page);
  const reply = await sendAndWait(page, `Show markdown [mock:markdown] ${uniqueMarker()}`);

  const code = reply.locator('pre code');
  await expect(code.locator('span.hljs-keyword').first()).toHaveText('export');
  await expect(code.locator('span.hljs-string')).toHaveText("'Hello, '");
  await expect(reply.getByText('ts', { exact: true })).toBeVisible();

  await reply.getByRole('button', { name: 'Copy code', exact: true }).click();
  await expect(reply.getByRole('button', { name: 'Copied', exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    "export function greet(name: string): string {\n  return 'Hello, ' + name;\n}\n",
  );
});

test('math in a reply is typeset by KaTeX, and prices stay text', async ({ page }) => {
  await configureEndpoint(page);
  const reply = await sendAndWait(
    page,
    `Square $$x^2$$ and \\(a+b\\), at $5 and $10 ${uniqueMarker()}`,
  );
  await expect(reply.locator('.katex')).toHaveCount(2);
  await expect(reply.locator('.katex annotation').first()).toHaveText('x^2');
  await expect(reply.locator('.katex annotation').last()).toHaveText('a+b');
  await expect(reply).toContainText('at $5 and $10');
});

const HOSTILE = 'window.__pwned=1';

/** Imports a chat whose reply carries markup and script in code and in math, and opens it. */
async function openHostileReply(page: Page): Promise<void> {
  const title = `Hostile ${uniqueMarker()}`;
  const reply = [
    'Code:',
    '```html',
    `<script>${HOSTILE}</script>`,
    `<img src=x onerror="${HOSTILE}">`,
    '```',
    `Inline \`<img src=x onerror="${HOSTILE}">\` and math:`,
    `$$\\text{<script>${HOSTILE}</script>}$$`,
    `$$\\href{javascript:${HOSTILE}}{click}$$`,
    `$$\\htmlClass{x}{y} \\includegraphics{https://example.com/x.png}$$`,
    'Done.',
  ].join('\n\n');
  await dropFile(
    page,
    'hostile.json',
    JSON.stringify([
      { role: 'user', content: title },
      { role: 'assistant', content: reply },
    ]),
  );
  await expect(importDialog(page).getByRole('list', { name: 'Import summary' })).toContainText(
    '1 new chat',
  );
  await confirmImport(page);
  await openSession(page, title);
}

test('markup and script in code or math never become elements or run', async ({ page }) => {
  await configureEndpoint(page);
  await openHostileReply(page);
  const reply = assistantMessages(page).last();
  await expect(reply.locator('pre code span.hljs-tag').first()).toBeVisible();
  await expect(reply.locator('.katex, .katex-error')).toHaveCount(3);
  await expect(reply).toContainText('Done.');

  await expect(reply.locator('script, img, a[href^="javascript:"], iframe')).toHaveCount(0);
  await expect(reply.locator('.katex a, .katex [href]')).toHaveCount(0);
  expect(await page.evaluate(() => '__pwned' in window)).toBe(false);
});

function html(page: Page) {
  return page.locator('html');
}

test('the theme follows the system, and the Settings choice overrides it and is kept', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await configureEndpoint(page);
  await expect(html(page)).toHaveClass(/\bdark\b/);

  await inSettings(page, async (settings) => {
    const theme = settings.getByRole('group', { name: 'Theme' });
    await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
    await theme.getByRole('radio', { name: 'Light' }).check();
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
  });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Settings', exact: true })).toBeVisible();
  await expect(html(page)).not.toHaveClass(/\bdark\b/);

  await page.emulateMedia({ colorScheme: 'light' });
  await inSettings(page, async (settings) => {
    await settings.getByRole('radio', { name: 'Dark' }).check();
    await expect(html(page)).toHaveClass(/\bdark\b/);
    await settings.getByRole('radio', { name: 'System' }).check();
    await expect(html(page)).not.toHaveClass(/\bdark\b/);
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html(page)).toHaveClass(/\bdark\b/);
});
