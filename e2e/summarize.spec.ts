// Summarize and continue: the chat's model summarizes the chat (as JSON with a schema where the
// model accepts it, as text where it doesn't), and a new chat linked back to it starts from the
// summary, visible and editable; the chat summarized keeps every message.
import { expect, test, type Page } from '@playwright/test';
import { SUMMARY_INSTRUCTION } from '../src/llm/summary-prompt';
import {
  allMessages,
  chooseChatModel,
  configureEndpoint,
  lineage,
  MOCK_PROVIDER,
  openSession,
  sendAndWait,
  sendMessage,
  statusLine,
  statusText,
  userMessages,
} from './helpers/app';
import { confirmImport, dropFile, importDialog } from './helpers/import';
import { mockRequests, uniqueMarker } from './helpers/mock';

function summaryMessage(page: Page) {
  return page.getByRole('article', { name: 'system', exact: true });
}

test('a chat is summarized into a new chat that starts from the summary, which can be edited before going on', async ({
  page,
}) => {
  await configureEndpoint(page);
  const tag = uniqueMarker();
  const title = `Plans ${tag}`;
  await sendAndWait(page, title);
  await sendAndWait(page, `The budget is 300 ${tag}`);
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 4 messages'));

  await page.getByRole('button', { name: 'Summarize and continue', exact: true }).click();
  await expect(page.getByRole('heading', { name: `${title} (summary)` })).toBeVisible();
  await expect(lineage(page)).toHaveText(`Forked from ${title}`);
  await expect(allMessages(page)).toHaveCount(1);
  // The mock's summary is its echo: the instruction, after the chat's four messages.
  await expect(summaryMessage(page)).toContainText(
    `You said: "${SUMMARY_INSTRUCTION}". I received 5 messages (user, assistant, user, assistant, user).`,
  );

  // It was asked for as JSON with a schema, after the whole chat.
  const asked = (await mockRequests(SUMMARY_INSTRUCTION)).filter((r) =>
    r.messages.some((m) => m.content === title),
  );
  expect(asked).toHaveLength(1);
  expect(asked[0]?.responseFormat).toMatchObject({ type: 'json_schema' });

  // The summary is the new chat's context, and can be corrected first.
  const summary = summaryMessage(page);
  await summary.hover();
  await summary.getByRole('button', { name: 'Edit', exact: true }).click();
  const edited = `The budget is 300. ${tag}`;
  await summary.getByRole('textbox').fill(edited);
  await summary.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(summaryMessage(page)).toContainText(edited);
  const question = `What was the budget? ${tag}`;
  await sendAndWait(page, question);
  const [request] = await mockRequests(question);
  expect(request?.messages).toEqual([
    { role: 'system', content: edited },
    { role: 'user', content: question },
  ]);

  // The chat summarized is as it was.
  await lineage(page)
    .getByRole('button', { name: `Forked from ${title}` })
    .click();
  await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
  await expect(allMessages(page)).toHaveCount(4);
});

test('a message too long for the model offers Summarize and continue, which falls back to text where the model refuses JSON', async ({
  page,
}) => {
  // An import of 400 messages, the tokenizer loaded and a summary made: 28 s on a busy machine.
  test.slow();
  await configureEndpoint(page);
  const tag = uniqueMarker();
  const chat = Array.from({ length: 400 }, (_, i) => ({
    role: i % 2 === 0 ? 'user' : 'assistant',
    content: i === 0 ? `Long ${tag}` : `Message ${i} of a long chat, with some words in it.`,
  }));
  await dropFile(page, 'long.json', JSON.stringify(chat));
  await expect(importDialog(page).getByRole('list', { name: 'Import summary' })).toContainText(
    '1 new chat',
  );
  await confirmImport(page);
  await openSession(page, `Long ${tag}`);
  await chooseChatModel(page, MOCK_PROVIDER, 'mock-tiny');

  // The Context dialog says older messages are left out, and offers the summary too.
  await page.getByRole('button', { name: 'Context', exact: true }).click();
  const context = page.getByRole('dialog', { name: 'Context' });
  await expect(context).toContainText('Older messages are left out.');
  await expect(
    context.getByRole('button', { name: 'Summarize and continue', exact: true }),
  ).toBeVisible();
  await context.getByRole('button', { name: 'Close', exact: true }).click();

  const huge = `${'word '.repeat(2_500)}${tag}`;
  await sendMessage(page, huge);
  const error = page.getByRole('article', { name: 'assistant' }).last().getByRole('alert');
  // Refused once the reply worker has loaded the tokenizer and counted the chat, which takes
  // longer than an ordinary reply on a busy machine.
  await expect(error).toContainText("more than fit in mock-tiny's 2,048-token window", {
    timeout: 20_000,
  });
  expect(await mockRequests(tag)).toHaveLength(0);

  await error.getByRole('button', { name: 'Summarize and continue', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Long ${tag} (summary)` })).toBeVisible();
  await expect(summaryMessage(page)).toContainText(`You said: "${SUMMARY_INSTRUCTION}".`);

  // mock-tiny refused response_format json_schema, so the summary was asked for again as text.
  const asked = (await mockRequests(SUMMARY_INSTRUCTION)).filter(
    (r) => r.model === 'mock-tiny' && r.messages.some((m) => m.content.includes('Message 399')),
  );
  expect(asked.map((r) => (r.responseFormat as { type?: string } | undefined)?.type)).toEqual([
    'json_schema',
    undefined,
  ]);
  // The huge question was left out of the summary request, which fit the window.
  expect(asked[1]?.messages.some((m) => m.content.includes(tag))).toBe(false);

  // The long chat keeps every message, the huge question included.
  await lineage(page)
    .getByRole('button', { name: `Forked from Long ${tag}` })
    .click();
  await expect(userMessages(page).last()).toContainText(tag);
  await expect(statusLine(page)).toContainText('402 messages');
});
