// @vitest-environment node
// The import boundaries and owned globals in eslint.config.js, checked by linting snippets as if
// they were files at given paths. Every forbidden case must be refused by its rule, and every
// allowed case must lint clean, so the rules can't pass by refusing everything.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

// Snippets aren't in the TypeScript project, so type-aware linting is off for them; every other
// rule, the boundaries included, comes from eslint.config.js as it is.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  if (!result) throw new Error(`No lint result for ${file}`);
  return result.messages;
}

const isModule = (name: string) => /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name);

/** A real module in `folder` (so imports of it resolve), e.g. `src/db/sessions-repo.ts`. */
function moduleIn(folder: string, accept: (name: string) => boolean = () => true): string {
  const names = readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isFile() && isModule(entry.name) && accept(entry.name))
    .map((entry) => entry.name)
    .sort();
  const [name] = names;
  if (name === undefined) throw new Error(`No module in ${folder} to import`);
  return `${folder}/${name}`;
}

function subfolders(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The specifier `from` (a file) uses for `to` (a file), extension dropped as the app writes it. */
function specifier(from: string, to: string): string {
  const path = posix.relative(posix.dirname(from), to).replace(/\.tsx?$/, '');
  return path.startsWith('.') ? path : `./${path}`;
}

const importOf = (from: string, to: string) => `import '${specifier(from, to)}';\n`;

const features = subfolders('src/features');
const [chat, sessions] = ['src/features/chat', 'src/features/sessions'];
const app = moduleIn('src/app');
const db = 'src/db/sessions-repo.ts';
const schema = 'src/db/schema.ts';
const lib = moduleIn('src/lib');
const ui = moduleIn('src/components/ui');
const llm = moduleIn('src/llm');
const io = moduleIn('src/io');
const engine = moduleIn('src/engine');
const store = moduleIn('src/store');
const connect = 'src/workers/rpc/connect.ts';
const serve = 'src/workers/rpc/serve.ts';
const entry = moduleIn('src/workers', (name) => name.endsWith('.worker.ts'));
const client = moduleIn('src/workers', (name) => !name.endsWith('.worker.ts'));
const featureModule = (feature: string) => moduleIn(`src/features/${feature}`);

interface Case {
  name: string;
  file: string;
  code: string;
}
interface Refused extends Case {
  rule: string;
}

const PATHS = 'import-x/no-restricted-paths';
const GLOBALS = 'no-restricted-globals';
const PROPERTIES = 'no-restricted-properties';

const imports = (file: string, to: string, rule = PATHS): Refused => ({
  name: `${file} imports ${to}`,
  file,
  code: importOf(file, to),
  rule,
});

const refused: Refused[] = [
  // Features stay apart, at any depth, and never reach into app/ or the db object.
  ...features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => imports(`src/features/${feature}/probe.ts`, featureModule(other))),
  ),
  imports(`${sessions}/probe.ts`, `${chat}/composer.tsx`),
  imports(`${chat}/parts/deep/probe.tsx`, featureModule('sessions')),
  imports(`${chat}/parts/probe.tsx`, featureModule('settings')),
  imports(`${chat}/probe.tsx`, app),
  {
    name: 'a feature clears a table through the db object',
    file: `${chat}/probe.ts`,
    code: "import { db } from '../../db/schema';\n\nvoid db.messages.clear();\n",
    rule: PATHS,
  },
  imports(`${chat}/parts/probe.ts`, schema),
  // One case at least for every layer.
  imports('src/lib/probe.ts', db),
  imports('src/lib/probe.ts', app),
  imports('src/components/ui/probe.tsx', store),
  imports('src/components/ui/probe.tsx', db),
  { ...imports(connect, lib), name: 'workers/rpc/connect.ts imports lib/' },
  { ...imports(serve, lib), name: 'workers/rpc/serve.ts imports lib/' },
  imports('src/db/probe.ts', featureModule('chat')),
  imports('src/db/probe.ts', engine),
  imports('src/db/probe.ts', llm),
  imports('src/llm/probe.ts', io),
  imports('src/llm/probe.ts', store),
  imports('src/io/probe.ts', engine),
  imports('src/io/probe.ts', client),
  imports('src/engine/probe.ts', store),
  imports('src/engine/probe.ts', featureModule('chat')),
  imports('src/engine/probe.ts', app),
  imports('src/store/probe.ts', llm),
  imports('src/store/probe.ts', engine),
  imports('src/workers/probe.ts', store),
  imports('src/workers/probe.ts', featureModule('chat')),
  imports('src/workers/probe.worker.ts', client),
  imports('src/workers/probe.worker.ts', store),
  // Worker entries are started, never imported; within src/workers/ a type import may name one.
  imports(`${chat}/probe.ts`, entry),
  imports('src/engine/probe.ts', entry),
  imports('src/app/probe.ts', entry),
  imports('src/main.tsx', entry),
  imports('src/workers/probe.ts', entry, '@typescript-eslint/no-restricted-imports'),
  {
    name: 'a worker entry named in an inline type import, which keeps its side effects',
    file: 'src/workers/probe.ts',
    code: `import { type Api } from '${specifier('src/workers/probe.ts', entry)}';\n\nexport type A = Api;\n`,
    rule: '@typescript-eslint/no-import-type-side-effects',
  },
  {
    name: 'a worker entry imported with a query',
    file: `${chat}/probe.ts`,
    code: `import Reply from '${specifier(`${chat}/probe.ts`, entry)}?worker';\n\nvoid Reply;\n`,
    rule: 'no-restricted-imports',
  },
  {
    name: 'the db object imported with a query',
    file: `${chat}/probe.ts`,
    code: "import schemaUrl from '../../db/schema?url';\n\nvoid schemaUrl;\n",
    rule: 'no-restricted-imports',
  },
  imports('src/features/probe.ts', featureModule('chat')),
  {
    name: 'a worker started through window.',
    file: `${chat}/probe.ts`,
    code: "void new window.Worker(new URL('../../workers/reply.worker.ts', import.meta.url));\n",
    rule: 'no-restricted-syntax',
  },
  {
    name: 'a worker started outside src/workers/',
    file: `${chat}/probe.ts`,
    code: "void new Worker(new URL('../../workers/reply.worker.ts', import.meta.url));\n",
    rule: 'no-restricted-syntax',
  },
  // Tests may import what their folder may, plus test helpers.
  imports('src/db/probe.test.ts', llm),
  imports(`${chat}/probe.test.ts`, schema),
  imports(`${chat}/probe.test.ts`, featureModule('sessions')),
  // Owned globals, bare and through window., self. and globalThis.
  ...[
    [`${chat}/probe.ts`, "void fetch('/x');\n", GLOBALS],
    [`${chat}/probe.ts`, "void window.fetch('/x');\n", PROPERTIES],
    ['src/db/probe.ts', "void globalThis.fetch('/x');\n", PROPERTIES],
    ['src/engine/probe.ts', "void self.fetch('/x');\n", PROPERTIES],
    ['src/engine/probe.ts', 'const { fetch: get } = window;\n\nvoid get;\n', PROPERTIES],
    [`${chat}/probe.ts`, "globalThis.localStorage.setItem('k', 'v');\n", PROPERTIES],
    ['src/db/probe.ts', "localStorage.setItem('k', 'v');\n", GLOBALS],
    ['src/llm/probe.ts', "window.localStorage.setItem('k', 'v');\n", PROPERTIES],
    ['src/workers/probe.worker.ts', 'void self.indexedDB;\n', PROPERTIES],
    ['src/llm/probe.ts', 'void indexedDB;\n', GLOBALS],
    ['src/db/draft-stash.ts', "void fetch('/x');\n", GLOBALS],
  ].map(([file = '', code = '', rule = '']) => ({
    name: `${file}: ${code.trim()}`,
    file,
    code,
    rule,
  })),
];

const allowed: Case[] = [
  ...(
    [
      ['src/lib/probe.ts', [lib, connect]],
      ['src/components/ui/probe.tsx', [lib, ui]],
      ['src/db/probe.ts', [lib, connect, db, schema]],
      ['src/llm/probe.ts', [lib, db, llm]],
      ['src/io/probe.ts', [lib, db, llm, io]],
      ['src/engine/probe.ts', [lib, db, llm, io, engine, client, connect]],
      ['src/store/probe.ts', [lib, db, store]],
      [`${chat}/probe.tsx`, [lib, ui, db, llm, io, engine, store, client, connect]],
      [`${chat}/probe.tsx`, [`${chat}/composer.tsx`]],
      [`${chat}/parts/probe.tsx`, [`${chat}/composer.tsx`, db]],
      [`${sessions}/probe.tsx`, [featureModule('sessions')]],
      ['src/app/probe.tsx', [app, featureModule('chat'), featureModule('sessions'), schema, store]],
      ['src/app/probe.tsx', [client, engine, ui]],
      ['src/workers/probe.ts', [connect, engine, io, llm, db, lib]],
      ['src/workers/probe.worker.ts', [serve, engine, io, llm, db, lib]],
      ['src/workers/rpc/probe.ts', ['src/workers/rpc/messages.ts', serve]],
      ['src/main.tsx', [app]],
      ['src/db/probe.test.ts', [db, lib, moduleIn('src/io/testing')]],
      [`${chat}/probe.test.ts`, [featureModule('chat'), moduleIn('src/db/testing')]],
    ] as const
  ).flatMap(([file, targets]) =>
    targets.map((to) => ({ name: `${file} imports ${to}`, file, code: importOf(file, to) })),
  ),
  {
    name: 'a client in src/workers/ names an entry in a type import',
    file: 'src/workers/probe.ts',
    code: `import type * as Entry from '${specifier('src/workers/probe.ts', entry)}';\n\nexport type Api = typeof Entry;\n`,
  },
  ...[
    ['src/llm/probe.ts', "void fetch('/x');\n"],
    ['src/llm/probe.ts', "void window.fetch('/x');\n"],
    ['src/llm/probe.ts', "void globalThis.fetch('/x');\n"],
    ['src/tools/probe.ts', "void self.fetch('/x');\n"],
    ['src/db/probe.ts', 'void indexedDB;\n'],
    ['src/db/probe.ts', 'void globalThis.indexedDB;\n'],
    ['src/db/draft-stash.ts', "localStorage.setItem('k', 'v');\n"],
    ['src/db/draft-stash.ts', "window.localStorage.setItem('k', 'v');\n"],
    ['src/db/draft-stash.ts', 'void indexedDB;\n'],
    ['src/test-setup.ts', 'void indexedDB;\n'],
    [`${chat}/probe.test.ts`, 'localStorage.clear();\n'],
  ].map(([file = '', code = '']) => ({ name: `${file}: ${code.trim()}`, file, code })),
];

describe('lint refuses', () => {
  it.each(refused)('$name', async ({ file, code, rule }) => {
    const messages = await lint(file, code);
    expect(messages.map((message) => message.ruleId)).toContain(rule);
  });

  it('an import cycle', async () => {
    // The other half of the cycle has to exist on disk for the resolver; it lives in a folder
    // that git, Prettier and ESLint ignore, and goes when the check ends.
    const a = lib;
    mkdirSync(join(root, 'test-results'), { recursive: true });
    const dir = mkdtempSync(join(root, 'test-results', 'lint-cycle-'));
    try {
      const b = relative(root, join(dir, 'b.ts')).split('\\').join('/');
      writeFileSync(join(root, b), importOf(b, a));
      const messages = await lint(a, importOf(a, b));
      expect(messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Every folder in src/ sits under some zone: nothing below app/ may import it.
  const folders = subfolders('src')
    .filter((folder) => folder !== 'app')
    .flatMap((folder) =>
      ['components', 'features'].includes(folder)
        ? subfolders(`src/${folder}`).map((sub) => `src/${folder}/${sub}`)
        : [`src/${folder}`],
    );
  it.each(folders)('app/ imported from %s', async (folder) => {
    const file = `${folder}/probe.ts`;
    const messages = await lint(file, importOf(file, app));
    expect(messages.map((message) => message.ruleId)).toContain(PATHS);
  });
});

describe('lint allows', () => {
  it.each(allowed)('$name', async ({ file, code }) => {
    expect(await lint(file, code)).toEqual([]);
  });
});
