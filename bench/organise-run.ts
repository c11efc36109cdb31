// `npm run bench:organise`: the session list with 2,000 chats and 100 folders (20 chats pinned,
// each folder holding 10 chats, a third of the folders collapsed). It builds the app, stores
// the rows straight into a fresh profile's IndexedDB, then reports the longest main-thread task
// (PerformanceObserver 'longtask', 50 ms and up) while Arbor opens with that list, and while the
// list is scrolled from top to bottom 400 px a frame, and how many rows the list draws (it stays virtualized).
// It runs on its own, apart from `npm run bench`, so checking the list takes a minute, not eight.
// ARBOR_BENCH_TRACE=1 also records a Chromium trace (with the sampling profiler, which slows the
// page) of the opening and of the scrolling, and prints what each task of 50 ms or more ran, as
// `npm run bench:trace` does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { firstPage, launch } from './browser';
import { REPO_ROOT } from './config';
import { startStaticServer } from './static-server';
import { longTaskReport } from './trace/long-tasks';
import { startTrace, type TraceRecording } from './trace/record';
import { formatLongTasks } from './trace/report';
import { loadResolver } from './trace/sources';
import { parseEvents } from './trace/trace-events';

const PORT = 5192;
const ORIGIN = `http://localhost:${PORT}`;
const URL = `${ORIGIN}/`;
const TRACE = process.env.ARBOR_BENCH_TRACE === '1';
const SITE = resolve(REPO_ROOT, 'node_modules/.cache/arbor-bench/organise-site');
const CHATS = 2_000;
/** ARBOR_BENCH_FOLDERS=0 gives the same chats with no folders, to compare against. */
const FOLDERS = Number(process.env.ARBOR_BENCH_FOLDERS ?? 100);
const PER_FOLDER = 10;
const PINNED = 20;
/** About a wheel flick per frame. */
const SCROLL_STEP_PX = 400;

/** The longest task seen so far (0 when none reached 50 ms), and a reset. */
const LONG_TASK_PROBE = `
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

interface Seed {
  chats: number;
  folders: number;
  perFolder: number;
  pinned: number;
}

/** Runs in the page: writes the rows into Arbor's database as the app left it. */
function seedRows({ chats, folders, perFolder, pinned }: Seed): Promise<void> {
  return new Promise((done, fail) => {
    const open = indexedDB.open('arbor');
    open.onerror = () => fail(new Error('could not open the database'));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['sessions', 'folders', 'providers', 'settings'], 'readwrite');
      const t0 = Date.UTC(2026, 0, 1);
      tx.objectStore('providers').put({
        id: 'bench',
        name: 'Bench',
        presetId: 'custom',
        baseURL: 'http://localhost:1/v1',
        apiKey: '',
        models: [],
        createdAt: t0,
      });
      tx.objectStore('settings').put({
        key: 'new-chat',
        value: { providerId: 'bench', model: 'bench', systemPrompt: '' },
      });
      for (let f = 0; f < folders; f++) {
        const title = `Folder ${String(f).padStart(3, '0')}`;
        tx.objectStore('folders').put({
          id: `f${f}`,
          title,
          createdAt: t0,
          collapsed: f % 3 === 0,
        });
      }
      for (let i = 0; i < chats; i++) {
        const folder = Math.floor(i / perFolder);
        tx.objectStore('sessions').put({
          id: `s${i}`,
          title: `Chat number ${i} about something worth keeping`,
          titleIsCustom: true,
          createdAt: t0 + i * 60_000,
          updatedAt: t0 + i * 60_000,
          providerId: 'bench',
          model: 'bench',
          systemPrompt: '',
          params: {},
          activeLeafId: null,
          ...(folder < folders ? { folderId: `f${folder}` } : {}),
          ...(i % Math.floor(chats / pinned) === 0 ? { pinned: true } : {}),
        });
      }
      tx.oncomplete = () => {
        db.close();
        done();
      };
      tx.onerror = () => fail(new Error('could not seed the database'));
    };
  });
}

async function main(): Promise<void> {
  await build({
    root: REPO_ROOT,
    configFile: resolve(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: SITE, emptyOutDir: true, sourcemap: TRACE ? 'hidden' : false },
  });
  const resolveFrame = TRACE ? await loadResolver(SITE, ORIGIN) : undefined;
  /** Prints what the long tasks of a traced stretch ran. */
  const report = async (title: string, recording: TraceRecording<unknown> | undefined) => {
    if (!recording || !resolveFrame) return;
    const events = parseEvents(await recording.stop());
    console.log(formatLongTasks(title, longTaskReport(events, URL, resolveFrame)));
  };
  const server = await startStaticServer(SITE, PORT);
  const profile = await mkdtemp(join(tmpdir(), 'arbor-bench-organise-'));
  try {
    const context = await launch(profile);
    const page = await firstPage(context);
    // The app creates the database at today's version; the rows go in beside it.
    await page.goto(URL);
    await page.getByRole('dialog', { name: 'Welcome to Arbor' }).waitFor();
    await page.evaluate(seedRows, {
      chats: CHATS,
      folders: FOLDERS,
      perFolder: PER_FOLDER,
      pinned: PINNED,
    });
    await context.addInitScript({ content: LONG_TASK_PROBE });

    const openTrace = TRACE ? await startTrace(page) : undefined;
    const opened = performance.now();
    await page.goto(URL);
    const list = page.getByRole('navigation', { name: 'Sessions' });
    await list.getByRole('listitem').first().waitFor();
    // The whole list is read once the page is idle; wait until its last folder can be reached.
    await page.waitForFunction(
      () => (document.querySelector('nav ul')?.getBoundingClientRect().height ?? 0) > 20_000,
    );
    const openMs = performance.now() - opened;
    const openLongest = await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    );
    await report('opening', openTrace);

    await page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));
    const scrollTrace = TRACE ? await startTrace(page) : undefined;
    const drawn = await page.evaluate(async (step) => {
      const scroller = document.querySelector('nav ul')?.parentElement;
      if (!scroller) throw new Error('no session list');
      let most = 0;
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
        scroller.scrollTop += step;
        await new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next)));
        most = Math.max(most, scroller.querySelectorAll('li[aria-label]').length);
      }
      return most;
    }, SCROLL_STEP_PX);
    const scrollLongest = await page.evaluate(
      () => (window as unknown as { __longest: number }).__longest,
    );
    await report('scrolling', scrollTrace);
    await context.close();

    const row = {
      chats: CHATS,
      folders: FOLDERS,
      openUntilWholeListMs: Math.round(openMs),
      longestTaskOpeningMs: Math.round(openLongest),
      longestTaskScrollingMs: Math.round(scrollLongest),
      mostChatRowsDrawn: drawn,
    };
    console.log(JSON.stringify(row, null, 2));
  } finally {
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
