// Records a full Chromium trace of one page (what DevTools' Performance panel records, with
// the JS sampling profiler on), keeping every event, so a long task can be taken apart later.
import type { CDPSession, Page } from '@playwright/test';

const TIMELINE = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
];
/** The sampling profiler names the functions, but slows the page down while it records. */
const PROFILER = 'disabled-by-default-v8.cpu_profiler';

export interface TraceRecording<Event> {
  stop(): Promise<Event[]>;
}

/** Records `categories` on `page`, keeping what `keep` takes from each batch of events. */
export async function recordTrace<Event>(
  page: Page,
  categories: string,
  keep: (batch: unknown) => Event[],
): Promise<TraceRecording<Event>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: Event[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...keep(value)));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) =>
        cdp.once('Tracing.tracingComplete', () => resolve()),
      );
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

/** Every event of the timeline, with the sampling profiler unless `profiler` is false. */
export function startTrace(page: Page, profiler = true): Promise<TraceRecording<unknown>> {
  const categories = (profiler ? [...TIMELINE, PROFILER] : TIMELINE).join(',');
  return recordTrace(page, categories, (batch): unknown[] => (Array.isArray(batch) ? batch : []));
}
