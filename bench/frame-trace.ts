// Frame work from Chromium's own performance timeline (the trace DevTools records): for every
// animation frame the renderer produced, the main-thread time spent on it, from the tasks
// after the previous frame through this frame's style, layout and paint. The time between
// presented frames can't go under one vsync (16.7 ms at 60 Hz); the work per frame can, and
// it is what decides whether a frame is on time.
import type { Page } from '@playwright/test';
import { z } from 'zod';
import type { FrameWork } from './api-types';
import { percentile } from './stats';
import { recordTrace } from './trace/record';

/** Animation frames are in devtools.timeline; every main-thread task is in toplevel. */
const CATEGORIES = 'devtools.timeline,toplevel';
export const TASK = 'ThreadControllerImpl::RunTask';

const traceEventSchema = z.object({
  name: z.enum(['AnimationFrame', TASK]),
  ph: z.string(),
  pid: z.number(),
  tid: z.number(),
  ts: z.number(),
  dur: z.number().optional(),
});

type TraceEvent = z.infer<typeof traceEventSchema>;

/** Keeps the events this measure reads; the trace has many other kinds. */
function wanted(value: unknown): TraceEvent[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw: unknown) => {
    const parsed = traceEventSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

export interface FrameTrace {
  stop(): Promise<FrameWork>;
}

export async function startFrameTrace(page: Page): Promise<FrameTrace> {
  const recording = await recordTrace(page, CATEGORIES, wanted);
  return { stop: async () => frameWork(await recording.stop()) };
}

/** [start, end] of each animation frame, in trace microseconds, on the thread that drew them. */
function animationFrames(events: readonly TraceEvent[]): {
  thread: string;
  frames: [number, number][];
} {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name !== 'AnimationFrame' || (e.ph !== 'b' && e.ph !== 'e')) continue;
    const key = `${e.pid}:${e.tid}`;
    const marks = byThread.get(key);
    if (marks) marks.push(e);
    else byThread.set(key, [e]);
  }
  const [thread, marks] = [...byThread].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  const frames: [number, number][] = [];
  let start: number | undefined;
  for (const e of marks.sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'b') start = e.ts;
    else if (start !== undefined) {
      frames.push([start, e.ts]);
      start = undefined;
    }
  }
  return { thread, frames };
}

/** The fields of a trace event that say which task ran when, on which thread. */
export interface TaskEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

/**
 * The top-level tasks of `thread` (pid:tid) as [start, end] in trace microseconds, in order;
 * a task run inside another (a nested run loop) is part of it, so no time is counted twice.
 */
export function threadTasks(events: readonly TaskEvent[], thread: string): [number, number][] {
  const out: [number, number][] = [];
  const sorted = events
    .filter((e) => e.name === TASK && e.ph === 'X' && `${e.pid}:${e.tid}` === thread)
    .sort((a, b) => a.ts - b.ts);
  for (const e of sorted) {
    const end = e.ts + (e.dur ?? 0);
    const last = out.at(-1);
    if (last && e.ts < last[1]) last[1] = Math.max(last[1], end);
    else out.push([e.ts, end]);
  }
  return out;
}

export function frameWork(events: readonly TraceEvent[]): FrameWork {
  const { thread, frames } = animationFrames(events);
  const busy = threadTasks(events, thread);
  const work = frames.map(([from, to]) => {
    let us = 0;
    for (const [start, end] of busy) {
      if (start >= to) break;
      us += Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
    return us / 1000;
  });
  return {
    frames: work.length,
    p50: percentile(work, 0.5),
    p95: percentile(work, 0.95),
    max: Math.max(0, ...work),
  };
}
