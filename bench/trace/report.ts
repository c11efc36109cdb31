// Prints a long-task breakdown as plain text: one block per long task, the biggest shares first.
import type { LongTaskBreakdown, MainThreadReport, Share } from './long-tasks';

const ms = (v: number) => `${v.toFixed(1).padStart(7)} ms`;

function shares(title: string, list: readonly Share[]): string[] {
  return [
    `    ${title}:`,
    ...list.filter((s) => s.ms >= 1).map((s) => `    ${ms(s.ms)}  ${s.label}`),
  ];
}

function task(t: LongTaskBreakdown): string[] {
  return [
    `  task of ${t.ms.toFixed(1)} ms${t.cpuMs === undefined ? '' : ` (${t.cpuMs.toFixed(0)} ms on the CPU)`} at ${t.startMs.toFixed(0)} ms${t.profilerStartMs >= 1 ? ` (${t.profilerStartMs.toFixed(0)} ms of it starting the profiler: tracing overhead)` : ''}`,
    ...shares('started by', t.entry),
    ...shares('trace events (self time)', t.events),
    ...shares('modules on the stack (sampled)', t.modules),
    ...shares('module of the running code (sampled)', t.selfModules),
    ...shares('innermost function (sampled)', t.selfFunctions),
    ...shares('innermost Arbor function on the stack (sampled)', t.arborFunctions),
  ];
}

export function formatLongTasks(title: string, report: MainThreadReport): string {
  const tasks = report.longTasks;
  const head = `${title}: ${tasks.length} task(s) ≥ 50 ms on the main thread (${report.thread})`;
  return [head, ...tasks.flatMap(task)].join('\n');
}
