// Branching in the real app: edits and regenerations kept as siblings, the switcher, fork
// into a new session and its link back, clear with undo, and the tree view.
import { expect, test, type Page } from '@playwright/test';
import {
  assistantMessages,
  configureEndpoint,
  echoOf,
  sendAndWait,
  sessionList,
  lineage,
  statusLine,
  userMessages,
} from './helpers/app';
import { mockRequests, uniqueMarker } from './helpers/mock';

async function threeTurns(page: Page, tag: string): Promise<void> {
  await sendAndWait(page, `first ${tag}`);
  await sendAndWait(page, `second ${tag}`);
  await sendAndWait(page, `third ${tag}`);
}

function idle(page: Page) {
  return expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await configureEndpoint(page);
});

test('editing a question makes a branch, and the switcher changes the text and what is sent next', async ({
  page,
}) => {
  const tag = uniqueMarker();
  await sendAndWait(page, `one ${tag}`);
  await sendAndWait(page, `two ${tag}`);

  const second = userMessages(page).nth(1);
  await second.hover();
  await second.getByRole('button', { name: 'Edit' }).click();
  await second.getByLabel('Edit message').fill(`two edited ${tag}`);
  await second.getByRole('button', { name: 'Save and send' }).click();
  await idle(page);

  await expect(userMessages(page).nth(1)).toContainText(`two edited ${tag}`);
  await expect(userMessages(page).nth(1).getByLabel('Branch', { exact: true })).toHaveText('2 / 2');
  await expect(assistantMessages(page).nth(1)).toContainText(`You said: "two edited ${tag}"`);

  await userMessages(page).nth(1).getByRole('button', { name: 'Previous branch' }).click();
  await expect(userMessages(page).nth(1)).toContainText(`two ${tag}`);
  await expect(userMessages(page).nth(1).getByLabel('Branch', { exact: true })).toHaveText('1 / 2');
  await expect(assistantMessages(page).nth(1)).toContainText(`You said: "two ${tag}"`);

  // The next request carries exactly the path on screen: the original second question.
  await sendAndWait(page, `three ${tag}`);
  const [request] = await mockRequests(`three ${tag}`);
  expect(request?.messages.map((m) => m.content)).toEqual([
    `one ${tag}`,
    echoOf(`one ${tag}`, ['user']),
    `two ${tag}`,
    echoOf(`two ${tag}`, ['user', 'assistant', 'user'], { earlier: `one ${tag}` }),
    `three ${tag}`,
  ]);
  // The edited branch is still there.
  await userMessages(page).nth(1).getByRole('button', { name: 'Next branch' }).click();
  await expect(userMessages(page).nth(1)).toContainText(`two edited ${tag}`);
  await expect(userMessages(page)).toHaveCount(2);
});

test('regenerating keeps both replies', async ({ page }) => {
  const tag = uniqueMarker();
  const reply = await sendAndWait(page, `regen ${tag}`);
  await reply.hover();
  await reply.getByRole('button', { name: 'Regenerate' }).click();
  await idle(page);
  await expect(assistantMessages(page)).toHaveCount(1);
  await expect(assistantMessages(page).first().getByLabel('Branch', { exact: true })).toHaveText(
    '2 / 2',
  );
  await assistantMessages(page).first().getByRole('button', { name: 'Previous branch' }).click();
  await expect(assistantMessages(page).first().getByLabel('Branch', { exact: true })).toHaveText(
    '1 / 2',
  );
  await expect(assistantMessages(page).first()).toContainText(echoOf(`regen ${tag}`, ['user']));
  expect(await mockRequests(`regen ${tag}`)).toHaveLength(2);
});

test('forking from the third message opens a new session with three messages and a working link back', async ({
  page,
}) => {
  const tag = uniqueMarker();
  await threeTurns(page, tag);
  const sourceTitle = `first ${tag}`;
  const third = userMessages(page).nth(1); // the third message: the second question
  await third.hover();
  await third.getByRole('button', { name: 'Fork' }).click();

  await expect(page.getByRole('heading', { name: `${sourceTitle} (fork)` })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  await expect(userMessages(page).last()).toContainText(`second ${tag}`);
  await expect(sessionList(page).getByRole('listitem')).toHaveCount(2);
  await expect(
    sessionList(page).getByRole('listitem', { name: `${sourceTitle} (fork)` }),
  ).toContainText(`fork of ${sourceTitle}`);

  await lineage(page)
    .getByRole('button', { name: `Forked from ${sourceTitle}` })
    .click();
  await expect(page.getByRole('heading', { name: sourceTitle, exact: true })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(6);
});

test('a fork can be forked again, and sessions stay independent', async ({ page }) => {
  const tag = uniqueMarker();
  await sendAndWait(page, `root ${tag}`);
  await assistantMessages(page).first().hover();
  await assistantMessages(page).first().getByRole('button', { name: 'Fork' }).click();
  await expect(page.getByRole('heading', { name: `root ${tag} (fork)` })).toBeVisible();
  await sendAndWait(page, `in fork ${tag}`);

  await assistantMessages(page).last().hover();
  await assistantMessages(page).last().getByRole('button', { name: 'Fork' }).click();
  await expect(page.getByRole('heading', { name: `root ${tag} (fork) (fork)` })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(4);

  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(page.getByRole('article')).toHaveCount(0);
  await sessionList(page)
    .getByRole('listitem', { name: `root ${tag} (fork)`, exact: true })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByRole('article')).toHaveCount(4);
});

test('deleting the source keeps the fork, whose link says the source is gone', async ({ page }) => {
  const tag = uniqueMarker();
  await sendAndWait(page, `source ${tag}`);
  await assistantMessages(page).first().hover();
  await assistantMessages(page).first().getByRole('button', { name: 'Fork' }).click();
  await expect(page.getByRole('heading', { name: `source ${tag} (fork)` })).toBeVisible();

  const source = sessionList(page).getByRole('listitem', { name: `source ${tag}`, exact: true });
  await source.hover();
  await source.getByRole('button', { name: `Delete source ${tag}` }).click();
  await page
    .getByRole('dialog', { name: 'Delete this chat?' })
    .getByRole('button', { name: 'Delete' })
    .click();

  await expect(sessionList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(lineage(page)).toHaveText(`Forked from “source ${tag}” (deleted)`);
});

test('clear empties every branch, keeps the session, and Undo brings it all back', async ({
  page,
}) => {
  const tag = uniqueMarker();
  const reply = await sendAndWait(page, `clear ${tag}`);
  await reply.hover();
  await reply.getByRole('button', { name: 'Regenerate' }).click();
  await idle(page);
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(sessionList(page).getByRole('listitem', { name: `clear ${tag}` })).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(assistantMessages(page).first().getByLabel('Branch', { exact: true })).toHaveText(
    '2 / 2',
  );
});

test('undo last turn removes the question and its reply and puts the question back in the box', async ({
  page,
}) => {
  const tag = uniqueMarker();
  await sendAndWait(page, `keep ${tag}`);
  await sendAndWait(page, `take back ${tag}`);
  await page.getByRole('button', { name: 'Undo last turn' }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(`take back ${tag}`);

  // Undoing that puts the turn back in the chat and takes the question out of the box again.
  await page
    .getByRole('status')
    .filter({ hasText: 'Took back the last question' })
    .getByRole('button', { name: 'Undo', exact: true })
    .click();
  await expect(page.getByRole('article')).toHaveCount(4);
  await expect(userMessages(page).last()).toContainText(`take back ${tag}`);
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('article')).toHaveCount(4);
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue('');
});

test('on a narrow screen the tree lies over the messages and steps aside once a row is chosen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 400, height: 800 });
  const tag = uniqueMarker();
  await sendAndWait(page, `narrow tree ${tag}`);
  await page.getByRole('button', { name: 'Tree', exact: true }).click();
  const tree = page.getByRole('complementary', { name: 'Conversation tree' });
  await expect(tree).toBeVisible();
  // The messages keep their width underneath instead of being squeezed beside the tree.
  const width = (await userMessages(page).first().boundingBox())?.width ?? 0;
  expect(width).toBeGreaterThan(200);

  await tree.getByRole('button', { name: `narrow tree ${tag}` }).click();
  await expect(tree).toHaveCount(0);
  await expect(userMessages(page).first()).toBeInViewport();
});

test('clicking a branch in the tree view makes it active', async ({ page }) => {
  const tag = uniqueMarker();
  await sendAndWait(page, `tree ${tag}`);
  const first = userMessages(page).first();
  await first.hover();
  await first.getByRole('button', { name: 'Edit' }).click();
  await first.getByLabel('Edit message').fill(`tree other ${tag}`);
  await first.getByRole('button', { name: 'Save and send' }).click();
  await idle(page);
  await expect(userMessages(page).first()).toContainText(`tree other ${tag}`);

  await page.getByRole('button', { name: 'Tree', exact: true }).click();
  const tree = page.getByRole('complementary', { name: 'Conversation tree' });
  await expect(tree.getByRole('button')).toHaveCount(2);
  await tree.getByRole('button', { name: `tree ${tag}`, exact: true }).click();
  await expect(userMessages(page).first()).toContainText(`tree ${tag}`);
  await expect(userMessages(page).first()).not.toContainText('other');
  await expect(tree.getByRole('button', { name: `tree ${tag}`, exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('deleting one message removes its subtree after confirmation, with undo', async ({ page }) => {
  const tag = uniqueMarker();
  await sendAndWait(page, `a ${tag}`);
  await sendAndWait(page, `b ${tag}`);
  const second = userMessages(page).nth(1);
  await second.hover();
  await second.getByRole('button', { name: 'Delete message' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this message?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(statusLine(page)).toContainText('2 messages');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('article')).toHaveCount(4);
});
