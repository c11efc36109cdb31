// Fifty hostile payloads (tags with handlers, SVG, javascript:/data:/vbscript: links and images,
// entity tricks, reference definitions, HTML in code, tables and quotes) reach the screen as
// model output through the mock server, as imported chats and as chat titles, and as a tool's
// result. None runs: no
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
  sendMessage,
  sessionItem,
} from './helpers/app';
import { chooseFiles, confirmImport } from './helpers/import';
import { uniqueMarker } from './helpers/mock';
import {
  addMcpServer,
  TEST_MCP_NAME,
  TEST_MCP_URL,
  toolCallCard,
  toolResult,
} from './helpers/tools';

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

test('fifty payloads returned by a tool render as text and run nothing', async ({ page }) => {
  const harm = watchForHarm(page);
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  await sendMessage(page, `Hostile tool ${uniqueMarker()} [mock:call=hostile]`);
  await toolCallCard(page, 'hostile').getByRole('button', { name: 'Run', exact: true }).click();
  // The model's next reply quotes the result too: both are drawn.
  await expect(assistantMessages(page).last()).toContainText('Tool results: hostile →');
  const result = toolResult(page, 'hostile');
  for (let n = 1; n <= XSS_PAYLOADS.length; n++) await expect(result).toContainText(`XSS-${n} `);
  await expect(result).toContainText('XSS-resource');
  await expectNothingRan(page, harm);
});

test('hostile titles and links in Claude and ChatGPT exports come in as inert text', async ({
  page,
}) => {
  const harm = watchForHarm(page);
  await configureEndpoint(page);
  const claudeTitle = '<svg onload="window.__xss=1"> Claude chat';
  const chatgptTitle = '<a href="javascript:window.__xss=1">ChatGPT chat</a>';
  const hostileText = `[click me](javascript:window.__xss=1) and ${XSS_PAYLOADS[0] ?? ''}`;
  const claude = [
    {
      uuid: 'xss-claude',
      name: claudeTitle,
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:01:00Z',
      chat_messages: [
        { uuid: 'q', sender: 'human', text: 'Hi', created_at: '2025-01-01T00:00:00Z' },
        { uuid: 'a', sender: 'assistant', text: hostileText, created_at: '2025-01-01T00:01:00Z' },
      ],
    },
  ];
  const chatgpt = [
    {
      id: 'xss-chatgpt',
      title: chatgptTitle,
      create_time: 1_700_000_000,
      current_node: 'a',
      mapping: {
        q: {
          id: 'q',
          parent: null,
          children: ['a'],
          message: { author: { role: 'user' }, content: { content_type: 'text', parts: ['Hi'] } },
        },
        a: {
          id: 'a',
          parent: 'q',
          children: [],
          message: {
            author: { role: 'assistant' },
            content: { content_type: 'text', parts: [hostileText] },
          },
        },
      },
    },
  ];
  const dir = tmpdir();
  const files = [join(dir, `claude-${Date.now()}.json`), join(dir, `chatgpt-${Date.now()}.json`)];
  await writeFile(files[0] ?? '', JSON.stringify(claude));
  await writeFile(files[1] ?? '', JSON.stringify(chatgpt));
  await chooseFiles(page, files);
  await confirmImport(page);

  for (const title of [claudeTitle, chatgptTitle]) {
    await expect(sessionItem(page, title)).toBeVisible();
    await openSession(page, title);
    await expect(page.getByRole('main').getByRole('heading', { name: title })).toBeVisible();
    await expect(assistantMessages(page).last()).toContainText('click me');
    await expect(assistantMessages(page).last()).toContainText('XSS-1');
    await expectNothingRan(page, harm);
  }
});
