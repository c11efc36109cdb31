// Model output is shown as markdown but never as live markup: code blocks render, raw HTML
// shows as text, and a javascript: link cannot run.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { assistantMessages, configureEndpoint, sendAndWait } from './helpers/app';
import { clearMockRequests, uniqueMarker } from './helpers/mock';

test.beforeEach(async () => {
  await clearMockRequests();
});

function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

async function expectRenderedSafely(page: Page, reply: Locator): Promise<void> {
  await expect(reply.getByRole('heading', { name: 'Mock markdown reply' })).toBeVisible();
  await expect(reply.getByRole('listitem')).toHaveCount(3);
  await expect(reply.locator('pre')).toHaveCount(1);
  await expect(reply.locator('pre')).toContainText("return 'Hello, ' + name;");
  await expect(reply.getByRole('link', { name: 'safe link' })).toHaveAttribute(
    'href',
    'https://example.com',
  );

  // The hostile HTML is shown as inert text, never parsed into elements.
  await expect(reply).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(reply).toContainText('<script>window.__pwned=1</script>');
  await expect(reply.locator('img, script, iframe, object, embed')).toHaveCount(0);
  await expect(reply.locator('[onerror], [onclick], [onload]')).toHaveCount(0);

  const hrefs = await reply
    .locator('a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).not.toMatch(/^\s*javascript:/i);
  // The link whose address was unsafe is left as plain text, not a dead link.
  await expect(reply).toContainText('click me');
  await expect(reply.getByRole('link', { name: 'click me' })).toHaveCount(0);
  await reply.getByText('click me').click();
  expect(await pwned(page)).toBeUndefined();
}

test('markdown from the model renders code blocks and never runs its HTML or javascript: links', async ({
  page,
}) => {
  await configureEndpoint(page);
  const reply = await sendAndWait(page, `Show markdown [mock:markdown] ${uniqueMarker()}`);
  await expectRenderedSafely(page, reply);

  // The stored text renders just as safely after a reload.
  await page.reload();
  await expectRenderedSafely(page, assistantMessages(page));
});
