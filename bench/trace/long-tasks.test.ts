// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { longTaskReport, type Resolve } from './long-tasks';
import { SourceMap } from './source-map';
import { parseEvents } from './trace-events';

const PAGE = 'http://localhost:5190/';
const CHUNK = `${PAGE}assets/index.js`;
const MAIN = { pid: 1, tid: 1 };

function x(name: string, from: number, to: number, data: Record<string, unknown> = {}) {
  return {
    name,
    cat: 'devtools.timeline',
    ph: 'X',
    ts: from * 1000,
    dur: (to - from) * 1000,
    args: { data },
    ...MAIN,
  };
}

/** Two functions of the chunk: `a` (column 0) is from src/app.ts, `b` (column 10) from a package. */
const resolve: Resolve = (f) =>
  f.column < 10
    ? { source: '../../src/app.ts', line: 3, name: 'start', text: 'start()' }
    : { source: '../../node_modules/dexie/dist/dexie.js', line: 9, name: 'open', text: undefined };

describe('long tasks taken apart', () => {
  it('splits a long task by trace event and by sampled module and function', () => {
    const raw = [
      { name: 'thread_name', ph: 'M', ts: 0, args: { name: 'CrRendererMain' }, ...MAIN },
      x('ThreadControllerImpl::RunTask', 100, 200),
      x('v8.evaluateModule', 100, 160, { url: CHUNK }),
      x('FunctionCall', 160, 190, { functionName: 'x', url: CHUNK }),
      x('ThreadControllerImpl::RunTask', 300, 320),
      {
        name: 'Profile',
        ph: 'P',
        id: '0x1',
        ts: 0,
        args: { data: { startTime: 100_000 } },
        ...MAIN,
      },
      {
        name: 'ProfileChunk',
        ph: 'P',
        id: '0x1',
        ts: 1,
        pid: 1,
        tid: 9,
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { functionName: '(root)', url: '' } },
                {
                  id: 2,
                  parent: 1,
                  callFrame: { functionName: 'a', url: CHUNK, lineNumber: 0, columnNumber: 0 },
                },
                {
                  id: 3,
                  parent: 2,
                  callFrame: { functionName: 'b', url: CHUNK, lineNumber: 0, columnNumber: 10 },
                },
              ],
              samples: [2, 3, 3, 3, 2],
            },
            timeDeltas: [0, 20_000, 20_000, 20_000, 20_000],
          },
        },
      },
    ];
    const [task, ...others] = longTaskReport(parseEvents(raw), PAGE, resolve).longTasks;
    expect(others).toHaveLength(0);
    expect(task?.ms).toBe(100);
    expect(task?.events.slice(0, 2)).toEqual([
      { label: 'v8.evaluateModule', ms: 60 },
      { label: 'FunctionCall', ms: 30 },
    ]);
    expect(task?.modules).toEqual([
      { label: 'src/app.ts', ms: 80 },
      { label: 'dexie', ms: 60 },
    ]);
    expect(task?.arborFunctions).toEqual([{ label: 'start (src/app.ts:3) «start()»', ms: 80 }]);
    expect(task?.selfFunctions[0]).toEqual({ label: 'open (dexie:9)', ms: 60 });
  });
});

describe('source maps', () => {
  it('maps a generated position to its source, line and name', () => {
    // Line 0: column 0 → a.ts line 1; column 5 → b.ts line 3, name "run".
    const map = SourceMap.fromJson({
      sources: ['a.ts', 'b.ts'],
      names: ['run'],
      sourcesContent: ['x', 'one\ntwo\n  run();'],
      mappings: 'AAAA,KCEAA',
    });
    expect(map?.lookup(0, 2)).toMatchObject({ source: 'a.ts', line: 1 });
    expect(map?.lookup(0, 7)).toEqual({ source: 'b.ts', line: 3, name: 'run', text: 'run();' });
  });
});
