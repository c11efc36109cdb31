// Driving Arbor the way a person does, through role and label locators: the first-run
// settings, the message box, the messages, the session list and the status line.
import { expect, type Locator, type Page } from '@playwright/test';
import { MOCK_BASE_URL } from './mock';

export const TEST_KEY = 'test-key';
export const WRONG_KEY = 'wrong-key';

export interface EndpointOptions {
  apiKey?: string;
  model?: string;
  systemPrompt?: string;
}

/** The settings dialog that opens by itself on the first run. */
export function welcomeDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Welcome to Arbor' });
}

export function settingsDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Settings' });
}

/** Fills the first-run dialog's provider fields for the mock server, and the values given. */
export async function fillEndpoint(dialog: Locator, options: EndpointOptions = {}): Promise<void> {
  await dialog.getByLabel('Provider', { exact: true }).selectOption({ label: 'Custom' });
  await dialog.getByLabel('Base URL', { exact: true }).fill(MOCK_BASE_URL);
  await dialog.getByLabel('API key', { exact: true }).fill(options.apiKey ?? TEST_KEY);
  await dialog.getByLabel('Model', { exact: true }).fill(options.model ?? 'mock-small');
}

/**
 * Opens Arbor on a fresh profile and completes the first-run settings for the mock server;
 * a system prompt given is then saved as the one new chats start with.
 */
export async function configureEndpoint(page: Page, options: EndpointOptions = {}): Promise<void> {
  await page.goto('/');
  const dialog = welcomeDialog(page);
  await expect(dialog).toBeVisible();
  await fillEndpoint(dialog, options);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  if (options.systemPrompt !== undefined) {
    const prompt = options.systemPrompt;
    await inSettings(page, async (settings) => {
      await settings.getByLabel('System prompt', { exact: true }).fill(prompt);
      await settings.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(settings.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    });
  }
}

/** Opens Settings from the sidebar, runs `work` in it, and closes it. */
export async function inSettings(
  page: Page,
  work: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = settingsDialog(page);
  await expect(dialog).toBeVisible();
  await work(dialog);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** In Settings, edits the provider called `name` with `change`, and saves it. */
export async function editProvider(
  page: Page,
  name: string,
  change: (form: Locator) => Promise<void>,
): Promise<void> {
  await inSettings(page, async (dialog) => {
    const providers = dialog.getByRole('list', { name: 'Providers' });
    await providers
      .getByRole('listitem', { name, exact: true })
      .getByRole('button', { name: 'Edit', exact: true })
      .click();
    const form = dialog.getByRole('form', { name: `Edit ${name}` });
    await change(form);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(providers).toBeVisible();
  });
}

/** The mock server's provider, as the first-run dialog names it. */
export const MOCK_PROVIDER = 'Local server :4010';

/** Opens the open chat's Chat settings, applies `change`, and saves. */
export async function changeChatSettings(
  page: Page,
  change: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: 'Chat settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Chat settings' });
  await change(dialog);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Chooses `model` of `provider` in the chat header's model picker. */
export async function chooseChatModel(page: Page, provider: string, model: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Chat model' });
  await picker.click();
  await picker.fill(model);
  await page
    .getByRole('listbox', { name: 'Models' })
    .getByRole('group', { name: provider, exact: true })
    .getByRole('option', { name: model, exact: true })
    .click();
  await expect(picker).toHaveValue(`${model} · ${provider}`);
}

export function messageBox(page: Page): Locator {
  return page.getByLabel('Message', { exact: true });
}

export function userMessages(page: Page): Locator {
  return page.getByRole('article', { name: 'user', exact: true });
}

export function assistantMessages(page: Page): Locator {
  return page.getByRole('article', { name: 'assistant', exact: true });
}

export function allMessages(page: Page): Locator {
  return page.getByRole('article');
}

/** Types `text` in the message box and presses Enter; waits until it shows as a user message. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  const box = messageBox(page);
  await box.fill(text);
  await box.press('Enter');
  await expect(userMessages(page).last()).toContainText(text);
  await expect(box).toHaveValue('');
}

/** Sends `text` and waits for the reply to finish streaming (Send is back). */
export async function sendAndWait(page: Page, text: string): Promise<Locator> {
  const before = await assistantMessages(page).count();
  await sendMessage(page, text);
  await expect(assistantMessages(page)).toHaveCount(before + 1);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  return assistantMessages(page).last();
}

/** The reply the mock server gives to a plain message. */
export function echoOf(
  text: string,
  roles: string[],
  extra: { system?: string; earlier?: string } = {},
): string {
  let reply = `You said: "${text}". I received ${roles.length} messages (${roles.join(', ')}).`;
  if (extra.system !== undefined) reply += ` System prompt: "${extra.system}".`;
  if (extra.earlier !== undefined) reply += ` Earlier you said: "${extra.earlier}".`;
  return reply;
}

export function sessionList(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Sessions' });
}

export function sessionItem(page: Page, title: string): Locator {
  return sessionList(page).getByRole('listitem', { name: title, exact: true });
}

/**
 * Clicks New chat and waits until the empty chat is open, so what is typed next goes into it
 * and not into the previous chat's draft.
 */
export async function startNewChat(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New chat', exact: true }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: 'New chat' })).toBeVisible();
  await expect(allMessages(page)).toHaveCount(0);
}

/** Opens a session by clicking its title in the sidebar. */
export async function openSession(page: Page, title: string): Promise<void> {
  await sessionItem(page, title).getByRole('button', { name: title, exact: true }).click();
}

export function statusLine(page: Page): Locator {
  return page.getByLabel('Status', { exact: true });
}

/** The line under the status line that links a fork to the chat it came from. */
export function lineage(page: Page): Locator {
  return page.getByLabel('Lineage', { exact: true });
}

/** The status line starting with `text`: model and messages, before the turns and tokens. */
export function statusText(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( · .*)?$`);
}
