// Takes apart the long tasks (50 ms or more) of one page's main thread in a recorded trace:
// what the trace events inside each task spent (script evaluation, GC, layout...) and, from
// the JS samples, which functions and which modules the time went to.
import { profileSamples, type CallFrame, type Sample } from './cpu-profile';
import type { Original } from './source-map';
import { record, threadKey, threadNames, type TraceEvent } from './trace-events';

const TASK = 'ThreadControllerImpl::RunTask';
const PROFILER_START = 'CpuProfiler::StartProfiling';
const LONG_TASK_US = 50_000;
const TOP = 10;

export type Resolve = (frame: CallFrame) => Original | undefined;

export interface Share {
  label: string;
  ms: number;
}

export interface LongTaskBreakdown {
  /** ms from the page's navigation start (or the trace's first task when none is found). */
  startMs: number;
  ms: number;
  /** The main thread's CPU time in it; the rest it spent waiting for a core (other load). */
  cpuMs: number | undefined;
  /** Time spent starting the sampling profiler: the trace's own overhead, not the page's. */
  profilerStartMs: number;
  /** The outermost traced events in the task: what started it. */
  entry: Share[];
  /** Self time per trace event name. */
  events: Share[];
  /** Sampled time per innermost function. */
  selfFunctions: Share[];
  /** Sampled time per innermost function of Arbor's own code (src/) on the stack. */
  arborFunctions: Share[];
  /** Sampled time per module anywhere on the stack, each counted once per sample. */
  modules: Share[];
  /** Sampled time per module of the code that was running (by the sample's own position). */
  selfModules: Share[];
}

export interface MainThreadReport {
  thread: string;
  longTasks: LongTaskBreakdown[];
}

function top(totals: Map<string, number>, n = TOP): Share[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([label, us]) => ({ label, ms: us / 1000 }));
}

function add(totals: Map<string, number>, label: string, us: number): void {
  totals.set(label, (totals.get(label) ?? 0) + us);
}

/** The renderer main thread that ran the most events naming a URL under `urlPrefix`. */
export function pageMainThread(events: readonly TraceEvent[], urlPrefix: string): string {
  const names = threadNames(events);
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = threadKey(e);
    if (names.get(key) !== 'CrRendererMain') continue;
    const url = record(e.args.data).url;
    if (typeof url === 'string' && url.startsWith(urlPrefix)) add(counts, key, 1);
  }
  const best = top(counts, 1)[0];
  if (!best) throw new Error(`No renderer main thread ran anything from ${urlPrefix}`);
  return best.label;
}

/** B/E pairs become complete events, so nesting is worked out one way. */
function completeEvents(events: readonly TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && e.dur !== undefined) out.push(e);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) out.push({ ...begin, ph: 'X', dur: e.ts - begin.ts });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

function describeEntry(e: TraceEvent): string {
  const data = record(e.args.data);
  const what =
    typeof data.functionName === 'string' && data.functionName
      ? data.functionName
      : typeof data.url === 'string'
        ? data.url.replace(/^https?:\/\/[^/]+/, '')
        : typeof data.type === 'string'
          ? data.type
          : '';
  return what ? `${e.name} ${what}` : e.name;
}

function eventShares(
  inside: readonly TraceEvent[],
  task: TraceEvent,
): Pick<LongTaskBreakdown, 'entry' | 'events'> {
  const self = new Map<string, number>();
  const entry = new Map<string, number>();
  const stack: { event: TraceEvent; end: number; children: number }[] = [];
  const close = (until: number) => {
    for (let top = stack.at(-1); top && top.end <= until; top = stack.at(-1)) {
      stack.pop();
      add(self, top.event.name, (top.event.dur ?? 0) - top.children);
    }
  };
  for (const e of [task, ...inside.filter((i) => i !== task)]) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.children += e.dur ?? 0;
    if (stack.length === 1 && e !== task) add(entry, describeEntry(e), e.dur ?? 0);
    stack.push({ event: e, end: e.ts + (e.dur ?? 0), children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return { entry: top(entry, 5), events: top(self) };
}

/** A readable module name: Arbor's path under src/, or the package a file belongs to. */
export function moduleOf(frame: CallFrame, resolve: Resolve): string {
  if (!frame.url) return frame.functionName || '(native)';
  const original = resolve(frame);
  if (!original) return frame.url.replace(/^https?:\/\/[^/]+\//, '');
  const path = original.source.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg?.[1] ?? path;
}

function functionLabel(frame: CallFrame, resolve: Resolve): string {
  if (!frame.url) return frame.functionName || '(native)';
  const original = resolve(frame);
  const module = moduleOf(frame, resolve);
  const name = original?.name ?? (frame.functionName || '(anonymous)');
  const where = original ? `${module}:${original.line}` : module;
  const text = original?.text ? ` «${original.text.slice(0, 60)}»` : '';
  return `${name} (${where})${text}`;
}

function isArbor(frame: CallFrame, resolve: Resolve): boolean {
  return moduleOf(frame, resolve).startsWith('src/');
}

function sampleShares(
  samples: readonly Sample[],
  from: number,
  to: number,
  resolve: Resolve,
): Pick<LongTaskBreakdown, 'selfFunctions' | 'arborFunctions' | 'modules' | 'selfModules'> {
  const selfModules = new Map<string, number>();
  const selfFunctions = new Map<string, number>();
  const arborFunctions = new Map<string, number>();
  const modules = new Map<string, number>();
  let previous: number | undefined;
  for (const s of samples) {
    if (s.ts > to) break;
    const weight = previous === undefined ? 0 : s.ts - previous;
    previous = s.ts;
    if (s.ts < from) continue;
    const [inner] = s.stack;
    if (!inner) continue;
    add(selfFunctions, functionLabel(inner, resolve), weight);
    const running = s.at ? { ...inner, line: s.at.line, column: s.at.column } : inner;
    add(selfModules, moduleOf(running, resolve), weight);
    const arbor = s.stack.find((f) => isArbor(f, resolve));
    add(arborFunctions, arbor ? functionLabel(arbor, resolve) : '(no Arbor frame)', weight);
    for (const m of new Set(s.stack.map((f) => moduleOf(f, resolve)))) add(modules, m, weight);
  }
  return {
    selfModules: top(selfModules),
    selfFunctions: top(selfFunctions),
    arborFunctions: top(arborFunctions),
    modules: top(modules),
  };
}

function navigationStart(events: readonly TraceEvent[], thread: string): number | undefined {
  const starts = events.filter((e) => e.name === 'navigationStart' && threadKey(e) === thread);
  return starts.at(-1)?.ts;
}

/** [start, end] of each user-timing measure called `name`, in trace microseconds. */
export function measureSpans(events: readonly TraceEvent[], name: string): [number, number][] {
  const begins = new Map<string, number>();
  const spans: [number, number][] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.name !== name || !e.cat.includes('blink.user_timing')) continue;
    const key = `${e.pid}:${e.id ?? ''}`;
    if (e.ph === 'b') begins.set(key, e.ts);
    const begin = begins.get(key);
    if (e.ph === 'e' && begin !== undefined) spans.push([begin, e.ts]);
  }
  return spans;
}

/** `within`: only tasks overlapping one of these spans (all long tasks when absent). */
export function longTaskReport(
  events: readonly TraceEvent[],
  urlPrefix: string,
  resolve: Resolve,
  within?: readonly [number, number][],
): MainThreadReport {
  const thread = pageMainThread(events, urlPrefix);
  const onThread = completeEvents(events.filter((e) => threadKey(e) === thread));
  const tasks = onThread.filter((e) => e.name === TASK);
  const origin = navigationStart(events, thread) ?? tasks[0]?.ts ?? 0;
  const samples = profileSamples(events).get(thread) ?? [];
  const longTasks = tasks
    .filter((t) => (t.dur ?? 0) >= LONG_TASK_US)
    .filter((t) => !within || within.some(([from, to]) => t.ts < to && t.ts + (t.dur ?? 0) > from))
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = onThread.filter((e) => e.ts >= task.ts && e.ts < end);
      const profilerStart = inside.filter((e) => e.name === PROFILER_START);
      return {
        startMs: (task.ts - origin) / 1000,
        ms: (task.dur ?? 0) / 1000,
        cpuMs: task.tdur === undefined ? undefined : task.tdur / 1000,
        profilerStartMs: profilerStart.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
        ...eventShares(inside, task),
        ...sampleShares(samples, task.ts, end, resolve),
      };
    });
  return { thread, longTasks };
}

/**
 * All the main thread did within `span`, short tasks included, taken apart as one long task is:
 * for work spread over many small tasks, such as a send.
 */
export function spanReport(
  events: readonly TraceEvent[],
  urlPrefix: string,
  resolve: Resolve,
  [from, to]: readonly [number, number],
): MainThreadReport {
  const thread = pageMainThread(events, urlPrefix);
  const onThread = completeEvents(events.filter((e) => threadKey(e) === thread));
  const inside = onThread.filter((e) => e.ts >= from && e.ts < to);
  const tasks = inside.filter((e) => e.name === TASK);
  const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
  const first = tasks[0] ?? onThread[0];
  if (!first) throw new Error('The main thread ran nothing in the span');
  const span: TraceEvent = {
    ...first,
    name: 'span',
    ts: from,
    dur: to - from,
  };
  const profilerStart = inside.filter((e) => e.name === PROFILER_START);
  const breakdown: LongTaskBreakdown = {
    startMs: 0,
    ms: sum(tasks.map((t) => t.dur ?? 0)) / 1000,
    cpuMs: sum(tasks.map((t) => t.tdur ?? 0)) / 1000,
    profilerStartMs: sum(profilerStart.map((e) => e.dur ?? 0)) / 1000,
    ...eventShares(inside, span),
    ...sampleShares(profileSamples(events).get(thread) ?? [], from, to, resolve),
  };
  return { thread, longTasks: [breakdown] };
}

/** When the first request to `urlPart` was sent after `after`, from the network events. */
export function firstRequestAfter(
  events: readonly TraceEvent[],
  urlPart: string,
  after: number,
): number | undefined {
  return events
    .filter((e) => e.name === 'ResourceSendRequest' && e.ts > after)
    .filter((e) => String(record(e.args.data).url).includes(urlPart))
    .map((e) => e.ts)
    .sort((a, b) => a - b)[0];
}
