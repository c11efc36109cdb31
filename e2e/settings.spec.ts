// Providers in Settings: each key goes only to its own server, a chat switches provider and
// model mid-chat, a removed provider's chats keep every message and ask for another one, and
// the single endpoint of an older Arbor becomes the first provider.
import { expect, test, type Page } from '@playwright/test';
import { startMockServer, type RunningMockServer } from './mock-server/server';
import {
  assistantMessages,
  chooseChatModel,
  configureEndpoint,
  inSettings,
  MOCK_PROVIDER,
  sendAndWait,
  sendMessage,
  settingsDialog,
  statusLine,
  statusText,
  userMessages,
  welcomeDialog,
} from './helpers/app';
import { mockRequests, uniqueMarker } from './helpers/mock';

let first: RunningMockServer;
let second: RunningMockServer;

test.beforeAll(async () => {
  first = await startMockServer(0, { apiKey: 'sk-first' });
  second = await startMockServer(0, { apiKey: 'sk-second' });
});

test.afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
});

/** The key of every request a mock server received, models lists included. */
/**
 * The keys a server was sent. A form asks for the model list as soon as the base URL is typed,
 * so on a busy machine a request may go out before the key is typed: with no key at all.
 */
async function keysSeenBy(server: RunningMockServer): Promise<Set<string | null>> {
  const { seen } = (await (await fetch(`${server.url}/__requests`)).json()) as {
    seen: { authorization: string | null }[];
  };
  const keys = new Set(seen.map((s) => s.authorization));
  keys.delete('Bearer no-key');
  return keys;
}

async function addSecondProvider(page: Page): Promise<void> {
  await inSettings(page, async (dialog) => {
    await dialog.getByRole('button', { name: 'Add provider', exact: true }).click();
    const form = dialog.getByRole('form', { name: 'Add provider' });
    await form.getByLabel('Provider', { exact: true }).selectOption({ label: 'Custom' });
    await form.getByLabel('Base URL', { exact: true }).fill(second.baseURL);
    await form.getByLabel('API key', { exact: true }).fill('sk-second');
    await form.getByLabel('Name', { exact: true }).fill('Second');
    await expect(form.getByText('3 models offered by this endpoint')).toBeVisible();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const item = dialog
      .getByRole('list', { name: 'Providers' })
      .getByRole('listitem', { name: 'Second', exact: true });
    await expect(item).toContainText('3 models');
  });
}

async function startOnFirst(page: Page): Promise<void> {
  await page.goto('/');
  const dialog = welcomeDialog(page);
  await dialog.getByLabel('Provider', { exact: true }).selectOption({ label: 'Custom' });
  await dialog.getByLabel('Base URL', { exact: true }).fill(first.baseURL);
  await dialog.getByLabel('API key', { exact: true }).fill('sk-first');
  await dialog.getByLabel('Name', { exact: true }).fill('First');
  await dialog.getByLabel('Model', { exact: true }).fill('mock-small');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('two providers with two keys: a chat switches mid-way, and no key reaches the other server', async ({
  page,
}) => {
  await startOnFirst(page);
  await addSecondProvider(page);
  const marker = uniqueMarker();

  await sendAndWait(page, `On the first ${marker}`);
  await expect(statusLine(page)).toHaveText(statusText('mock-small · 2 messages'));
  await chooseChatModel(page, 'Second', 'mock-large');
  await sendAndWait(page, `On the second ${marker}`);
  await expect(statusLine(page)).toHaveText(statusText('mock-large · 4 messages'));

  // Each reply keeps who wrote it, shown on hover.
  await assistantMessages(page).first().hover();
  await expect(assistantMessages(page).first().locator('header')).toContainText(
    'First · mock-small',
  );
  await expect(assistantMessages(page).last().locator('header')).toContainText(
    'Second · mock-large',
  );
  expect(await keysSeenBy(first)).toEqual(new Set(['Bearer sk-first']));
  expect(await keysSeenBy(second)).toEqual(new Set(['Bearer sk-second']));

  // New chats start with the provider and model chosen last; the choice survives a reload.
  await page.reload();
  const picker = page.getByRole('combobox', { name: 'Chat model' });
  await expect(picker).toHaveValue('mock-large · Second');

  // From the keyboard: Enter on the bare list changes nothing; typing filters, Enter takes
  // the first match.
  await picker.focus();
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await picker.press('Enter');
  await picker.press('Escape');
  await expect(picker).toHaveValue('mock-large · Second');
  await picker.focus();
  await picker.pressSequentially('small');
  const listbox = page.getByRole('listbox', { name: 'Models' });
  await expect(listbox.getByRole('group', { name: 'First' }).getByRole('option')).toHaveText([
    'mock-small',
    'Use “small”',
  ]);
  await picker.press('Enter');
  await expect(picker).toHaveValue('mock-small · First');
});

test('removing a provider keeps its chats, which ask for another one and then carry on', async ({
  page,
}) => {
  await startOnFirst(page);
  await addSecondProvider(page);
  const marker = uniqueMarker();
  await sendAndWait(page, `Start ${marker}`);
  await chooseChatModel(page, 'Second', 'mock-large');
  await sendAndWait(page, `Via second ${marker}`);

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = settingsDialog(page);
  await dialog
    .getByRole('listitem', { name: 'Second', exact: true })
    .getByRole('button', { name: 'Remove', exact: true })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Remove Second?' });
  await expect(confirm).toContainText('1 chat uses it. It keeps every message');
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(dialog.getByRole('listitem', { name: 'Second', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  const before = await userMessages(page).count();
  await sendMessage(page, `After removal ${marker}`);
  const error = assistantMessages(page).last().getByRole('alert');
  await expect(error).toContainText("This chat's provider was removed.");
  await expect(userMessages(page)).toHaveCount(before + 1);
  await expect(page.getByRole('combobox', { name: 'Chat model' })).toHaveValue(
    'mock-large · provider removed',
  );

  await chooseChatModel(page, 'First', 'mock-small');
  await error.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(assistantMessages(page).last()).toContainText(`After removal ${marker}`);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('editing a provider and choosing another preset clears its key, so it is never sent to the wrong server', async ({
  page,
}) => {
  await configureEndpoint(page);
  const keys: string[] = [];
  page.on('request', (request) => {
    const key = request.headers()['authorization'];
    if (key && !request.url().startsWith('http://localhost:4010/')) keys.push(key);
  });
  // Groq's model list, answered here: the page must only ever ask it with the key typed for it.
  const asked = page.waitForRequest('https://api.groq.com/openai/v1/models');
  await page.route('https://api.groq.com/**', (route) =>
    route.fulfill({
      status: 401,
      headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' },
      contentType: 'application/json',
      body: JSON.stringify({ error: { message: 'Invalid API Key', code: 'invalid_api_key' } }),
    }),
  );
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = settingsDialog(page);
  await dialog
    .getByRole('listitem', { name: MOCK_PROVIDER, exact: true })
    .getByRole('button', { name: 'Edit', exact: true })
    .click();
  const form = dialog.getByRole('form', { name: `Edit ${MOCK_PROVIDER}` });
  await expect(form.getByLabel('API key', { exact: true })).toHaveValue('test-key');
  await form.getByLabel('Provider', { exact: true }).selectOption({ label: 'Groq' });
  await expect(form.getByLabel('Base URL', { exact: true })).toHaveValue(
    'https://api.groq.com/openai/v1',
  );
  await expect(form.getByLabel('API key', { exact: true })).toHaveValue('');
  await form.getByLabel('API key', { exact: true }).fill('gsk-typed-for-groq');
  expect((await asked).headers()['authorization']).toBe('Bearer gsk-typed-for-groq');
  await expect(form.getByText('The endpoint refused the API key (401)')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  expect(keys.filter((key) => key.includes('test-key'))).toEqual([]);
});

/** Writes the database as Arbor's version 4 left it: one endpoint setting and one chat. */
async function seedArbor4(page: Page, baseURL: string): Promise<void> {
  // A page of Arbor's own origin that doesn't run Arbor, so the old database can be written.
  await page.route('**/old-arbor.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Arbor 4</title>' }),
  );
  await page.goto('/old-arbor.html');
  await page.evaluate(async (url) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      // Dexie stores its version 4 as IndexedDB version 40.
      const request = indexedDB.open('arbor', 40);
      request.onupgradeneeded = () => {
        const d = request.result;
        const sessions = d.createObjectStore('sessions', { keyPath: 'id' });
        sessions.createIndex('updatedAt', 'updatedAt');
        sessions.createIndex('forkedFrom.sessionId', 'forkedFrom.sessionId');
        const messages = d.createObjectStore('messages', { keyPath: 'id' });
        messages.createIndex('sessionId', 'sessionId');
        messages.createIndex('parentId', 'parentId');
        messages.createIndex('status', 'status');
        messages.createIndex('[sessionId+createdAt]', ['sessionId', 'createdAt']);
        d.createObjectStore('settings', { keyPath: 'key' });
        d.createObjectStore('streams', { keyPath: 'id' });
        d.createObjectStore('drafts', { keyPath: 'sessionId' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const tx = db.transaction(['settings', 'sessions', 'messages'], 'readwrite');
    tx.objectStore('settings').put({
      key: 'endpoint',
      value: { baseURL: url, apiKey: 'sk-first', model: 'mock-small', systemPrompt: 'Be brief.' },
    });
    const t = Date.UTC(2026, 0, 5);
    tx.objectStore('sessions').put({
      id: 'old-chat',
      title: 'Kept from Arbor 4',
      titleIsCustom: false,
      createdAt: t,
      updatedAt: t + 2,
      model: 'mock-small',
      systemPrompt: 'Be brief.',
      params: {},
      activeLeafId: 'old-reply',
    });
    tx.objectStore('messages').put({
      id: 'old-question',
      sessionId: 'old-chat',
      parentId: null,
      role: 'user',
      content: 'Written before providers',
      createdAt: t + 1,
      status: 'done',
    });
    tx.objectStore('messages').put({
      id: 'old-reply',
      sessionId: 'old-chat',
      parentId: 'old-question',
      role: 'assistant',
      content: 'An old answer',
      createdAt: t + 2,
      status: 'done',
      model: 'mock-small',
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, baseURL);
}

test("an older Arbor's single endpoint becomes the first provider, and its chat carries on", async ({
  page,
}) => {
  await seedArbor4(page, first.baseURL);
  await page.goto('/');
  await expect(welcomeDialog(page)).toHaveCount(0);
  await expect(userMessages(page)).toContainText(['Written before providers']);
  await expect(page.getByRole('combobox', { name: 'Chat model' })).toHaveValue(
    `mock-small · Local server :${new URL(first.baseURL).port}`,
  );

  const marker = uniqueMarker();
  await expect(await sendAndWait(page, `Still here ${marker}`)).toContainText(
    'System prompt: "Be brief."',
  );
  await inSettings(page, async (dialog) => {
    await expect(dialog.getByRole('list', { name: 'Providers' }).getByRole('listitem')).toHaveCount(
      1,
    );
    await expect(dialog.getByLabel('System prompt', { exact: true })).toHaveValue('Be brief.');
    // The chat as Arbor 4 stored it was kept before the upgrade.
    const points = dialog.getByRole('list', { name: 'Restore points' });
    await expect(points.getByRole('listitem').filter({ hasText: 'before upgrade' })).toContainText(
      '1 chat',
    );
  });
});

test('Chat settings refuse a value out of range, and what they keep goes with the next request', async ({
  page,
}) => {
  await configureEndpoint(page);
  const marker = uniqueMarker();
  await sendAndWait(page, `First ${marker}`);
  await page.getByRole('button', { name: 'Chat settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Chat settings' });
  await dialog.getByLabel('Temperature', { exact: true }).fill('7');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    "Temperature must be a number from 0 to 2; leave it empty for the endpoint's default.",
  );
  await dialog.getByLabel('Temperature', { exact: true }).fill('0.3');
  await dialog.getByLabel('Max reply tokens', { exact: true }).fill('200');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  await sendAndWait(page, `Second ${marker}`);
  const [before, after] = await mockRequests(marker);
  expect([before?.temperature, before?.maxTokens]).toEqual([undefined, undefined]);
  expect([after?.temperature, after?.maxTokens]).toEqual([0.3, 200]);
});
