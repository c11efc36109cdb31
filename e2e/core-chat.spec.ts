// The core chat flow in real Chromium with real IndexedDB: first run, streamed replies that
// survive a reload, the history and system prompt in every request, the message box keys,
// Stop, the status line, the model list, and a reply's reasoning.
import { expect, test } from '@playwright/test';
import {
  assistantMessages,
  changeChatSettings,
  chooseChatModel,
  MOCK_PROVIDER,
  configureEndpoint,
  echoOf,
  messageBox,
  openSession,
  sendAndWait,
  sendMessage,
  sessionItem,
  statusLine,
  statusText,
  TEST_KEY,
  userMessages,
  welcomeDialog,
} from './helpers/app';
import {
  clearMockRequests,
  MOCK_BASE_URL,
  MOCK_URL,
  mockRequests,
  uniqueMarker,
} from './helpers/mock';
import { MOCK_REASONING } from './mock-server/replies';
import { storedRows } from './helpers/stored';

test.beforeEach(async () => {
  await clearMockRequests();
});

test('first run leads to settings, streams a reply, and keeps the chat after a reload', async ({
  page,
}) => {
  const text = `Hello Arbor ${uniqueMarker()}`;
  await configureEndpoint(page);

  await sendMessage(page, text);
  const reply = assistantMessages(page);
  await expect(reply).toContainText(echoOf(text, ['user']));
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await expect(sessionItem(page, text)).toBeVisible();

  const [request] = await mockRequests(text);
  expect(request).toMatchObject({
    model: 'mock-small',
    stream: true,
    authorization: `Bearer ${TEST_KEY}`,
    messages: [{ role: 'user', content: text }],
  });

  await page.reload();
  await expect(userMessages(page)).toContainText([text]);
  await expect(assistantMessages(page)).toContainText(echoOf(text, ['user']));
  await expect(sessionItem(page, text)).toBeVisible();
  await expect(welcomeDialog(page)).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('with an endpoint saved, the reply worker (with the openai SDK) loads while the page is idle, before the first message', async ({
  page,
}) => {
  await configureEndpoint(page);
  const sdkLoaded = page.waitForRequest((request) =>
    /\/assets\/reply\.worker-[^/]*\.js$/.test(request.url()),
  );
  await page.reload();
  await sdkLoaded;
  await expect(messageBox(page)).toHaveValue('');
  expect(await mockRequests()).toEqual([]);
});

test('a second turn sends the first turn with it', async ({ page }) => {
  const marker = uniqueMarker();
  const first = `My name is Ada ${marker}`;
  const second = `What is my name ${marker}`;
  await configureEndpoint(page);

  const firstReply = echoOf(first, ['user']);
  await expect(await sendAndWait(page, first)).toContainText(firstReply);
  const secondReply = await sendAndWait(page, second);

  await expect(secondReply).toContainText(
    echoOf(second, ['user', 'assistant', 'user'], { earlier: first }),
  );
  await expect(userMessages(page)).toContainText([first, second]);
  await expect(assistantMessages(page).first()).toContainText(firstReply);

  const requests = await mockRequests(marker);
  expect(requests).toHaveLength(2);
  expect(requests[1]?.messages).toEqual([
    { role: 'user', content: first },
    { role: 'assistant', content: firstReply },
    { role: 'user', content: second },
  ]);
});

test('the system prompt new chats start with is sent first, and Chat settings change it', async ({
  page,
}) => {
  const marker = uniqueMarker();
  const prompt = 'Answer like a pirate.';
  await configureEndpoint(page, { systemPrompt: prompt });

  const first = `Ahoy ${marker}`;
  await expect(await sendAndWait(page, first)).toContainText(
    echoOf(first, ['system', 'user'], { system: prompt }),
  );
  const second = `Again ${marker}`;
  await expect(await sendAndWait(page, second)).toContainText(
    echoOf(second, ['system', 'user', 'assistant', 'user'], { system: prompt, earlier: first }),
  );

  const requests = await mockRequests(marker);
  expect(requests).toHaveLength(2);
  for (const request of requests) {
    expect(request.messages[0]).toEqual({ role: 'system', content: prompt });
    expect(request.messages.filter((m) => m.role === 'system')).toHaveLength(1);
  }

  // A changed prompt applies to the open chat's next request, still first.
  const changed = 'Answer in one word.';
  await changeChatSettings(page, (dialog) =>
    dialog.getByLabel('System prompt', { exact: true }).fill(changed),
  );
  const third = `Third ${marker}`;
  await expect(await sendAndWait(page, third)).toContainText(`System prompt: "${changed}".`);
  const latest = (await mockRequests(marker)).at(-1);
  expect(latest?.messages[0]).toEqual({ role: 'system', content: changed });
  await expect(userMessages(page)).toContainText([first, second, third]);
});

test('Shift+Enter adds a new line without sending, and Enter sends', async ({ page }) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  const box = messageBox(page);

  await box.fill(`line one ${marker}`);
  await box.press('Shift+Enter');
  await box.pressSequentially('line two');
  await expect(box).toHaveValue(`line one ${marker}\nline two`);
  await expect(userMessages(page)).toHaveCount(0);
  expect(await mockRequests(marker)).toHaveLength(0);

  await box.press('Enter');
  await expect(userMessages(page)).toHaveCount(1);
  await expect(box).toHaveValue('');
  expect(await userMessages(page).innerText()).toContain(`line one ${marker}\nline two`);
  await expect(assistantMessages(page)).toContainText(`You said: "line one ${marker} line two"`);
  const requests = await mockRequests(marker);
  expect(requests).toHaveLength(1);
  expect(requests[0]?.messages).toEqual([
    { role: 'user', content: `line one ${marker}\nline two` },
  ]);
});

test("Copy puts a message's text on the clipboard as written, and Copy code only the code", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const question = `Show markdown [mock:markdown] ${uniqueMarker()}`;
  await configureEndpoint(page);
  const reply = await sendAndWait(page, question);

  await reply.getByRole('button', { name: 'Copy code', exact: true }).click();
  await expect(reply.getByRole('button', { name: 'Copied', exact: true })).toBeVisible();
  expect(await clipboard()).toBe(
    "export function greet(name: string): string {\n  return 'Hello, ' + name;\n}\n",
  );

  await reply.hover();
  await reply.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect.poll(clipboard).toContain('- First item with **bold** text');
  expect(await clipboard()).toContain('```ts\nexport function greet');

  await userMessages(page).last().hover();
  await userMessages(page).last().getByRole('button', { name: 'Copy', exact: true }).click();
  await expect.poll(clipboard).toBe(question);
});

test('Stop mid-stream keeps the partial text, marked stopped, also after a reload', async ({
  page,
}) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  await sendMessage(page, `Tell me a long story [mock:long] [mock:slow=100] ${marker}`);

  const reply = assistantMessages(page);
  // The reply streams: its first words show while the rest is still coming.
  await expect(reply).toContainText('This is a long reply');
  await expect(reply).not.toContainText('That is the end of this long reply.');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();

  await expect(reply.getByText('Stopped', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0);
  const shown = await reply.innerText();
  expect(shown).toContain('This is a long reply');
  expect(shown).not.toContain('That is the end of this long reply.');
  // Stop really ends the request: the server sees the connection close mid-answer.
  await expect
    .poll(async () => (await mockRequests(marker)).map((r) => r.clientLeft))
    .toEqual([true]);

  await page.reload();
  await expect(reply.getByText('Stopped', { exact: true })).toBeVisible();
  expect(await reply.innerText()).toBe(shown);
  await expect(reply.getByRole('alert')).toHaveCount(0);
});

test('closing the tab mid-stream keeps the text written so far, marked interrupted', async ({
  page,
}) => {
  await configureEndpoint(page);
  await sendMessage(page, `Tell me a long story [mock:long] [mock:slow] ${uniqueMarker()}`);
  await expect(assistantMessages(page)).toContainText('This is a long reply');

  // A second tab sees the streamed text as it is written in batches, and does not mark a
  // reply that another open tab is still streaming as interrupted.
  const other = await page.context().newPage();
  await other.goto('/');
  const reply = assistantMessages(other);
  await expect(reply).toContainText('This is a long reply');
  await expect(reply.getByText(/Interrupted/)).toHaveCount(0);
  const seen = (await reply.innerText()).split('\n').find((line) => line.startsWith('This is'));

  await page.close();
  await other.reload();
  await expect(reply.getByText(/^Interrupted/)).toBeVisible();
  await expect(reply.getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
  await expect(reply).toContainText(seen ?? 'This is a long reply');
  await expect(reply).not.toContainText('That is the end of this long reply.');
});

test('a renderer that crashes mid-reply leaves the text written so far, marked interrupted, and the chat goes on', async ({
  page,
  context,
}) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  const question = `Crash ${marker} [mock:long] [mock:slow]`;
  await sendMessage(page, question);
  await expect(assistantMessages(page)).toContainText('This is a long reply');
  // Wait for a batched write of the streaming reply to be on disk.
  let written = '';
  await expect
    .poll(async () => {
      const streams = await storedRows<{ content: string }>(page, 'streams');
      written = streams[0]?.content ?? '';
      return written;
    })
    .toContain('This is a long reply');

  // Kill the page's renderer for real: its reply worker dies with it, mid-stream.
  const crashed = page.waitForEvent('crash');
  const cdp = await context.newCDPSession(page);
  cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const reopened = await context.newPage();
  await reopened.goto('/');
  await openSession(reopened, question);
  const reply = assistantMessages(reopened);
  await expect(reply.getByText(/^Interrupted/)).toBeVisible();
  await expect(reply).toContainText(written.trim());
  await expect(reply).not.toContainText('That is the end of this long reply.');
  // The chat goes on: a new message gets its reply, and the interrupted one is still there.
  await sendAndWait(reopened, `And after the crash ${marker}`);
  await expect(assistantMessages(reopened)).toHaveCount(2);
  await expect(assistantMessages(reopened).first()).toContainText(written.trim());
});

test('the status line shows the model and the message count', async ({ page }) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);

  await sendAndWait(page, `Count me ${marker}`);
  await expect(
    page.getByRole('main').getByRole('heading', { name: `Count me ${marker}` }),
  ).toBeVisible();
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 2 messages'));
  await sendAndWait(page, `And me ${marker}`);
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 4 messages'));

  await chooseChatModel(page, MOCK_PROVIDER, 'mock-large');
  await expect(statusLine(page)).toHaveText(statusText('mock-large · 4 messages'));
  await sendAndWait(page, `Large now ${marker}`);
  await expect(statusLine(page)).toHaveText(statusText('mock-large · 6 messages'));
  expect((await mockRequests(marker)).map((r) => r.model)).toEqual([
    'mock-small',
    'mock-small',
    'mock-large',
  ]);

  await page.reload();
  await expect(statusLine(page)).toHaveText(statusText('mock-large · 6 messages'));
});

test('the Model field offers the models the endpoint lists', async ({ page }) => {
  await page.goto('/');
  const dialog = welcomeDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Provider', { exact: true }).selectOption({ label: 'Custom' });
  await dialog.getByLabel('Base URL', { exact: true }).fill(MOCK_BASE_URL);
  await dialog.getByLabel('API key', { exact: true }).fill(TEST_KEY);

  const model = dialog.getByLabel('Model', { exact: true });
  await expect(dialog.getByText('3 models offered by this endpoint')).toBeVisible();
  await expect
    .poll(() =>
      model.evaluate((input: HTMLInputElement) =>
        [...(input.list?.options ?? [])].map((option) => option.value),
      ),
    )
    .toEqual(['mock-large', 'mock-small', 'mock-tiny']);

  await model.fill('mock-large');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await sendAndWait(page, `Which model ${uniqueMarker()}`);
  await expect(statusLine(page)).toHaveText(statusText('mock-large · 2 messages'));
});

test('a streamed reply’s reasoning shows collapsed above its answer and is never sent back', async ({
  page,
}) => {
  const marker = uniqueMarker();
  await configureEndpoint(page);
  // Slow chunks, so the reply is seen thinking before its answer comes.
  const first = `Think first ${marker} [mock:reasoning] [mock:slow=600]`;
  await sendMessage(page, first);
  const reply = assistantMessages(page).first();
  const reasoning = reply.locator('details');
  await expect(reasoning.getByText('Thinking…', { exact: true })).toBeVisible();
  // The slow reply takes several seconds to finish.
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible({
    timeout: 20_000,
  });

  await expect(reply).toContainText(`Think first ${marker}`);
  await expect(reasoning.getByText(MOCK_REASONING)).toBeHidden();
  // Several slow reasoning chunks came before the answer: at least a second of thought.
  await reasoning.getByText(/^Thought for [1-9]\d* s$/).click();
  await expect(reasoning.getByText(MOCK_REASONING)).toBeVisible();

  // It is kept across a reload, and the next request carries the answer but not the reasoning.
  await page.reload();
  await expect(assistantMessages(page).first().locator('details summary')).toHaveText(
    /^Thought for [1-9]\d* s$/,
  );
  await sendAndWait(page, `Then ${marker}`);
  const log = await (await fetch(`${MOCK_URL}/__requests`)).text();
  const second = (await mockRequests(marker))[1];
  expect(second?.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
  expect(log).not.toContain(MOCK_REASONING);
});
