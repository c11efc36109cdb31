// Tools through MCP servers reached straight from the page: Arbor's test server and
// @modelcontextprotocol/server-everything, the mock model calling tools in the real wire format,
// and every call getting its answer (run, denied, failed, stopped, interrupted by a reload).
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  inSettings,
  messageBox,
  sendMessage,
} from './helpers/app';
import { chooseFiles, confirmImport } from './helpers/import';
import { clearMockRequests, uniqueMarker } from './helpers/mock';
import {
  addMcpServer,
  EVERYTHING_MCP_URL,
  serverList,
  TEST_MCP_NAME,
  TEST_MCP_URL,
  toolCallCard,
  toolRequests,
  toolResult,
} from './helpers/tools';
import { SECRET_WORD } from './mcp-server/tools';

test.beforeEach(async () => {
  await clearMockRequests();
});

/** Sends once the turn before has ended: a reply's text can show before its turn is over. */
async function send(page: Page, text: string): Promise<void> {
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await sendMessage(page, text);
}

test('a server added in Settings shows its name, version and tools, each of which can be turned off', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  await inSettings(page, async (dialog) => {
    const server = serverList(dialog).getByRole('listitem', {
      name: `${TEST_MCP_NAME} (connected)`,
    });
    await expect(server).toContainText('v1.0.0');
    for (const tool of ['add', 'secret_word', 'slow', 'fail', 'image', 'hostile']) {
      await expect(server.getByRole('checkbox', { name: tool, exact: true })).toBeChecked();
    }
    await server.getByRole('checkbox', { name: 'fail', exact: true }).uncheck();
    await expect(server.getByRole('checkbox', { name: 'fail', exact: true })).not.toBeChecked();
  });

  // The tool turned off is not offered to the model.
  const marker = uniqueMarker();
  await send(page, `Hi ${marker}`);
  await expect(assistantMessages(page)).toContainText('You said');
  const [request] = await toolRequests(marker);
  const offered = request?.tools?.map((t) => t.function.name);
  expect(offered).toEqual(expect.arrayContaining(['add', 'secret_word', 'slow', 'image']));
  expect(offered).not.toContain('fail');
});

test('an approved call answers with a value only the tool knows, and the next request carries the call and its answer', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  const marker = uniqueMarker();
  await send(page, `What is the secret word? [mock:call=secret_word] ${marker}`);

  const card = toolCallCard(page, 'secret_word');
  await expect(card).toContainText(TEST_MCP_NAME);
  await card.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(toolResult(page, 'secret_word')).toContainText(SECRET_WORD);
  await expect(assistantMessages(page).last()).toContainText(
    `Tool results: secret_word → ${SECRET_WORD}.`,
  );
  await expect(card.getByRole('button', { name: 'Run', exact: true })).toBeHidden();
  // Once answered, the card still names the server that offers the tool.
  await expect(card).toContainText(TEST_MCP_NAME);

  const requests = await toolRequests(marker);
  expect(requests).toHaveLength(2);
  const [, second] = requests;
  const roles = second?.messages.map((m) => m.role);
  expect(roles).toEqual(['user', 'assistant', 'tool']);
  const callId = second?.messages[1]?.tool_calls?.[0]?.id;
  expect(callId).toBeTruthy();
  expect(second?.messages[2]).toMatchObject({ tool_call_id: callId, content: SECRET_WORD });
});

test('"Always allow this tool" lets the tool run without asking in later turns', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  await send(page, `Add [mock:call=add] ${uniqueMarker()}`);
  const card = toolCallCard(page, 'add');
  await card.getByRole('checkbox', { name: 'Always allow this tool' }).check();
  await card.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(assistantMessages(page).last()).toContainText('Tool results: add → 5.');

  await send(page, `Again [mock:call=add] ${uniqueMarker()}`);
  await expect(toolResult(page, 'add')).toHaveCount(2);
  await expect(assistantMessages(page).last()).toContainText('Tool results: add → 5.');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toHaveCount(0);
});

test('a denied call and a failing tool are each answered, and the model is asked again with that', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  await send(page, `Sum please [mock:call=add] ${uniqueMarker()}`);
  await toolCallCard(page, 'add').getByRole('button', { name: 'Deny', exact: true }).click();
  await expect(toolResult(page, 'add')).toContainText('The user denied this call');
  await expect(assistantMessages(page).last()).toContainText('Tool results: add → The user denied');

  await send(page, `Now fail [mock:call=fail] ${uniqueMarker()}`);
  await toolCallCard(page, 'fail').getByRole('button', { name: 'Run', exact: true }).click();
  await expect(toolResult(page, 'fail')).toContainText('The tool reported an error');
  await expect(toolResult(page, 'fail')).toContainText('The fail tool failed');
  await expect(assistantMessages(page).last()).toContainText(
    'Tool results: fail → The tool reported an error',
  );
});

test('two calls in one reply can be run together, and both answers go back', async ({ page }) => {
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  const marker = uniqueMarker();
  await send(page, `Both [mock:call=add,secret_word] ${marker}`);
  await expect(toolCallCard(page, 'add')).toBeVisible();
  await expect(toolCallCard(page, 'secret_word')).toBeVisible();
  await page.getByRole('button', { name: 'Run all 2', exact: true }).click();
  const reply = assistantMessages(page).last();
  await expect(reply).toContainText('add → 5');
  await expect(reply).toContainText(`secret_word → ${SECRET_WORD}`);
  const [, second] = await toolRequests(marker);
  expect(second?.messages.filter((m) => m.role === 'tool')).toHaveLength(2);
});

test('Stop while a slow tool runs answers the call as stopped and asks the model nothing more', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  const marker = uniqueMarker();
  await send(page, `Wait [mock:call=slow] ${marker}`);
  const card = toolCallCard(page, 'slow');
  await card.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(card.getByRole('status')).toHaveText('Running…');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(toolResult(page, 'slow')).toContainText('Stopped by the user while the tool ran');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  expect(await toolRequests(marker)).toHaveLength(1);

  // The stored answer goes with the call in the next request.
  await send(page, `Go on ${marker}`);
  await expect(assistantMessages(page).last()).toContainText(`You said: "Go on ${marker}"`);
  const next = (await toolRequests(marker)).at(-1);
  expect(next?.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'user']);
  expect(next?.messages[2]?.content).toBe(
    'Stopped by the user while the tool ran; there is no result.',
  );
});

test('a reload while a call waits answers it as interrupted, and the chat goes on', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  const marker = uniqueMarker();
  await send(page, `Secret? [mock:call=secret_word] ${marker}`);
  await expect(
    toolCallCard(page, 'secret_word').getByRole('button', { name: 'Run' }),
  ).toBeVisible();
  await page.reload();
  await expect(toolResult(page, 'secret_word')).toContainText('interrupted');
  await expect(toolCallCard(page, 'secret_word').getByRole('button', { name: 'Run' })).toHaveCount(
    0,
  );

  await send(page, `Next ${marker}`);
  await expect(assistantMessages(page).last()).toContainText(`You said: "Next ${marker}"`);
  const last = (await toolRequests(marker)).at(-1);
  expect(last?.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'user']);
  expect(last?.messages[2]?.content).toContain('The call was interrupted');
});

test('a server that is down and one that refuses the page each say why in plain words', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, 'http://localhost:4099/mcp', 'failed');
  await addMcpServer(page, 'http://localhost:4020/no-cors/mcp', 'failed');
  await inSettings(page, async (dialog) => {
    const list = serverList(dialog);
    await expect(
      list.getByRole('listitem', { name: 'http://localhost:4099/mcp (failed)' }),
    ).toContainText("Can't reach localhost:4099");
    await expect(
      list.getByRole('listitem', { name: 'http://localhost:4020/no-cors/mcp (failed)' }),
    ).toContainText('refused this page (CORS)');
  });
  // A chat still works; its reply says which tools were left out.
  await send(page, `Hello ${uniqueMarker()}`);
  await expect(assistantMessages(page)).toContainText('You said');
  await expect(assistantMessages(page)).toContainText('These tools were not offered');
});

test('server-everything, an MCP server Arbor did not write, lists its tools and answers echo and get-sum', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, EVERYTHING_MCP_URL, 'connected', 'mcp-servers/everything');
  await inSettings(page, async (dialog) => {
    const server = serverList(dialog).getByRole('listitem').first();
    await expect(server.getByRole('checkbox', { name: 'echo', exact: true })).toBeVisible();
    await expect(server.getByRole('checkbox', { name: 'get-sum', exact: true })).toBeVisible();
    // A tool with an output schema: listing it compiles that schema, which must work without
    // eval under the app's Content-Security-Policy.
    await expect(
      server.getByRole('checkbox', { name: 'get-structured-content', exact: true }),
    ).toBeVisible();
  });
  await send(page, `Echo [mock:call=echo] ${uniqueMarker()}`);
  await toolCallCard(page, 'echo').getByRole('button', { name: 'Run', exact: true }).click();
  await expect(assistantMessages(page).last()).toContainText('Tool results: echo → Echo: hello');

  await send(page, `Sum [mock:call=get-sum] ${uniqueMarker()}`);
  await toolCallCard(page, 'get-sum').getByRole('button', { name: 'Run', exact: true }).click();
  await expect(assistantMessages(page).last()).toContainText('5');
});

test('tool steps travel through a fork and an export and import, and the server address and headers never go into the export', async ({
  page,
  browser,
}) => {
  // Two pages, a tool step, a fork, an export and an import: about 30 steps, each slower on a
  // busy machine, so this one test gets more than the usual time.
  test.slow();
  await configureEndpoint(page);
  await addMcpServer(
    page,
    TEST_MCP_URL,
    'connected',
    TEST_MCP_NAME,
    'Authorization: Bearer mcp-secret-4471',
  );
  const marker = uniqueMarker();
  await send(page, `Add [mock:call=add] ${marker}`);
  await toolCallCard(page, 'add').getByRole('button', { name: 'Run', exact: true }).click();
  const final = assistantMessages(page).last();
  await expect(final).toContainText('Tool results: add → 5.');

  await final.getByRole('button', { name: 'Fork', exact: true }).click();
  await expect(page.getByText('Forked from')).toBeVisible();
  await expect(toolResult(page, 'add')).toContainText('5');
  await send(page, `In the fork ${marker}`);
  await expect(assistantMessages(page).last()).toContainText(`You said: "In the fork ${marker}"`);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all', exact: true }).click();
  const exported = await readFile(await (await download).path(), 'utf8');
  expect(exported).toContain('"tool_call_id"');
  expect(exported).not.toContain('localhost:4020');
  expect(exported).not.toContain('mcp-secret-4471');

  const other = await browser.newPage();
  await configureEndpoint(other);
  await chooseFiles(other, [await (await download).path()]);
  await confirmImport(other);
  await other
    .getByRole('listitem')
    .filter({ hasText: `Add [mock:call=add] ${marker}` })
    .first()
    .click();
  await expect(toolResult(other, 'add')).toContainText('5');
  await expect(toolCallCard(other, 'add')).toBeVisible();
  await send(other, `After import ${marker}`);
  await expect(assistantMessages(other).last()).toContainText(`You said: "After import ${marker}"`);
  await other.close();
});

test('Chat settings choose the servers a chat uses and its tool step limit, and /mcp lists and clears them', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  await inSettings(page, async (dialog) => {
    await serverList(dialog)
      .getByRole('checkbox', { name: 'Don’t ask before its tools run' })
      .check();
  });
  const marker = uniqueMarker();
  await send(page, `Hi ${marker}`);
  await expect(assistantMessages(page)).toContainText('You said');
  // The inspector counts the tools the next request offers, as it sends them.
  const toolsRow = await contextRows(page, 'Tools');
  await expect(toolsRow).toContainText('Offered to the model');
  expect(
    Number((await toolsRow.locator('span').last().innerText()).replace(/,/g, '')),
  ).toBeGreaterThan(50);
  await closeContext(page);

  await page.getByRole('button', { name: 'Chat settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Chat settings' });
  await expect(settings.getByRole('checkbox', { name: TEST_MCP_NAME })).toBeChecked();
  await settings.getByLabel('Tool step limit', { exact: true }).fill('1');
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toBeHidden();

  await send(page, `Loop [mock:call=add] [mock:callagain] ${marker}`);
  await expect(assistantMessages(page).last()).toContainText('Arbor stopped after 1 tool step,');
  await expect(toolResult(page, 'add').last()).toContainText('tool step limit (1)');

  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await messageBox(page).fill('/mcp');
  await messageBox(page).press('Enter');
  const listed = page.getByRole('status', { name: 'MCP servers' });
  await expect(listed).toContainText(TEST_MCP_NAME);
  await expect(listed).toContainText('connected, 6 tools');
  await messageBox(page).fill('/mcp clear');
  await messageBox(page).press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Tools are off for this chat' }),
  ).toBeVisible();
  await expect(await contextRows(page, 'Tools')).toHaveCount(0);
  await closeContext(page);
  await send(page, `No tools now ${marker}`);
  await expect(assistantMessages(page).last()).toContainText('You said');
  const last = (await toolRequests(marker)).at(-1);
  expect(last?.tools).toBeUndefined();
});

test('regenerating the answer after a tool step keeps the step, and Undo last turn takes back the whole turn', async ({
  page,
}) => {
  await configureEndpoint(page);
  await addMcpServer(page, TEST_MCP_URL, 'connected', TEST_MCP_NAME);
  const marker = uniqueMarker();
  const question = `Secret [mock:call=secret_word] ${marker}`;
  await send(page, question);
  await toolCallCard(page, 'secret_word').getByRole('button', { name: 'Run', exact: true }).click();
  const answer = assistantMessages(page).last();
  await expect(answer).toContainText(`Tool results: secret_word → ${SECRET_WORD}.`);

  await answer.getByRole('button', { name: 'Regenerate', exact: true }).click();
  await expect(assistantMessages(page).last()).toContainText('2 / 2');
  await expect(assistantMessages(page).last()).toContainText(`secret_word → ${SECRET_WORD}`);
  const regenerated = (await toolRequests(marker)).at(-1);
  expect(regenerated?.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool']);

  await page.getByRole('button', { name: 'Undo last turn', exact: true }).click();
  await expect(messageBox(page)).toHaveValue(question);
  await expect(toolResult(page, 'secret_word')).toHaveCount(0);
  await expect(toolCallCard(page, 'secret_word')).toHaveCount(0);
});

/** Opens the Context dialog and returns the rows of its list whose first cell is `kind`. */
async function contextRows(page: Page, kind: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Context', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Context' });
  const list = dialog.getByRole('list', { name: 'Messages sent' });
  await expect(list).toBeVisible();
  return list.getByRole('listitem').filter({ has: page.getByText(kind, { exact: true }) });
}

async function closeContext(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Context' });
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
}
