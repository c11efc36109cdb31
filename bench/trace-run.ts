// `npm run bench:trace`: records Chromium traces, with the JS sampling profiler, of the cold
// open with everything seeded, of the app's Export all, and of the bench's export measure, and
// prints what each main-thread task of 50 ms or more consisted of: trace events, modules and
// functions, mapped back to the sources through the build's source maps. The raw traces are
// kept for DevTools' Performance panel. BENCH_TRACE_PROFILE=dir keeps the seeded browser
// profile there, so a later run skips seeding.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMockServer } from '../e2e/mock-server/server';
import { buildSite } from './build';
import { APP_PORT, APP_URL, BENCH_PAGE_URL, MOCK_PORT, SITE_DIR } from './config';
import { startStaticServer } from './static-server';
import { firstRequestAfter, longTaskReport, measureSpans, spanReport } from './trace/long-tasks';
import { formatLongTasks } from './trace/report';
import {
  ensureSeeded,
  EXPORT_MEASURE,
  traceAppExport,
  traceBenchExport,
  traceColdOpen,
  traceSend,
  SEND_MARK,
  type Traced,
} from './trace/scenarios';
import { loadResolver } from './trace/sources';
import { parseEvents } from './trace/trace-events';

const TRACE_DIR = resolve(SITE_DIR, '../traces');
const COLD_OPENS = Number(process.env.BENCH_TRACE_COLD_OPENS ?? 3);
const BENCH_EXPORTS = 3;

async function save(name: string, traced: Traced): Promise<string> {
  const file = join(TRACE_DIR, `${name}.json`);
  await writeFile(file, JSON.stringify({ traceEvents: traced.events }));
  return file;
}

async function main(): Promise<void> {
  console.log('building the app and the bench page (with source maps)');
  await buildSite();
  await mkdir(TRACE_DIR, { recursive: true });
  const resolveFrame = await loadResolver();
  const server = await startStaticServer(SITE_DIR, APP_PORT);
  const mock = await startMockServer(MOCK_PORT);
  const kept = process.env.BENCH_TRACE_PROFILE;
  const profileDir = kept ?? (await mkdtemp(join(tmpdir(), 'arbor-trace-')));
  try {
    console.log(`seeding (or reusing) the profile in ${profileDir}`);
    const seeded = await ensureSeeded(profileDir);
    for (let i = 1; i <= COLD_OPENS; i++) {
      const traced = await traceColdOpen(profileDir);
      const file = await save(`cold-open-${i}`, traced);
      const report = longTaskReport(parseEvents(traced.events), `${APP_URL}/`, resolveFrame);
      const probe = traced.coldOpen;
      const figures = probe
        ? ` (probe: interactive ${probe.interactiveMs.toFixed(0)} ms, longest task ${probe.longestTaskMs.toFixed(0)} ms)`
        : '';
      console.log(`\n${formatLongTasks(`cold open ${i}${figures}`, report)}\n  trace: ${file}`);
    }
    const app = await traceAppExport(profileDir);
    const appFile = await save('export-app', app);
    const appReport = longTaskReport(parseEvents(app.events), `${APP_URL}/`, resolveFrame);
    console.log(`\n${formatLongTasks('Export all in the app', appReport)}\n  trace: ${appFile}`);
    const send = await traceSend(profileDir, seeded);
    const sendFile = await save('send', send);
    const sendEvents = parseEvents(send.events);
    const pressed = sendEvents.find((e) => e.name === SEND_MARK)?.ts;
    const requested =
      pressed === undefined
        ? undefined
        : firstRequestAfter(sendEvents, '/chat/completions', pressed);
    if (pressed === undefined || requested === undefined) {
      console.log(`\nsend: no press mark or no request in the trace (${sendFile})`);
    } else {
      const report = spanReport(sendEvents, `${APP_URL}/`, resolveFrame, [pressed, requested]);
      const title = `send in the 10k chat, press → request (${((requested - pressed) / 1000).toFixed(0)} ms)`;
      console.log(`\n${formatLongTasks(title, report)}\n  trace: ${sendFile}`);
    }
    const bench = await traceBenchExport(profileDir, seeded, BENCH_EXPORTS);
    const benchFile = await save('export-bench', bench);
    const events = parseEvents(bench.events);
    const spans = measureSpans(events, EXPORT_MEASURE);
    const benchReport = longTaskReport(events, BENCH_PAGE_URL, resolveFrame, spans);
    console.log(
      `\n${formatLongTasks(`the bench's export measure (${spans.length} exports)`, benchReport)}\n  trace: ${benchFile}`,
    );
  } finally {
    await mock.close();
    await server.close();
    if (!kept) await rm(profileDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
