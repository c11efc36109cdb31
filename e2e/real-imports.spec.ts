// What people really export: ChatGPT's whole "Export data" zip and Claude's conversations.json,
// picked as they are. Reasoning comes in on its reply, collapsed, and is never shown as a
// message of its own.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { zipSync, strToU8 } from 'fflate';
import {
  assistantMessages,
  configureEndpoint,
  openSession,
  sessionItem,
  userMessages,
} from './helpers/app';
import { chooseFiles, confirmImport, importDialog } from './helpers/import';

const FIXTURES = new URL('../src/io/fixtures/', import.meta.url);
const fixture = (name: string) => readFile(new URL(name, FIXTURES), 'utf8');

function reasoningOf(message: Locator): Locator {
  // Summarised as "Reasoning", or "Thought for …" where the file says how long it took.
  return message
    .locator('details')
    .filter({ has: message.page().getByText(/^(Reasoning|Thought for .+)$/) });
}

async function importPicked(page: Page, path: string, expectedNew: string): Promise<void> {
  await chooseFiles(page, [path]);
  await expect(importDialog(page).getByRole('list', { name: 'Import summary' })).toContainText(
    expectedNew,
  );
  await confirmImport(page);
}

test('a ChatGPT "Export data" zip imports as it is: reasoning on its reply, voice as its transcript', async ({
  page,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'arbor-zip-'));
  const zipPath = join(dir, 'chatgpt-export.zip');
  const zip = zipSync({
    'conversations-000.json': strToU8(await fixture('chatgpt-split-000.json')),
    'conversations-001.json': strToU8(await fixture('chatgpt-split-001.json')),
    'conversation_asset_file_names.json': strToU8(await fixture('chatgpt-asset-names.json')),
    'user.json': strToU8('{"id": "user-1"}'),
  });
  await writeFile(zipPath, zip);
  await configureEndpoint(page);

  await importPicked(page, zipPath, '2 new chats');
  await expect(sessionItem(page, 'A tree')).toBeVisible();
  await openSession(page, 'Primes and bread');

  const reply = assistantMessages(page).first();
  await expect(reply).toContainText('No: 221 = 13 × 17.');
  const reasoning = reasoningOf(reply);
  await expect(reasoning).toHaveCount(1);
  // Collapsed until asked for, then the model's thoughts are there.
  await expect(reasoning.getByText('13 × 17 = 221.')).toBeHidden();
  // The recap became how long the model thought.
  await reasoning.getByText('Thought for 4 s', { exact: true }).click();
  await expect(reasoning.getByText('13 × 17 = 221.')).toBeVisible();
  // Thoughts are no bubbles of their own, and a voice question reads as its transcript.
  await expect(userMessages(page).first()).toContainText('Is 221 prime?');
  await expect(userMessages(page).nth(1)).toContainText('What about 223?');
  await expect(assistantMessages(page).nth(1)).toContainText('223 is prime.');
  await expect(page.getByText('Thought for 4 seconds', { exact: true })).toHaveCount(0);
});

test('a Claude export imports with its thinking kept apart from the answer', async ({ page }) => {
  await configureEndpoint(page);
  await importPicked(page, new URL('claude-2025.json', FIXTURES).pathname, 'new chat');
  await openSession(page, 'Oak beam');

  await expect(userMessages(page).first()).toContainText('What load can a 3 m oak beam carry?');
  // The regenerated answer is the branch on screen; the last answer thought on the way to it.
  await expect(assistantMessages(page).first()).toContainText('Roughly 2 kN/m');
  const reply = assistantMessages(page).filter({ hasText: 'The span table gives 2.1 kN/m.' });
  const reasoning = reasoningOf(reply);
  await expect(reasoning.getByText('Checking the tables.')).toBeHidden();
  // This thinking block has no start and stop times, so no duration is made up for it.
  await reasoning.getByText('Reasoning', { exact: true }).click();
  await expect(reasoning.getByText('Checking the tables.')).toBeVisible();
});
