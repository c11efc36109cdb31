// The main-thread work of one send, read from Chromium's trace: the renderer main thread's tasks
// from the one that handled the key press (the Send handler runs in it) until the moment the
// server received the request. Most of that time is the reply worker's (reading the chat,
// counting tokens, building the request); only the page's own tasks are added up here, as the
// time they ran on a core (their work) and as wall-clock time (which also holds the time the
// thread waited for a core the worker was using).
import { TASK, threadTasks } from './frame-trace';
import { record, threadKey, type TraceEvent } from './trace/trace-events';

export interface SendWork {
  /** The main thread's CPU time in its tasks between the press and the request's arrival, ms. */
  workMs: number;
  /** The same tasks' wall-clock time, ms: their work plus the time they waited for a core. */
  taskMs: number;
  /** From the start of the task that handled the press until the request arrived, ms. */
  windowMs: number;
  /** The longest main-thread task in that window, whole, ms. */
  longestTaskMs: number;
}

/** The key press that sends: the first keydown dispatched in the trace. */
function pressOf(events: readonly TraceEvent[]): TraceEvent {
  const press = events.find(
    (e) => e.name === 'EventDispatch' && record(e.args.data).type === 'keydown',
  );
  if (!press) throw new Error('The trace holds no keydown: the press was not recorded');
  return press;
}

/**
 * The CPU time of each top-level task of `thread`, by its start. A task without it (a trace
 * recorded without thread clocks) counts its wall-clock time.
 */
function cpuOfTasks(events: readonly TraceEvent[], thread: string): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const e of events) {
    if (e.name !== TASK || e.ph !== 'X' || threadKey(e) !== thread) continue;
    cpu.set(e.ts, Math.max(cpu.get(e.ts) ?? 0, e.tdur ?? e.dur ?? 0));
  }
  return cpu;
}

/** `arrivalUs`: when the server received the request, on the trace's clock. */
export function sendWork(events: readonly TraceEvent[], arrivalUs: number): SendWork {
  const press = pressOf(events);
  const tasks = threadTasks(events, threadKey(press));
  const from = tasks.find(([start, end]) => start <= press.ts && press.ts <= end)?.[0] ?? press.ts;
  if (arrivalUs <= from) {
    throw new Error(
      'The request arrived before the key press: the server and the trace do not share a clock',
    );
  }
  const cpu = cpuOfTasks(events, threadKey(press));
  let workUs = 0;
  let taskUs = 0;
  let longestUs = 0;
  for (const [start, end] of tasks) {
    if (start >= arrivalUs) break;
    const inside = Math.min(end, arrivalUs) - Math.max(start, from);
    if (inside <= 0) continue;
    taskUs += inside;
    // A task cut by the window counts the share of its CPU time that falls inside.
    workUs += ((cpu.get(start) ?? end - start) * inside) / (end - start);
    longestUs = Math.max(longestUs, end - start);
  }
  return {
    workMs: workUs / 1000,
    taskMs: taskUs / 1000,
    windowMs: (arrivalUs - from) / 1000,
    longestTaskMs: longestUs / 1000,
  };
}
