// Long tasks (over 50 ms) and long animation frames seen by the page since it loaded, so a
// measurement can ask how long the main thread was blocked during its own interval.

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

export async function longFramesBetween(from: number, to: number): Promise<Span[]> {
  await settleObservers();
  return overlapping(longFrames, from, to);
}
