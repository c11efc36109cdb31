// Builds what the bench serves, with Vite's JS API, into a private folder: the app exactly as
// `vite build` makes it (the root vite.config.ts), the bench page under /bench/ on the same
// origin, and the probe script injected into the app.
import { resolve } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT, SITE_DIR } from './config';

export const PROBE_FILE = resolve(SITE_DIR, 'bench-probe/app-probe.js');

export async function buildSite(): Promise<void> {
  await build({
    root: REPO_ROOT,
    configFile: resolve(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'error',
    // Hidden maps leave the served files as they are; bench:trace reads them to name modules.
    build: { outDir: SITE_DIR, emptyOutDir: true, sourcemap: 'hidden' },
  });
  await build({
    root: resolve(REPO_ROOT, 'bench/page'),
    configFile: false,
    base: '/bench/',
    publicDir: false,
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      outDir: resolve(SITE_DIR, 'bench'),
      emptyOutDir: true,
      sourcemap: 'hidden',
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: {
          main: resolve(REPO_ROOT, 'bench/page/index.html'),
          blobOpen: resolve(REPO_ROOT, 'bench/page/blob-open.html'),
        },
      },
    },
  });
  await build({
    root: REPO_ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: resolve(SITE_DIR, 'bench-probe'),
      emptyOutDir: true,
      lib: {
        entry: resolve(REPO_ROOT, 'bench/probe/app-probe.ts'),
        formats: ['iife'],
        name: 'arborBenchProbe',
        fileName: () => 'app-probe.js',
      },
    },
  });
}
