// Fixture files for tests: the real exports whose licenses allow committing them and our own
// equivalents (through Vite's glob import), and, when this checkout sits next to ../shared,
// the original reference files, which are not committed.
const committed = import.meta.glob<string>(
  ['../../../e2e/fixtures/*/*.json', '../fixtures/*.json'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

function byName(files: Record<string, string>): Map<string, string> {
  return new Map(
    Object.entries(files).map(([path, text]) => [path.split('/').slice(-2).join('/'), text]),
  );
}

/**
 * `own-exports/chatgpt-branch.json`, `real-exports/librechat_export_tree.json`, or one of
 * src/io/fixtures as `fixtures/claude-2024.json`.
 */
export function fixture(name: string): string {
  const text = byName(committed).get(name);
  if (text === undefined) throw new Error(`No fixture ${name}`);
  return text;
}

interface NodeFs {
  readFileSync(path: string, encoding: 'utf8'): string;
  readdirSync(path: string): string[];
  existsSync(path: string): boolean;
}

/** Node's fs when the tests run under Node (Vite refuses files outside the project root). */
function nodeFs(): NodeFs | undefined {
  const proc: unknown = Reflect.get(globalThis, 'process');
  if (typeof proc !== 'object' || proc === null) return undefined;
  const load: unknown = Reflect.get(proc, 'getBuiltinModule');
  return typeof load === 'function' ? (load.call(proc, 'node:fs') as NodeFs) : undefined;
}

function readShared(): Map<string, string> {
  // A plain path: jsdom's URL class is not the one Node's fs accepts. The base goes through a
  // variable so Vite doesn't rewrite `new URL(…, import.meta.url)` into an asset URL.
  const here = import.meta.url;
  const dir = decodeURIComponent(
    new URL('../../../../shared/fixtures/real-exports/', here).pathname,
  );
  const fs = nodeFs();
  if (!fs?.existsSync(dir)) return new Map();
  const names = fs.readdirSync(dir).filter((name) => name.endsWith('.json'));
  return new Map(names.map((name) => [name, fs.readFileSync(dir + name, 'utf8')]));
}

/** The reference files in ../shared, keyed by file name; empty where they aren't present. */
export const sharedFixtures: Map<string, string> = readShared();
