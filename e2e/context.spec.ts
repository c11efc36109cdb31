// Long chats keep working with a real model's window: a 3,000-message chat continues on
// mock-tiny (2,048 tokens, enforced by the mock as OpenAI does), the Context dialog lists what
// is sent and what is left out, and a chat that believes in a larger window than the server's
// is cut to the server's numbers and sent once more. A model's window can be corrected by hand.
import { expect, test, type Page } from '@playwright/test';
import {
  assistantMessages,
  changeChatSettings,
  chooseChatModel,
  configureEndpoint,
  echoOf,
  MOCK_PROVIDER,
  openSession,
  sendMessage,
  statusLine,
} from './helpers/app';
import { confirmImport, dropFile, importDialog } from './helpers/import';
import { mockRequests, uniqueMarker } from './helpers/mock';

const CHAT_LENGTH = 3_000;
const TITLE = 'A long chat';

function messageText(i: number): string {
  return `Message ${i} of the long chat, with a few more words so that it takes some tokens.`;
}

/**
 * Sends `question` and waits for its reply to finish. Only the newest messages of a long chat
 * are drawn, so the reply is found by what it says, not by counting. Before its request leaves,
 * the reply worker reads the 3,000 messages, loads the tokenizer and counts them: on a busy
 * machine that takes longer than an ordinary reply.
 */
async function askAndWait(page: Page, question: string) {
  await sendMessage(page, question);
  const reply = assistantMessages(page).last();
  await expect(reply).toContainText(`You said: "${question}"`, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  return reply;
}

async function openLongChatOnTinyModel(page: Page): Promise<void> {
  // Importing, drawing and counting 3,000 messages, then a reply that counts them too.
  test.slow();
  await configureEndpoint(page);
  const chat = Array.from({ length: CHAT_LENGTH }, (_, i) => ({
    role: i % 2 === 0 ? 'user' : 'assistant',
    content: i === 0 ? TITLE : messageText(i),
  }));
  await dropFile(page, 'long-chat.json', JSON.stringify(chat));
  await expect(importDialog(page).getByRole('list', { name: 'Import summary' })).toContainText(
    '1 new chat',
  );
  await confirmImport(page);
  await openSession(page, TITLE);
  await chooseChatModel(page, MOCK_PROVIDER, 'mock-tiny');
}

test('a 3,000-message chat continues on a 2,048-token model: the newest messages that fit, and the Context dialog says which', async ({
  page,
}) => {
  await openLongChatOnTinyModel(page);
  await expect(statusLine(page)).toContainText(
    `mock-tiny · ${CHAT_LENGTH} messages · 1,500 turns · ≈`,
  );
  await expect(statusLine(page)).toContainText(' / 2,048 tokens');

  const question = `What came last? ${uniqueMarker()}`;
  const reply = await askAndWait(page, question);

  // One request, accepted by a server that refuses anything over 2,048 tokens: the newest
  // messages in order, ending with the question, and far fewer than the whole chat.
  const [request, ...more] = await mockRequests(question);
  expect(more).toHaveLength(0);
  expect(request?.model).toBe('mock-tiny');
  const sent = request?.messages ?? [];
  expect(sent.at(-1)).toEqual({ role: 'user', content: question });
  expect(sent.length).toBeGreaterThan(4);
  expect(sent.length).toBeLessThan(100);
  const oldest = CHAT_LENGTH - (sent.length - 1);
  expect(sent.slice(0, -1).map((m) => m.content)).toEqual(
    Array.from({ length: sent.length - 1 }, (_, i) => messageText(oldest + i)),
  );
  await expect(reply).toContainText(`You said: "${question}"`);
  await expect(reply.getByRole('note')).toHaveCount(0);

  // The inspector lists the next request: the reply and the question first, then older
  // messages until the window is full, then what was left out and why.
  await page.getByRole('button', { name: 'Context', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Context' });
  await expect(dialog).toContainText('2,048 tokens, from the endpoint');
  const rows = dialog.getByRole('list', { name: 'Messages sent' }).getByRole('listitem');
  await expect(rows.first()).toHaveAccessibleName(/^Assistant, \d+ tokens$/);
  await expect(rows.first()).toContainText('You said');
  await expect(rows.nth(1)).toHaveAccessibleName(/^You, \d+ tokens$/);
  await expect(rows.nth(1)).toContainText(question);
  await expect(
    rows.filter({ has: page.getByText("left out: doesn't fit in the window") }).first(),
  ).toBeVisible();
  await expect(dialog).toContainText(`of ${(CHAT_LENGTH + 2).toLocaleString('en')} messages`);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
});

test('a chat whose context limit is larger than the server allows is cut to the server’s numbers and sent once more, and says so', async ({
  page,
}) => {
  await openLongChatOnTinyModel(page);
  await changeChatSettings(page, (dialog) =>
    dialog.getByLabel('Context limit', { exact: true }).fill('8192'),
  );
  await expect(statusLine(page)).toContainText(' / 8,192 tokens');

  const question = `Still there? ${uniqueMarker()}`;
  const reply = await askAndWait(page, question);

  // The first request was refused as too long; the second fit the 2,048 the server named.
  const [refused, accepted, ...more] = await mockRequests(question);
  expect(more).toHaveLength(0);
  expect(accepted?.messages.length).toBeLessThan(refused?.messages.length ?? 0);
  expect(accepted?.messages.at(-1)).toEqual({ role: 'user', content: question });
  const roles = accepted?.messages.map((m) => m.role) ?? [];
  await expect(reply).toContainText(echoOf(question, roles));
  await expect(reply.getByRole('note')).toHaveText(
    /The server said this chat was too long for mock-tiny.*\(its window is 2,048 tokens\), so Arbor left out older messages to fit [\d,]+ tokens and sent it again\./,
  );
});

test('the window can be corrected for a model, for every chat with it, and set back', async ({
  page,
}) => {
  await configureEndpoint(page);
  await askAndWait(page, `Short chat ${uniqueMarker()}`);
  await expect(statusLine(page)).toContainText(' / 128,000 tokens');

  await page.getByRole('button', { name: 'Context', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Context' });
  await expect(dialog).toContainText("128,000 tokens, from the endpoint's model list");
  await dialog.getByRole('button', { name: 'Correct', exact: true }).click();
  const field = dialog.getByLabel('Window of mock-small', { exact: true });
  await field.fill('100');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The window must be a whole number of tokens, 256 or more.',
  );
  await field.fill('32000');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toContainText('32,000 tokens, from your setting for this model');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(statusLine(page)).toContainText(' / 32,000 tokens');

  // Another chat with the same model uses it too, after a reload.
  await page.reload();
  await page.getByRole('button', { name: 'New chat', exact: true }).click();
  await askAndWait(page, `Another chat ${uniqueMarker()}`);
  await expect(statusLine(page)).toContainText(' / 32,000 tokens');

  await page.getByRole('button', { name: 'Context', exact: true }).click();
  await dialog.getByRole('button', { name: 'Correct', exact: true }).click();
  await dialog.getByRole('button', { name: 'Use what Arbor found', exact: true }).click();
  await expect(dialog).toContainText("128,000 tokens, from the endpoint's model list");
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(statusLine(page)).toContainText(' / 128,000 tokens');
});
