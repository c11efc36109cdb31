// The benchmark's fixed settings: ports, where the private build goes, data sizes and how
// many times each figure is measured. Data sizes are the issue's; only repetitions may shrink.
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
/** The bench builds the app and its own page here, never into dist/, so a concurrent e2e build can't swap files under it. */
export const SITE_DIR = resolve(REPO_ROOT, 'node_modules/.cache/arbor-bench/site');
export const RESULTS_FILE = resolve(REPO_ROOT, 'bench/results.json');

/** Our own ports, away from e2e (5173/4010). */
export const APP_PORT = 5190;
export const MOCK_PORT = 4090;
/** Arbor's MCP test server, whose tools the tool loop measure calls. */
export const MCP_PORT = 4091;
export const APP_URL = `http://localhost:${APP_PORT}`;
export const BENCH_PAGE_URL = `${APP_URL}/bench/`;
export const BLOB_OPEN_URL = `${APP_URL}/bench/blob-open.html`;
export const MOCK_BASE_URL = `http://localhost:${MOCK_PORT}/v1`;

const FULL_RUNS = {
  persist: 25,
  persistBlob: 3,
  fork: 3,
  exportImport: 3,
  importRuns: 2,
  coldOpen: 5,
  switchSession: 5,
  streamFrames: 3,
  toolLoop: 2,
  send: 3,
  search: 5,
  zipPreview: 3,
};

/** BENCH_QUICK=1 measures everything once, on the same data: a smoke test of the harness. */
export const RUNS: typeof FULL_RUNS =
  process.env.BENCH_QUICK === '1'
    ? {
        persist: 3,
        persistBlob: 1,
        fork: 1,
        exportImport: 1,
        importRuns: 1,
        coldOpen: 1,
        switchSession: 1,
        streamFrames: 1,
        toolLoop: 1,
        send: 1,
        search: 1,
        zipPreview: 1,
      }
    : FULL_RUNS;

/** The reply the streaming measures ask the mock server for: 400 tokens at 200 tokens/s. */
export const STREAM_PROMPT = 'Benchmark reply please [mock:tokens=400] [mock:slow=5]';

/**
 * The tool loop measure: the mock model calls the test server's `add` after every result, so the
 * loop runs to the chat's step limit (10) and stops there.
 */
export const TOOL_LOOP_PROMPT = 'Benchmark tool loop [mock:call=add] [mock:callagain]';

/** The message the send measure sends: a short reply, so the next send can follow soon. */
export const SEND_PROMPT = 'Benchmark question [mock:tokens=40]';

/** Ordinary sessions of 100 messages stored when the persist measure runs: 1k, 10k, 100k messages. */
export const ORDINARY_STAGES = [10, 100, 1000] as const;

/**
 * Quiet time after bulk writes, so LevelDB's background compaction of the seeded rows doesn't
 * land inside the next measure (a real profile is not written 100 MB at a time just before use).
 */
export const SETTLE_AFTER_SEED_MS = 5_000;
