// A chat whose reply format is JSON asks for it with response_format (json_schema with the
// chat's schema, json_object without one), shows the reply as laid-out JSON, and says plainly
// when a reply doesn't parse or doesn't match, keeping the text as it came. The status line
// sums the tokens the endpoint reported, and marks Arbor's own count where it reported none.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { usageFor } from './mock-server/completion';
import {
  changeChatSettings,
  configureEndpoint,
  echoOf,
  sendAndWait,
  statusLine,
} from './helpers/app';
import { mockRequests, uniqueMarker } from './helpers/mock';

const WEATHER = {
  type: 'object',
  required: ['city', 'temperature'],
  properties: { city: { type: 'string' }, temperature: { type: 'number' } },
};

async function useJson(page: Page, schema?: object): Promise<void> {
  await changeChatSettings(page, async (dialog) => {
    await dialog.getByLabel('Reply format', { exact: true }).selectOption({ label: 'JSON' });
    if (schema) {
      await dialog.getByLabel('JSON Schema', { exact: true }).fill(JSON.stringify(schema));
    }
  });
}

function jsonProblem(reply: Locator): Locator {
  return reply.getByRole('note', { name: 'JSON problem' });
}

test.beforeEach(async ({ page }) => {
  await configureEndpoint(page);
});

test('a JSON chat with a schema sends json_schema, shows the reply laid out, and says when a reply is broken or off-schema', async ({
  page,
}) => {
  await sendAndWait(page, `Hello first ${uniqueMarker()}`);
  await useJson(page, WEATHER);

  const question = `Weather in Oslo? ${uniqueMarker()}`;
  const reply = await sendAndWait(page, question);
  const [request] = await mockRequests(question);
  expect(request?.responseFormat).toEqual({
    type: 'json_schema',
    json_schema: { name: 'reply', schema: WEATHER },
  });
  await expect(reply.locator('pre')).toContainText('{\n  "city": "You said:');
  await expect(reply.locator('pre')).toContainText('"temperature": 42\n}');
  await expect(jsonProblem(reply)).toHaveCount(0);

  // Broken JSON: said plainly, and the text as it came is still there.
  const broken = await sendAndWait(page, `[mock:badjson] Weather in Bergen? ${uniqueMarker()}`);
  await expect(jsonProblem(broken)).toContainText('The reply is not valid JSON');
  await expect(jsonProblem(broken)).toContainText('The reply is kept as it came.');
  await expect(broken.locator('pre')).toContainText('{"city":"You said:');

  // JSON that parses but doesn't match: what doesn't match is named.
  const off = await sendAndWait(page, `[mock:offschema] Weather in Tromsø? ${uniqueMarker()}`);
  await expect(jsonProblem(off)).toContainText("doesn't match the chat's JSON Schema");
  await expect(jsonProblem(off)).toContainText('Expected "object"');
  await expect(off.locator('pre')).toHaveText(/\["not","what","was","asked"\]/);

  // The first reply, from before the chat asked for JSON, is still plain text.
  await expect(page.getByRole('article', { name: 'assistant' }).first()).toContainText(
    'You said: "Hello first',
  );
});

test('a JSON chat without a schema sends json_object and asks for JSON in its system prompt', async ({
  page,
}) => {
  await sendAndWait(page, `Start ${uniqueMarker()}`);
  await useJson(page);
  const question = `Anything ${uniqueMarker()}`;
  const reply = await sendAndWait(page, question);
  const [request] = await mockRequests(question);
  expect(request?.responseFormat).toEqual({ type: 'json_object' });
  expect(request?.messages[0]).toEqual({
    role: 'system',
    content: 'Reply with a single JSON object and nothing else.',
  });
  await expect(reply.locator('pre')).toContainText(`{\n  "answer": "You said: \\"${question}\\".`);
  await expect(jsonProblem(reply)).toHaveCount(0);
});

test('a JSON Schema that can’t be parsed is refused with a message, and the chat keeps its settings', async ({
  page,
}) => {
  await sendAndWait(page, `Before ${uniqueMarker()}`);
  await page.getByRole('button', { name: 'Chat settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Chat settings' });
  await dialog.getByLabel('Reply format', { exact: true }).selectOption({ label: 'JSON' });
  await dialog.getByLabel('JSON Schema', { exact: true }).fill('{"type": "object",');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('The JSON Schema is not valid JSON');
  await dialog.getByLabel('JSON Schema', { exact: true }).fill('{"type": "banana"}');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('a type that doesn\'t exist: "banana"');
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

  // Nothing was saved: the next request asks for text.
  const question = `Still text ${uniqueMarker()}`;
  const reply = await sendAndWait(page, question);
  const [request] = await mockRequests(question);
  expect(request?.responseFormat).toBeUndefined();
  await expect(reply).toContainText(`You said: "${question}"`);
});

test('the status line sums the tokens each reply used, and marks Arbor’s own count where the endpoint reported none', async ({
  page,
}) => {
  const question = `Count me ${uniqueMarker()}`;
  await sendAndWait(page, question);
  const [request] = await mockRequests(question);
  const sent = (request?.messages ?? []).map((m) => ({
    role: 'user' as const,
    content: m.content,
  }));
  const reported = usageFor(sent, echoOf(question, ['user'])).total_tokens;
  await expect(statusLine(page)).toContainText(`· ${reported.toLocaleString('en')} tokens used`);

  // An endpoint that reports nothing: Arbor counts, and says it is an estimate.
  await sendAndWait(page, `[mock:nousage] And me ${uniqueMarker()}`);
  await expect(statusLine(page)).toContainText(/· ≈[\d,]+ tokens used$/);
  const shown = Number(
    /≈([\d,]+) tokens used/
      .exec((await statusLine(page).textContent()) ?? '')?.[1]
      ?.replaceAll(',', ''),
  );
  expect(shown).toBeGreaterThan(reported);
});
