// Turns one run's figures into the terminal table (median with min–max, the ratio against the
// blob baseline and the raw floor, PASS/MISS beside each target) and writes results.json.
import { writeFile } from 'node:fs/promises';
import type { LongTasksSeen, TracedFrames } from './api-types';
import type { BenchResults, TargetResult } from './results';
import { summarize, type Summary } from './stats';
import { storedMessages } from './targets';

type Row = [string, string, string, string, string, string, string];

const HEADER: Row = [
  'measure',
  'Arbor: median (min–max)',
  'blob baseline',
  'vs baseline',
  'raw floor',
  'vs floor',
  'target',
];

function num(v: number): string {
  if (!Number.isFinite(v)) return '—';
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function span(s: Summary, unit = 'ms'): string {
  return `${num(s.median)} ${unit} (${num(s.min)}–${num(s.max)})`;
}

/** How many times faster Arbor is than the baseline (or slower, when under 1). */
function versus(arbor: Summary, other: Summary): string {
  const ratio = other.median / arbor.median;
  return ratio >= 1 ? `${num(ratio)}× faster` : `${num(1 / ratio)}× slower`;
}

interface Line {
  arbor: Summary | string;
  baseline?: Summary;
  floor?: Summary;
  target?: string;
}

/** A table row; the ratio columns are derived from the figures given. */
function row(measure: string, { arbor, baseline, floor, target = '' }: Line): Row {
  const value = typeof arbor === 'string' ? arbor : span(arbor);
  const figure = typeof arbor === 'string' ? undefined : arbor;
  return [
    measure,
    value,
    baseline ? `${num(baseline.median)} ms` : '',
    baseline && figure ? versus(figure, baseline) : '',
    floor ? `${num(floor.median)} ms` : '',
    floor && figure ? `${num(figure.median / floor.median)}× floor` : '',
    target,
  ];
}

function goal(targets: readonly TargetResult[], id: string, text: string): string {
  const t = targets.find((x) => x.id === id);
  return t ? `${text} ${t.pass ? 'PASS' : 'MISS'}` : text;
}

/** Long tasks are only reported from 50 ms up, so 0 means none. */
function longTasks(s: Summary): Summary | string {
  return s.max === 0 ? 'none ≥ 50 ms' : s;
}

/** The median longest task and the worst, in a line of its own. */
function longestOf(s: Summary): string {
  return s.max === 0 ? 'none ≥ 50 ms' : `${num(s.median)} ms (worst ${num(s.max)} ms)`;
}

/** The long task's duration and start, then the scripts the browser attributes it to. */
function taskScripts(seen: LongTasksSeen): string {
  if (seen.longestMs === 0) return 'none ≥ 50 ms';
  const scripts = seen.scripts
    .slice(0, 3)
    .map((s) => {
      const name = s.invoker.replace(/^.*\/assets\//, '');
      const layout = s.layoutMs >= 5 ? `, ${num(s.layoutMs)} layout` : '';
      return `${name} ${num(s.ms)}${layout}`;
    })
    .join('; ');
  return `${num(seen.longestMs)} ms at ${num(seen.longestAtMs)} ms: ${scripts || 'no script'}`;
}

function frames(reports: readonly TracedFrames[], pick: (r: TracedFrames) => number): Summary {
  return summarize(reports.map(pick));
}

function rows(r: BenchResults): Row[] {
  const t = r.targets;
  const ei = r.exportImport;
  const long = r.frames.longSession;
  const short = r.frames.ordinarySession;
  const blobFrames = r.frames.blobBaseline;
  const persist = r.persist.map((p, i) =>
    row(`${i === 0 ? '4 ' : '  '}persist 1 reply @ ${p.storedMessages} msgs (${p.writes} writes)`, {
      arbor: p.arbor,
      baseline: p.blob,
      target:
        i === r.persist.length - 1
          ? `${goal(t, 'persist-vs-blob', '≥100×')}, ${goal(t, 'persist-flat', 'flat')}`
          : '',
    }),
  );
  return [
    row('1 cold open → interactive list', {
      arbor: r.coldOpen.interactive,
      baseline: r.coldOpen.blobBarePage,
      target: goal(t, 'cold-open', '<1 s'),
    }),
    row('  no chats stored → interactive', { arbor: r.coldOpen.empty.interactive }),
    row(`  ${storedMessages(r)} msgs stored vs none`, {
      arbor: `${num(r.coldOpen.interactive.median / r.coldOpen.empty.interactive.median)}×`,
      target: goal(t, 'cold-open-flat', '≤1.2×'),
    }),
    row('  longest task to interactive', { arbor: longTasks(r.coldOpen.longestTask) }),
    row('  longest task until idle', {
      arbor: longTasks(r.coldOpen.load.longestTask),
      target: goal(t, 'cold-open-responsive', '<50 ms'),
    }),
    row('  in it (worst run)', { arbor: taskScripts(r.coldOpen.load.worst) }),
    row('  idle from', { arbor: r.coldOpen.load.settled }),
    row('  no chats: longest task until idle', {
      arbor: longTasks(r.coldOpen.empty.loadLongestTask),
    }),
    row('2 switch to 10k session → painted', {
      arbor: r.switchSession.clickToPaint,
      target: goal(t, 'switch', '<100 ms'),
    }),
    row('  click → newest message in DOM', { arbor: r.switchSession.clickToDom }),
    row('  longest task during switch', { arbor: longTasks(r.switchSession.longestTask) }),
    row('3 send in 10k session: main-thread CPU, first', {
      arbor: r.send.first.work,
      target: goal(t, 'send-first', '<50 ms'),
    }),
    row('  main thread, next send', {
      arbor: r.send.next.work,
      target: goal(t, 'send-next', '<50 ms'),
    }),
    row('  its tasks in wall-clock time, first / next', {
      arbor: `${num(r.send.first.taskTime.median)} ms / ${num(r.send.next.taskTime.median)} ms`,
    }),
    row('  longest task, first / next', {
      arbor: `${num(r.send.first.longestTask.median)} ms / ${num(r.send.next.longestTask.median)} ms`,
    }),
    row('  reply done → chat read again: longest task', {
      arbor: `${longestOf(r.send.first.afterReplyLongestTask)} / ${longestOf(r.send.next.afterReplyLongestTask)}`,
    }),
    row('  press → request at server, first / next', {
      arbor: `${num(r.send.first.window.median)} ms / ${num(r.send.next.window.median)} ms`,
    }),
    row('  request sent', {
      arbor: `${r.send.request.messages} of the path's ${r.data.long.pathLength}+ messages (${num(r.send.request.kB)} kB) to ${r.send.request.model}`,
    }),
    ...persist,
    row(`5 fork ${r.fork.pathLength}-message path`, {
      arbor: r.fork.arbor,
      baseline: r.fork.blob,
      floor: r.fork.rawBulkPut,
      target: goal(t, 'fork', '≤1.5×'),
    }),
    row('  longest main-thread task in fork', {
      arbor: longTasks(r.fork.arborLongestTask),
      target: goal(t, 'fork-responsive', '<50 ms'),
    }),
    row(`6 export ${ei.messages} msgs (${num(ei.fileMB)} MB)`, {
      arbor: ei.exportArbor,
      baseline: ei.blobExport,
      floor: ei.exportFloor,
      target: goal(t, 'export', '≤2×'),
    }),
    row('  longest main-thread task in export', { arbor: longTasks(ei.exportLongestTask) }),
    row('  Export all in the app: click → notice', { arbor: r.appExport.clickToNotice }),
    row('  longest task in Export all', {
      arbor: longTasks(r.appExport.longestTask),
      target: goal(t, 'export-responsive', '<50 ms'),
    }),
    row('  in it (worst run)', { arbor: taskScripts(r.appExport.worst) }),
    row(`  import ${ei.messages} msgs (in a worker)`, {
      arbor: ei.importArbor,
      baseline: ei.blobImport,
      floor: ei.importFloor,
      target: goal(t, 'import', '≤2×'),
    }),
    row(
      `  ChatGPT zip (${num(r.zipPreview.sizeMB)} MB, ${r.zipPreview.conversations} chats): Import → preview`,
      { arbor: r.zipPreview.toPreview },
    ),
    row('  longest task while the zip previews', {
      arbor: longTasks(r.zipPreview.longestTask),
      target: goal(t, 'zip-preview', '<50 ms'),
    }),
    row('  import: read+parse+plan / write', {
      arbor: `${num(ei.importLoad.median)} ms / ${num(ei.importCommit.median)} ms`,
    }),
    row('  longest main-thread task in import', { arbor: longTasks(ei.importMainLongestTask) }),
    row('7 frame time p95, 10k session (work)', {
      arbor: frames(long, (f) => f.work.p95),
      baseline: summarize([blobFrames.work.p95]),
      target: goal(t, 'frames', '<16 ms'),
    }),
    row('  frame time p50, 10k session (work)', {
      arbor: frames(long, (f) => f.work.p50),
      baseline: summarize([blobFrames.work.p50]),
    }),
    row('  frame interval p95 / p50 (60 Hz)', {
      arbor: `${num(frames(long, (f) => f.intervalP95).median)} ms / ${num(frames(long, (f) => f.intervalP50).median)} ms`,
      baseline: summarize([blobFrames.intervalP95]),
    }),
    row('  frames > 25 ms apart', {
      arbor: `${num(frames(long, (f) => f.slowFrames).median)} of ${num(frames(long, (f) => f.frames).median)} (blob: ${blobFrames.slowFrames} of ${blobFrames.frames})`,
    }),
    row('  long animation frames (> 50 ms)', {
      arbor: `${num(frames(long, (f) => f.longAnimationFrames).median)}, longest ${num(frames(long, (f) => f.longestAnimationFrameMs).median)} ms (blob: ${blobFrames.longAnimationFrames}, ${num(blobFrames.longestAnimationFrameMs)} ms)`,
    }),
    row('  10-step tool loop, 10k session: work p95 / long frames', {
      arbor: `${num(frames(r.frames.toolLoop, (f) => f.work.p95).median)} ms / ${num(frames(r.frames.toolLoop, (f) => f.longAnimationFrames).median)}`,
      target: goal(t, 'tool-loop-frames', '<16 ms'),
    }),
    row('  100-msg session: work p95 / long frames', {
      arbor: `${num(frames(short, (f) => f.work.p95).median)} ms / ${num(frames(short, (f) => f.longAnimationFrames).median)}`,
    }),
    row('8 initial JS, gzipped', {
      arbor: `${num(r.bundle.jsGzipKB)} kB (${num(r.bundle.jsRawKB)} kB raw)`,
      target: goal(t, 'initial-js', '≤180 kB'),
    }),
    row('  initial CSS, gzipped', {
      arbor: `${num(r.bundle.cssGzipKB)} kB (${num(r.bundle.cssRawKB)} kB raw)`,
    }),
    ...searchRows(r),
    row(`floor: IDB put ${r.fork.pathLength} rows, app's store`, { arbor: r.fork.rawBulkPut }),
    row(`floor: IDB put ${r.fork.pathLength} rows, empty store`, {
      arbor: r.fork.rawBulkPutEmptyStore,
    }),
    row(`floor: IDB getAll ${ei.messages} rows`, { arbor: ei.rawReadAll }),
    row(`floor: IDB bulk put ${ei.messages} rows`, { arbor: ei.rawBulkPut }),
    row(`floor: JSON.stringify ${num(ei.fileMB)} MB`, { arbor: ei.stringify }),
    row(`floor: JSON.parse ${num(ei.fileMB)} MB`, { arbor: ei.parse }),
  ];
}

function searchRows(r: BenchResults): Row[] {
  const t = r.targets;
  const s = r.search;
  return [
    row(`9 search index rebuild, ${s.messages} msgs (worker)`, {
      arbor: `${num(s.rebuildMs)} ms, saved in ${num(s.saveMs)} ms`,
      target: goal(t, 'search-rebuild', 'reported'),
    }),
    row('  longest main-thread task in rebuild', {
      arbor: s.rebuildLongestTaskMs === 0 ? 'none ≥ 50 ms' : `${num(s.rebuildLongestTaskMs)} ms`,
    }),
    ...s.queries.map((q, i) =>
      row(`  query "${q.text}" (${q.results} shown)`, {
        arbor: q.ms,
        target: i === 0 ? goal(t, 'search-query', '<50 ms') : '',
      }),
    ),
    row('  index 1 finished reply', {
      arbor: s.indexOne,
      target: goal(t, 'search-index-one', '<5 ms'),
    }),
    row('  whole catch-up after a reply', { arbor: s.catchUpOne }),
    row(`  typing "${s.typing.typed}": longest task`, {
      arbor: longTasks(s.typing.longestTask),
      target: goal(t, 'search-typing', '≤50 ms'),
    }),
    row('  Ctrl+K → results for the typed text', { arbor: s.typing.toResults }),
  ];
}

export function formatTable(r: BenchResults): string {
  const all = [HEADER, ...rows(r)];
  const widths = HEADER.map((_, c) => Math.max(...all.map((cells) => (cells[c] ?? '').length)));
  const line = (cells: Row) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(HEADER), rule, ...all.slice(1).map(line)].join('\n');
}

export function formatSummary(r: BenchResults): string {
  const seeded = r.data.seeding.at(-1);
  const long = r.data.long;
  const load = r.machine.loadAverage;
  const busy = Math.max(load.start, load.end) > r.machine.cpus;
  return [
    `Arbor bench · ${r.startedAt} · ${r.machine.cpus} × ${r.machine.cpuModel} · ${r.machine.browser} · ${r.durationSeconds.toFixed(0)} s`,
    `Load average ${load.start.toFixed(1)} at start, ${load.end.toFixed(1)} at end${busy ? ' (a busy machine inflates absolute times; Arbor, floor and baseline take turns, so ratios hold better)' : ''}`,
    seeded
      ? `Data (seed ${r.seed}): ${seeded.sessions} sessions × 100 messages = ${seeded.messages} messages, ${num(seeded.textMB)} MB of text (blob ${num(seeded.blobMB)} MB), plus "${long.title}": ${long.messages} messages, active path ${long.pathLength}, ${long.branchPoints} branch points`
      : '',
    'Blob baseline: cold open = a bare page that reads + parses the blob; export = stringify the in-memory state; frames = its writes during a 2 s reply, nothing rendered.',
    'Frame time = interval between animation frames as presented: headless Chromium runs at 60 Hz, so 16.7 ms is the best possible and the target is read as "within one frame".',
    "Send = the renderer main thread's task time (Chromium's trace) from the Enter press until the mock server received the request; first = the first send after opening the chat, with no token counts kept for its messages; next = the send after it in the same page.",
    'Cold open "until idle" = from navigation until every frame for 1 s has had under 20 ms of work (the open chat drawn, idle-time work done); "in it" = the scripts Chromium attributes that task to.',
    '',
    formatTable(r),
    '',
    ...r.targets.map((x) => `${x.pass ? 'PASS' : 'MISS'}  ${x.target}: ${x.measured}`),
  ].join('\n');
}

export async function writeResults(file: string, r: BenchResults): Promise<void> {
  await writeFile(file, `${JSON.stringify(r, null, 2)}\n`);
}
