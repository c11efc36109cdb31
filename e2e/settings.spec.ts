// Settings keep the API key with the server it was entered for.
import { expect, test } from '@playwright/test';
import { configureEndpoint, settingsDialog } from './helpers/app';

test('choosing another provider clears the key, so it is never sent to the wrong server', async ({
  page,
}) => {
  await configureEndpoint(page);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = settingsDialog(page);
  await expect(dialog.getByLabel('API key', { exact: true })).toHaveValue('test-key');

  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['authorization']?.includes('test-key')) requests.push(request.url());
  });
  await dialog.getByLabel('Provider').selectOption({ label: 'Groq' });
  await expect(dialog.getByLabel('Base URL', { exact: true })).toHaveValue(
    'https://api.groq.com/openai/v1',
  );
  await expect(dialog.getByLabel('API key', { exact: true })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(requests.filter((url) => !url.startsWith('http://localhost:4010/'))).toEqual([]);
});
