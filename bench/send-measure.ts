// Sending in the 10k-message chat, driven like a user in the real app: the main thread's work
// (the CPU time of its tasks) from pressing Enter in the message box (what Send does) until the request reaches the mock
// server, taken from Chromium's trace. Once for the first send after opening the chat, whose
// messages have no token counts stored yet (the reply worker counts them all), then for the next
// send in the same page, when the counts of the messages are kept. The page stores the message
// and its empty reply and draws them; the reply worker does the rest, so most of the wall-clock
// time between the press and the request is the worker's and is not counted.
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { openApp, openBenchPage, SETTLE_MS } from './app-measures';
import { SEND_PROMPT } from './config';
import { MODEL } from './generate';
import type { BenchMock } from './mock';
import { sendWork, type SendWork } from './send-trace';
import { summarize, type Summary } from './stats';
import { recordTrace } from './trace/record';
import { asEvent, type TraceEvent } from './trace/trace-events';

/** Key presses are in devtools.timeline; every main-thread task is in toplevel. */
const CATEGORIES = 'devtools.timeline,toplevel';
const KEPT = new Set(['ThreadControllerImpl::RunTask', 'EventDispatch']);

export interface SendFigures {
  /** CPU time of the main thread's tasks. */
  work: Summary;
  /** The longest task from the reply's end until the page is quiet (the chat read again). */
  afterReplyLongestTask: Summary;
  /** The same tasks' wall-clock time, waiting for a core included. */
  taskTime: Summary;
  /** Wall clock from the press until the request arrived: mostly the reply worker's time. */
  window: Summary;
  longestTask: Summary;
}

export interface SendResult {
  /** The first send after opening the chat, with no token counts kept for its messages. */
  first: SendFigures;
  /** The send after it in the same page, with the counts of the messages kept. */
  next: SendFigures;
  /** What the last request carried: the model and how much of the chat fit its window. */
  request: { model: string; messages: number; kB: number };
}

const loggedRequest = z.object({
  body: z.object({ model: z.string(), messages: z.array(z.unknown()) }),
});

function keep(batch: unknown): TraceEvent[] {
  if (!Array.isArray(batch)) return [];
  return batch.flatMap((raw: unknown) => {
    const event = asEvent(raw);
    return event && KEPT.has(event.name) ? [event] : [];
  });
}

/** The chat as before Arbor ever counted it, opened, drawn and settled. */
async function openUncounted(page: Page, sessionId: string): Promise<void> {
  await openBenchPage(page);
  await page.evaluate((id) => window.arborBench.forgetTokenCounts(id), sessionId);
  await openApp(page, sessionId);
  await page.locator('article').last().waitFor();
  await page.evaluate((ms) => window.arborProbe.settle(ms), SETTLE_MS);
}

interface SentOnce extends SendWork {
  afterReplyLongestTaskMs: number;
}

/**
 * One send, traced from before the press until the request arrives, then left to finish; from
 * the reply's end until the page is quiet again (the chat is read afresh then), its longest task.
 */
async function sendOnce(page: Page, mock: BenchMock): Promise<SentOnce> {
  const box = page.locator('textarea[aria-label="Message"]');
  await box.fill(SEND_PROMPT);
  const trace = await recordTrace(page, CATEGORIES, keep);
  const arrived = mock.nextCompletion();
  await box.press('Enter');
  const arrival = await arrived;
  const work = sendWork(await trace.stop(), arrival.atUs);
  const status = await arrival.status;
  if (status !== 200) throw new Error(`The mock server answered the send with ${status}`);
  await page.waitForFunction(() => !window.arborProbe.composerBusy());
  const endedAt = await page.evaluate(() => window.arborProbe.now());
  await page.evaluate((ms) => window.arborProbe.settle(ms), SETTLE_MS);
  const afterReplyLongestTaskMs = await page.evaluate(
    (from) => window.arborProbe.longestTaskSince(from),
    endedAt,
  );
  return { ...work, afterReplyLongestTaskMs };
}

/** The request the server logged last, checked to be the chat's, on the seeded model. */
async function lastRequest(mock: BenchMock): Promise<SendResult['request']> {
  const { body } = loggedRequest.parse((await mock.requestLog()).at(-1));
  if (body.model !== MODEL) throw new Error(`The send went to ${body.model}, not ${MODEL}`);
  return {
    model: body.model,
    messages: body.messages.length,
    kB: JSON.stringify(body).length / 1e3,
  };
}

function figures(samples: readonly SentOnce[]): SendFigures {
  return {
    work: summarize(samples.map((s) => s.workMs)),
    afterReplyLongestTask: summarize(samples.map((s) => s.afterReplyLongestTaskMs)),
    taskTime: summarize(samples.map((s) => s.taskMs)),
    window: summarize(samples.map((s) => s.windowMs)),
    longestTask: summarize(samples.map((s) => s.longestTaskMs)),
  };
}

export async function measureSends(
  page: Page,
  sessionId: string,
  mock: BenchMock,
  runs: number,
): Promise<SendResult> {
  const first: SentOnce[] = [];
  const next: SentOnce[] = [];
  for (let i = 0; i < runs; i++) {
    await openUncounted(page, sessionId);
    first.push(await sendOnce(page, mock));
    next.push(await sendOnce(page, mock));
  }
  return { first: figures(first), next: figures(next), request: await lastRequest(mock) };
}
