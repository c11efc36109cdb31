// `npm run bench`: builds the app and the bench page, serves them from one origin (port 5190)
// beside the mock OpenAI server (port 4090) and the MCP test server (port 4091), runs the three stages in headless Chromium, then
// prints the table and writes bench/results.json. Everything it starts, it stops.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build';
import { initialBundleSize } from './bundle-size';
import { startMcpTestServer } from '../e2e/mcp-server/server';
import { APP_PORT, MCP_PORT, MOCK_PORT, RESULTS_FILE, SITE_DIR } from './config';
import { startBenchMock } from './mock';
import { formatSummary, writeResults } from './report';
import type { BenchResults } from './results';
import { SEED } from './seed-value';
import { appStage, churnStage, emptyProfileStage, seedStage } from './stages';
import { startStaticServer } from './static-server';
import { checkTargets } from './targets';

const started = performance.now();

function log(step: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds} s] ${step}`);
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg()[0] ?? 0;
  log('building the app, the bench page and the probe');
  await buildSite();
  const bundle = await initialBundleSize(SITE_DIR);
  const server = await startStaticServer(SITE_DIR, APP_PORT);
  const mock = await startBenchMock(MOCK_PORT);
  const tools = await startMcpTestServer(MCP_PORT);
  const profileDir = await mkdtemp(join(tmpdir(), 'arbor-bench-'));
  const emptyProfileDir = await mkdtemp(join(tmpdir(), 'arbor-bench-empty-'));
  try {
    const seeded = await seedStage(profileDir, log);
    await emptyProfileStage(emptyProfileDir);
    const app = await appStage(profileDir, emptyProfileDir, seeded, mock, tools.url, log);
    const churn = await churnStage(profileDir, seeded, log);
    const figures: Omit<BenchResults, 'targets'> = {
      startedAt,
      durationSeconds: (performance.now() - started) / 1000,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        memoryGB: Math.round(totalmem() / 1e9),
        node: process.version,
        browser: seeded.browser,
        loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      },
      seed: SEED,
      data: { seeding: seeded.seeding, long: seeded.long },
      persist: seeded.persist,
      fork: churn.fork,
      exportImport: churn.exportImport,
      appExport: app.appExport,
      zipPreview: app.zipPreview,
      coldOpen: app.coldOpen,
      switchSession: app.switchSession,
      send: app.send,
      frames: {
        longSession: app.longFrames,
        toolLoop: app.toolLoopFrames,
        ordinarySession: app.ordinaryFrames,
        blobBaseline: churn.blobFrames,
      },
      bundle,
      search: { ...seeded.search, typing: app.searchTyping },
    };
    const results: BenchResults = { ...figures, targets: checkTargets(figures) };
    await writeResults(RESULTS_FILE, results);
    console.log(`\n${formatSummary(results)}\n\nWrote ${RESULTS_FILE}`);
  } finally {
    await mock.close();
    await tools.close();
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
    await rm(emptyProfileDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
