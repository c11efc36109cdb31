// `npx tsx --expose-gc bench/search-libraries.ts`: MiniSearch and FlexSearch side by side on the
// bench's 100,000 generated messages, with Arbor's own terms (folded, CJK as pairs) fed to both:
// time to index everything, heap taken, size and time to save and load, one message added,
// and queries. It ran once to choose the library (docs/architecture.md); `npm run bench` does
// not run it.
import { Index } from 'flexsearch';
import {
  createIndex,
  indexedMessage,
  loadIndex,
  searchIndex,
} from '../src/db/search/message-index';
import { parseQuery } from '../src/db/search/search-query';
import { fold, termsOf } from '../src/db/search/search-text';
import type { MessageRow } from '../src/db/types';
import { generateSessions } from './generate';
import { SEED } from './seed-value';

const QUERIES = ['worker', 'transaction', 'trans', 'transacton', 'cache index', 'zzzz'];
const RUNS = 20;

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

function time<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function medianMs(work: () => unknown): number {
  return median(Array.from({ length: RUNS }, () => time(work).ms));
}

const messages: MessageRow[] = generateSessions(SEED, 0, 1000).flatMap((s) => s.messages);
const extra = messages[0];
if (!extra) throw new Error('no messages generated');
const one = { ...extra, id: 'one-more' };

function miniSearch(): void {
  const before = heapMB();
  const build = time(() => {
    const index = createIndex();
    index.addAll(messages.map(indexedMessage));
    return index;
  });
  const index = build.result;
  const heap = heapMB() - before;
  const save = time(() => JSON.stringify(index));
  const load = time(() => loadIndex(save.result));
  const add = medianMs(() => {
    index.add(indexedMessage(one));
    index.discard(one.id);
  });
  console.log(
    `MiniSearch: build ${build.ms.toFixed(0)} ms, heap ${heap.toFixed(0)} MB, saved ${(save.result.length / 1e6).toFixed(1)} MB in ${save.ms.toFixed(0)} ms, loaded in ${load.ms.toFixed(0)} ms, add one ${add.toFixed(2)} ms`,
  );
  // As Arbor asks: typos are forgiven only when nothing matched without.
  const find = (text: string) => {
    const query = parseQuery(text);
    const exact = searchIndex(index, query, false);
    return exact.length > 0 ? exact : searchIndex(index, query, true);
  };
  for (const text of QUERIES) {
    const hits = find(text).length;
    console.log(`  "${text}": ${medianMs(() => find(text)).toFixed(1)} ms, ${hits} hits`);
  }
}

function flexSearch(): void {
  const before = heapMB();
  const options = {
    tokenize: 'forward' as const,
    encode: (text: string) => termsOf(fold(text)),
    // fastupdate makes removing fast, but an index exported with it fails to import (0.8.212).
    fastupdate: false,
  };
  const build = time(() => {
    const index = new Index(options);
    messages.forEach((m, i) => index.add(i, typeof m.content === 'string' ? m.content : ''));
    return index;
  });
  const index = build.result;
  const heap = heapMB() - before;
  const parts: [string, string][] = [];
  const saveStart = performance.now();
  index.export((key: string, data: string) => {
    parts.push([key, data]);
  });
  const saveMs = performance.now() - saveStart;
  const size = parts.reduce((n, [, data]) => n + data.length, 0);
  const load = time(() => {
    const copy = new Index(options);
    for (const [key, data] of parts) copy.import(key, data);
    return copy;
  });
  const text = typeof one.content === 'string' ? one.content : '';
  let next = messages.length;
  const add = medianMs(() => index.add(next++, text));
  const remove = medianMs(() => index.remove(--next));
  console.log(
    `FlexSearch: build ${build.ms.toFixed(0)} ms, heap ${heap.toFixed(0)} MB, saved ${(size / 1e6).toFixed(1)} MB in ${saveMs.toFixed(0)} ms, loaded in ${load.ms.toFixed(0)} ms, add one ${add.toFixed(2)} ms, remove one ${remove.toFixed(1)} ms`,
  );
  for (const query of QUERIES) {
    const hits = index.search(query, { limit: 200_000 }).length;
    const ms = medianMs(() => index.search(query, { limit: 200_000 }));
    console.log(`  "${query}": ${ms.toFixed(1)} ms, ${hits} hits (no typo tolerance)`);
  }
}

console.log(`${messages.length} messages, Node ${process.version}`);
miniSearch();
flexSearch();
