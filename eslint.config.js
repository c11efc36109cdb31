import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// Import boundaries inside src/, lowest layer first. Each layer lists what it may import; the
// rest of src/ is off limits, so a new folder is closed to everyone until it gets a line here.
// `import-x/no-restricted-paths` matches `except` globs against absolute paths, hence `inSrc`.
const inSrc = (glob) => `${root}/src/${glob}`;
// The worker RPC counts as lib/.
const LIB = ['lib/**', 'workers/rpc/**'];
const FEATURE_MAY = [
  ...LIB,
  'components/ui/**',
  'db/**',
  'llm/**',
  'io/**',
  'engine/**',
  'store/**',
  'tools/**',
  'workers/**',
];
// Read at lint time so a new feature is walled off from the others without a config change.
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const layers = [
  { name: 'lib/', target: 'lib/**', may: LIB },
  { name: 'components/ui/', target: 'components/ui/**', may: [...LIB, 'components/ui/**'] },
  { name: 'workers/rpc/', target: 'workers/rpc/**', may: ['workers/rpc/**'] },
  { name: 'db/', target: 'db/**', may: [...LIB, 'db/**'] },
  { name: 'llm/', target: 'llm/**', may: [...LIB, 'db/**', 'llm/**'] },
  { name: 'io/', target: 'io/**', may: [...LIB, 'db/**', 'llm/**', 'io/**'] },
  { name: 'tools/', target: 'tools/**', may: [...LIB, 'db/**', 'llm/**', 'tools/**'] },
  {
    name: 'engine/',
    target: 'engine/**',
    may: [...LIB, 'db/**', 'llm/**', 'io/**', 'tools/**', 'engine/**', 'workers/**'],
  },
  { name: 'store/', target: 'store/**', may: [...LIB, 'db/**', 'store/**'] },
  // A file directly in features/ belongs to no feature, so it may import none of them.
  { name: 'a file in features/', target: 'features/*.{ts,tsx}', may: FEATURE_MAY },
  ...features.map((feature) => ({
    name: `features/${feature}/`,
    target: `features/${feature}/**`,
    may: [...FEATURE_MAY, `features/${feature}/**`],
  })),
  {
    name: 'workers/',
    target: 'workers/**',
    may: [...LIB, 'db/**', 'llm/**', 'io/**', 'engine/**', 'workers/**'],
  },
  // On top of workers/: an entry runs alone in its worker, so it gets no page-side clients.
  {
    name: 'a worker entry',
    target: 'workers/*.worker.ts',
    may: [...LIB, 'db/**', 'llm/**', 'io/**', 'engine/**'],
  },
];
// app/ and the top-level files may import anything in src/ except worker entries.
const workerEntryZone = {
  target: [
    ...layers
      .filter((layer) => layer.may.includes('workers/**') && layer.target !== 'workers/**')
      .map((layer) => `src/${layer.target}`),
    'src/app/**',
    'src/*.{ts,tsx}',
  ],
  from: 'src/workers/*.worker.ts',
  message:
    'A worker entry is started by its client in src/workers/, never imported; only a type import from within src/workers/ may name it.',
};
// The `db` object can clear whole tables; features read through db/ queries and write through
// db/ repositories, which keep the tree consistent.
const schemaZone = {
  target: 'src/features/**',
  from: 'src/db/schema.ts',
  message: 'Features read through db/ query functions and write through db/ repositories.',
};
const listed = (globs) =>
  globs.map((glob) => glob.replace(/\/\*\*$/, '/').replace('.{ts,tsx}', '.ts')).join(', ') ||
  'nothing';
const TEST_HELPERS = ['**/testing/**', '**/test-*.{ts,tsx}'];
const boundaries = (extra) => [
  'error',
  {
    basePath: root,
    zones: [
      ...layers.map(({ name, target, may }) => ({
        target: `src/${target}`,
        from: 'src/**',
        except: [...may, ...extra].map(inSrc),
        message: `${name} may import only ${listed(may)} from src/.`,
      })),
      workerEntryZone,
      schemaZone,
    ],
  },
];

// Storage, network and service worker globals belong to the modules that own them; reaching
// them through window., self. or globalThis. is the same thing. A dotted name is a property of a
// global (navigator.serviceWorker), refused where it is read.
const ownerOf = {
  indexedDB: 'src/db/',
  fetch: 'src/llm/ (or src/tools/)',
  localStorage: 'src/db/draft-stash.ts',
  'navigator.serviceWorker': 'src/app/service-worker.ts',
};
const ownedGlobals = Object.keys(ownerOf);
const ownedGlobalRules = (owned = []) => {
  const restricted = ownedGlobals.filter((name) => !owned.includes(name));
  // A rule given a severity alone keeps the options of earlier blocks, so none left means off.
  if (restricted.length === 0) {
    return { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' };
  }
  const message = (name) => `Only ${ownerOf[name]} uses ${name}; go through it.`;
  const globalNames = restricted.filter((name) => !name.includes('.'));
  const properties = restricted
    .filter((name) => name.includes('.'))
    .map((name) => {
      const [object, property] = name.split('.');
      return { object, property, message: message(name) };
    });
  return {
    'no-restricted-globals': [
      'error',
      ...globalNames.map((name) => ({ name, message: message(name) })),
    ],
    'no-restricted-properties': [
      'error',
      ...globalNames.flatMap((name) =>
        ['window', 'self', 'globalThis'].map((object) => ({
          object,
          property: name,
          message: message(name),
        })),
      ),
      ...properties,
    ],
  };
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    languageOptions: { globals: globals.browser },
    settings: {
      // Files with these extensions are parsed to follow imports (no-cycle); the rest are leaves.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.json'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Arbor does not use the React Compiler, so libraries it cannot compile are fine.
      'react-hooks/incompatible-library': 'off',
      ...ownedGlobalRules(),
      // The boundary rules skip an import they can't resolve, so one must not go unnoticed.
      'import-x/no-unresolved': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': boundaries([]),
      // `import { type X }` keeps the module's side effects (verbatimModuleSyntax): for a worker
      // entry that would run the worker on the page.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // A query (`?worker`, `?url`, `?raw`) hides the module from the boundary rules.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '\\?',
              message:
                'Import modules plainly; a query hides them from the boundaries. Start workers through src/workers/clients.ts.',
            },
          ],
        },
      ],
      // Workers are started only by their clients in src/workers/, which own the RPC to them.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name=/^(Shared)?Worker$/]',
          message: 'Start workers through their clients in src/workers/.',
        },
        {
          selector: 'NewExpression[callee.property.name=/^(Shared)?Worker$/]',
          message: 'Start workers through their clients in src/workers/.',
        },
      ],
    },
  },
  { files: ['src/db/**'], rules: ownedGlobalRules(['indexedDB']) },
  { files: ['src/db/draft-stash.ts'], rules: ownedGlobalRules(['indexedDB', 'localStorage']) },
  { files: ['src/test-setup.ts'], rules: ownedGlobalRules(['indexedDB']) },
  { files: ['src/llm/**', 'src/tools/**'], rules: ownedGlobalRules(['fetch']) },
  { files: ['src/app/service-worker.ts'], rules: ownedGlobalRules(['navigator.serviceWorker']) },
  {
    // Tests stub and reset storage and network, and may use the test helpers of any layer.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
      // A test may read a fixture as text (`?raw`).
      'no-restricted-imports': 'off',
      'import-x/no-restricted-paths': boundaries(TEST_HELPERS),
    },
  },
  {
    files: ['src/workers/**'],
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '\\.worker(\\.ts)?$',
              allowTypeImports: true,
              message:
                'Importing a worker entry would run it on the page; import its types only (`import type`).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**', 'bench/**', 'build/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['eslint.config.js'], extends: [tseslint.configs.disableTypeChecked] },
);
