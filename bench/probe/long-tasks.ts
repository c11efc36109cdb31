// Long tasks (over 50 ms) and long animation frames seen by the page since it loaded, so a
// measurement can ask how long the main thread was blocked during its own interval, and
// what ran then (the scripts Chromium attributes a long animation frame to).
import type { LongTasksSeen, TaskScript } from '../api-types';

interface Span {
  startTime: number;
  duration: number;
}

function observe(type: string): Span[] {
  const spans: Span[] = [];
  if (!PerformanceObserver.supportedEntryTypes.includes(type)) return spans;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) spans.push(entry);
  }).observe({ type, buffered: true });
  return spans;
}

const longTasks = observe('longtask');
const longFrames = observe('long-animation-frame');

/** Entries are delivered asynchronously; give the observer a moment to catch up. */
function settleObservers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 60));
}

function overlapping(spans: readonly Span[], from: number, to: number): Span[] {
  return spans.filter((s) => s.startTime < to && s.startTime + s.duration > from);
}

/** The longest task overlapping [from, to], or 0 when none was over 50 ms. */
export async function longestTaskBetween(from: number, to: number): Promise<number> {
  await settleObservers();
  return Math.max(0, ...overlapping(longTasks, from, to).map((s) => s.duration));
}

/** One script of a long animation frame, as Chromium attributes it (PerformanceScriptTiming). */
interface ScriptTiming extends Span {
  invoker: string;
  forcedStyleAndLayoutDuration: number;
}

function isScriptTiming(value: unknown): value is ScriptTiming {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ScriptTiming, unknown>>;
  return (
    typeof v.invoker === 'string' &&
    typeof v.startTime === 'number' &&
    typeof v.duration === 'number' &&
    typeof v.forcedStyleAndLayoutDuration === 'number'
  );
}

function scriptsOf(frame: Span): ScriptTiming[] {
  const scripts: unknown = 'scripts' in frame ? frame.scripts : undefined;
  return Array.isArray(scripts) ? scripts.filter(isScriptTiming) : [];
}

/** What ran in a task: each script of its animation frame that overlaps it, longest first. */
function scriptsIn(task: Span): TaskScript[] {
  const end = task.startTime + task.duration;
  return overlapping(longFrames, task.startTime, end)
    .flatMap(scriptsOf)
    .filter((s) => s.startTime < end && s.startTime + s.duration > task.startTime)
    .sort((a, b) => b.duration - a.duration)
    .map((s) => ({
      // Same-origin URLs read as paths: /assets/index-….js is the app's main chunk.
      invoker: s.invoker.replace(location.origin, ''),
      ms: s.duration,
      layoutMs: s.forcedStyleAndLayoutDuration,
    }));
}

/** The longest task overlapping [from, to] with what ran in it, and how many there were. */
export async function longTasksBetween(from: number, to: number): Promise<LongTasksSeen> {
  await settleObservers();
  const tasks = overlapping(longTasks, from, to);
  const longest = tasks.reduce<Span | undefined>(
    (a, b) => (a && a.duration >= b.duration ? a : b),
    undefined,
  );
  return {
    count: tasks.length,
    longestMs: longest?.duration ?? 0,
    longestAtMs: longest?.startTime ?? 0,
    scripts: longest ? scriptsIn(longest) : [],
  };
}

export async function longFramesBetween(from: number, to: number): Promise<Span[]> {
  await settleObservers();
  return overlapping(longFrames, from, to);
}
