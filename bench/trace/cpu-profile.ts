// The V8 sampling profiler's output inside a trace (Profile and ProfileChunk events): every
// sample with its time and call stack, per profiled thread, on the trace's clock.
import { record, threadKey, type TraceEvent } from './trace-events';

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, where the function starts in its script. */
  line: number;
  column: number;
}

export interface Sample {
  ts: number;
  /** Innermost frame first. */
  stack: CallFrame[];
  /** Where in the innermost frame's script the sample landed (0-based), when V8 says. */
  at: { line: number; column: number } | undefined;
}

interface Node {
  frame: CallFrame;
  parent: number | undefined;
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

function toFrame(value: unknown): CallFrame {
  const f = record(value);
  return {
    functionName: typeof f.functionName === 'string' ? f.functionName : '',
    url: typeof f.url === 'string' ? f.url : '',
    line: typeof f.lineNumber === 'number' ? f.lineNumber : -1,
    column: typeof f.columnNumber === 'number' ? f.columnNumber : -1,
  };
}

class Profile {
  readonly nodes = new Map<number, Node>();
  readonly samples: Sample[] = [];
  private clock: number;

  constructor(
    readonly thread: string,
    startTime: number,
  ) {
    this.clock = startTime;
  }

  addChunk(data: Record<string, unknown>): void {
    const profile = record(data.cpuProfile);
    const nodes: unknown[] = Array.isArray(profile.nodes) ? profile.nodes : [];
    for (const raw of nodes) {
      const n = record(raw);
      if (typeof n.id !== 'number') continue;
      const parent = typeof n.parent === 'number' ? n.parent : undefined;
      this.nodes.set(n.id, { frame: toFrame(n.callFrame), parent });
    }
    const ids = numbers(profile.samples);
    const deltas = numbers(data.timeDeltas);
    // 1-based, one per sample; 0 where there is no script position (native code, GC).
    const lines = numbers(data.lines);
    const columns = numbers(data.columns);
    ids.forEach((id, i) => {
      this.clock += deltas[i] ?? 0;
      const line = lines[i] ?? 0;
      const column = columns[i] ?? 0;
      const at = line > 0 && column > 0 ? { line: line - 1, column: column - 1 } : undefined;
      this.samples.push({ ts: this.clock, stack: this.stackOf(id), at });
    });
  }

  private stackOf(id: number): CallFrame[] {
    const stack: CallFrame[] = [];
    for (
      let n = this.nodes.get(id);
      n;
      n = n.parent === undefined ? undefined : this.nodes.get(n.parent)
    ) {
      // V8's (root) node is on every stack and says nothing.
      if (n.frame.url || n.frame.functionName !== '(root)') stack.push(n.frame);
    }
    return stack;
  }
}

/** Samples by pid:tid of the thread profiled. */
export function profileSamples(events: readonly TraceEvent[]): Map<string, Sample[]> {
  const profiles = new Map<string, Profile>();
  const sorted = events
    .filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk')
    .sort((a, b) => a.ts - b.ts);
  for (const e of sorted) {
    const key = `${e.pid}:${e.id ?? ''}`;
    const data = record(e.args.data);
    if (e.name === 'Profile') {
      const start = typeof data.startTime === 'number' ? data.startTime : e.ts;
      profiles.set(key, new Profile(threadKey(e), start));
    } else {
      profiles.get(key)?.addChunk(data);
    }
  }
  const byThread = new Map<string, Sample[]>();
  for (const p of profiles.values()) {
    const list = byThread.get(p.thread) ?? [];
    // One by one: a long recording holds more samples than a call can take as arguments.
    for (const sample of p.samples) list.push(sample);
    byThread.set(p.thread, list);
  }
  for (const list of byThread.values()) list.sort((a, b) => a.ts - b.ts);
  return byThread;
}
