// Fifty hostile payloads (tags with handlers, SVG, javascript:/data:/vbscript: links and images,
// entity tricks, reference definitions, HTML in code, tables and quotes) reach the screen as
// model output through the mock server, as imported chats and as chat titles. None runs: no
// dialog, no request to the beacon, no global set, no live markup; and every one stays readable.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { XSS_BEACON_HOST, XSS_PAYLOADS } from './fixtures/xss-payloads';
import {
  assistantMessages,
  configureEndpoint,
  openSession,
  sendAndWait,
  sessionItem,
} from './helpers/app';
import { chooseFiles, confirmImport } from './helpers/import';

/** Everything that would show a payload ran, watched from the moment the page opens. */
function watchForHarm(page: Page) {
  const harm: string[] = [];
  page.on('dialog', (dialog) => {
    harm.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (new URL(request.url()).hostname === XSS_BEACON_HOST) harm.push(`request: ${request.url()}`);
  });
  return harm;
}

async function expectNothingRan(page: Page, harm: string[]): Promise<void> {
  expect(harm).toEqual([]);
  expect(await page.evaluate(() => '__xss' in window)).toBe(false);
  const messages = page.locator('main article');
  await expect(
    messages.locator(
      'script, iframe, object, embed, base, meta, link, style, form, svg, math, video, audio',
    ),
  ).toHaveCount(0);
  const handlers = await messages.evaluateAll((articles) =>
    articles.flatMap((article) =>
      [...article.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
    ),
  );
  expect(handlers).toEqual([]);
  // What each link or image would really load, as the browser resolves it.
  const targets = await messages
    .locator('a[href], img[src]')
    .evaluateAll((els) =>
      els.map(
        (el) =>
          new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', document.baseURI).href,
      ),
    );
  for (const url of targets) expect(url).not.toMatch(/^(javascript|vbscript):|^data:text/i);
}

const CHATS = 5;
const PER_CHAT = XSS_PAYLOADS.length / CHATS;
const titleOf = (i: number) => `<img src=x onerror="window.__xss=1"> Hostile ${i + 1}`;

test('fifty payloads in imported chats and their titles render as text and run nothing', async ({
  page,
}) => {
  const harm = watchForHarm(page);
  await configureEndpoint(page);
  const chats = Array.from({ length: CHATS }, (_, i) => ({
    id: `xss-${i + 1}`,
    title: titleOf(i),
    titleSet: true,
    config: { model: 'mock-small' },
    messages: [
      { role: 'user', content: `Payloads ${i + 1}` },
      {
        role: 'assistant',
        content: XSS_PAYLOADS.slice(i * PER_CHAT, (i + 1) * PER_CHAT).join('\n\n'),
      },
    ],
  }));
  const file = join(tmpdir(), `arbor-xss-${Date.now()}.json`);
  await writeFile(file, JSON.stringify({ version: 1, chats }));
  await chooseFiles(page, [file]);
  await confirmImport(page);

  for (let i = 0; i < CHATS; i++) {
    await expect(sessionItem(page, titleOf(i))).toBeVisible();
    await openSession(page, titleOf(i));
    const reply = assistantMessages(page).last();
    for (let n = i * PER_CHAT; n < (i + 1) * PER_CHAT; n++) {
      await expect(reply).toContainText(`XSS-${n + 1}`);
    }
    await expectNothingRan(page, harm);
  }
});

test('fifty payloads echoed back as model output render as text and run nothing', async ({
  page,
}) => {
  const harm = watchForHarm(page);
  await configureEndpoint(page);
  const reply = await sendAndWait(page, XSS_PAYLOADS.join(' '));
  for (let n = 1; n <= XSS_PAYLOADS.length; n++) await expect(reply).toContainText(`XSS-${n} `);
  await expectNothingRan(page, harm);
});
