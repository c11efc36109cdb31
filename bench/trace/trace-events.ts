// The few shapes of Chromium trace events the long-task breakdown reads, checked loosely: a
// trace holds many other kinds, which are skipped.

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event: less than dur when the thread was waiting for a core. */
  tdur?: number;
  id?: string;
  args: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asEvent(raw: unknown): TraceEvent | undefined {
  if (!isRecord(raw)) return undefined;
  const { name, cat, ph, pid, tid, ts, dur, tdur, id, args } = raw;
  if (typeof name !== 'string' || typeof ph !== 'string') return undefined;
  if (typeof pid !== 'number' || typeof tid !== 'number' || typeof ts !== 'number') {
    return undefined;
  }
  return {
    name,
    cat: typeof cat === 'string' ? cat : '',
    ph,
    pid,
    tid,
    ts,
    dur: typeof dur === 'number' ? dur : undefined,
    tdur: typeof tdur === 'number' ? tdur : undefined,
    id: typeof id === 'string' ? id : undefined,
    args: isRecord(args) ? args : {},
  };
}

export function parseEvents(raw: readonly unknown[]): TraceEvent[] {
  return raw.flatMap((r) => asEvent(r) ?? []);
}

export function threadKey(e: { pid: number; tid: number }): string {
  return `${e.pid}:${e.tid}`;
}

/** Thread names from the trace's metadata events, by pid:tid. */
export function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && typeof e.args.name === 'string') {
      names.set(threadKey(e), e.args.name);
    }
  }
  return names;
}

export function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
