// Failed requests: each shows what went wrong in plain words with Retry, the user's message
// is never lost, and a failed reply never leaks into the next request.
import { expect, test, type Page } from '@playwright/test';
import {
  assistantMessages,
  editProvider,
  MOCK_PROVIDER,
  configureEndpoint,
  echoOf,
  sendAndWait,
  sendMessage,
  statusLine,
  statusText,
  TEST_KEY,
  userMessages,
  WRONG_KEY,
} from './helpers/app';
import { clearMockRequests, mockRequests, rolesOf, uniqueMarker } from './helpers/mock';

test.beforeEach(async () => {
  await clearMockRequests();
});

/** The error shown inside the newest reply. */
function replyError(page: Page) {
  return assistantMessages(page).last().getByRole('alert');
}

test('a wrong API key shows a plain error with Retry, keeps the message, and Retry works once fixed', async ({
  page,
}) => {
  const marker = uniqueMarker();
  const text = `Hello with a key ${marker}`;
  await configureEndpoint(page, { apiKey: WRONG_KEY });

  await sendMessage(page, text);
  await expect(replyError(page)).toContainText(
    'The API key was refused (401). Check the API key in Settings, then press Retry.',
  );
  await expect(replyError(page).getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
  await expect(userMessages(page)).toContainText([text]);
  const refused = await mockRequests(marker);
  expect(refused.map((r) => r.authorization)).toEqual([`Bearer ${WRONG_KEY}`]);

  await editProvider(page, MOCK_PROVIDER, (form) =>
    form.getByLabel('API key', { exact: true }).fill(TEST_KEY),
  );
  await replyError(page).getByRole('button', { name: 'Retry', exact: true }).click();

  const reply = echoOf(text, ['user']);
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page)).toContainText(reply);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(userMessages(page)).toContainText([text]);
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 2 messages'));

  const retried = (await mockRequests(marker)).at(-1);
  expect(retried?.authorization).toBe(`Bearer ${TEST_KEY}`);
  expect(retried?.messages).toEqual([{ role: 'user', content: text }]);

  // The next turn carries the good reply and nothing of the failed one.
  const next = `And now ${marker}`;
  await expect(await sendAndWait(page, next)).toContainText(
    echoOf(next, ['user', 'assistant', 'user'], { earlier: text }),
  );
  const requests = await mockRequests(marker);
  expect(requests).toHaveLength(3);
  expect(requests[2]?.messages).toEqual([
    { role: 'user', content: text },
    { role: 'assistant', content: reply },
    { role: 'user', content: next },
  ]);
});

test('a rate limit (429) shows its plain message with Retry, also after a reload', async ({
  page,
}) => {
  const text = `Too fast [mock:429] ${uniqueMarker()}`;
  await configureEndpoint(page);

  await sendMessage(page, text);
  const message = 'Rate limit reached (429). Wait a moment, then press Retry.';
  await expect(replyError(page)).toContainText(message);
  await expect(replyError(page).getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
  await expect(userMessages(page)).toContainText([text]);

  await page.reload();
  await expect(userMessages(page)).toContainText([text]);
  await expect(replyError(page)).toContainText(message);
  await expect(replyError(page).getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
});

test('a server error (500) shows its plain message with Retry', async ({ page }) => {
  const marker = uniqueMarker();
  const text = `Break it [mock:500] ${marker}`;
  await configureEndpoint(page);

  await sendMessage(page, text);
  await expect(replyError(page)).toContainText(
    'The model server failed (500). Press Retry in a moment.',
  );
  await expect(userMessages(page)).toContainText([text]);

  // Retry sends the same path again, without the failed reply.
  await replyError(page).getByRole('button', { name: 'Retry', exact: true }).click();
  await expect.poll(async () => (await mockRequests(marker)).length).toBe(2);
  for (const request of await mockRequests(marker)) {
    expect(request.messages).toEqual([{ role: 'user', content: text }]);
  }
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(replyError(page)).toContainText('The model server failed (500).');
  await expect(userMessages(page)).toContainText([text]);
});

const CUT_MESSAGE =
  'The connection dropped before the reply finished. Any text that arrived is kept; press Retry for a new reply.';

test('a stream cut mid-way keeps the partial text and shows an error with Retry', async ({
  page,
}) => {
  const marker = uniqueMarker();
  // Paced (150 ms a word), so the first words reach the page before the connection drops:
  // Chromium discards body bytes the page has not read yet when the connection fails.
  const text = `Cut me off [mock:cut] [mock:slow] ${marker}`;
  await configureEndpoint(page);

  await sendMessage(page, text);
  const reply = assistantMessages(page);
  await expect(replyError(page)).toContainText(CUT_MESSAGE);
  await expect(replyError(page).getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
  // The mock streams about half of its reply, one word per chunk, then drops the connection.
  const full = echoOf(`Cut me off ${marker}`, ['user']);
  const partial = full.split(' ').slice(0, 3).join(' ');
  await expect(reply).toContainText(partial);
  await expect(reply).not.toContainText(full);
  await expect(userMessages(page)).toContainText([text]);

  await page.reload();
  await expect(reply).toContainText(partial);
  await expect(replyError(page)).toContainText(CUT_MESSAGE);
  await expect(replyError(page).getByRole('button', { name: 'Retry', exact: true })).toBeVisible();

  // The broken partial reply is not sent with the next message.
  const next = `After the cut ${marker}`;
  await sendAndWait(page, next);
  const last = (await mockRequests(marker)).at(-1);
  expect(rolesOf(last)).toBe('user, user');
  expect(last?.messages.map((m) => m.content)).toEqual([text, next]);
});

test('a stream cut right after its first chunks is reported as a dropped connection', async ({
  page,
}) => {
  // Unpaced: the server answers 200, sends a few chunks in one burst and drops the connection.
  // The server was reached, so "could not reach the server / CORS" would send the user the
  // wrong way.
  const text = `Cut at once [mock:cut] ${uniqueMarker()}`;
  await configureEndpoint(page);

  await sendMessage(page, text);
  await expect(replyError(page).getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
  await expect(replyError(page)).toContainText(CUT_MESSAGE);
  await expect(userMessages(page)).toContainText([text]);
});

test('an unreachable server shows where Arbor tried and what to check', async ({ page }) => {
  // Nothing listens on port 9 (discard), so the request fails before any answer.
  const unreachable = 'http://127.0.0.1:9/v1';
  const text = `Anyone there ${uniqueMarker()}`;
  await configureEndpoint(page);
  await editProvider(page, MOCK_PROVIDER, (form) =>
    form.getByLabel('Base URL', { exact: true }).fill(unreachable),
  );

  await sendMessage(page, text);
  await expect(replyError(page).getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
  await expect(replyError(page)).toContainText(
    `Could not reach ${unreachable}. Check the Base URL in Settings, that the server is running, and that it allows requests from this page (CORS).`,
  );
  await expect(userMessages(page)).toContainText([text]);
});
