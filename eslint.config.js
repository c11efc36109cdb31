import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Storage and network globals belong to the modules that own them (db/, llm/, settings storage).
const ownedGlobals = ['indexedDB', 'fetch', 'localStorage'].map((name) => ({
  name,
  message: `Use the module that owns ${name} (src/db, src/llm) instead.`,
}));

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
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Arbor does not use the React Compiler, so libraries it cannot compile are fine.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-globals': ['error', ...ownedGlobals],
    },
  },
  {
    // Features don't import each other: `../<folder>` from a feature is another feature.
    files: ['src/features/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^.]',
              message:
                'Features do not import each other; share through db/, llm/, io/, lib/ or components/ui/, or let app/ compose them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/db/**', 'src/llm/**', 'src/**/*.test.{ts,tsx}', 'src/test-setup.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['e2e/**', 'bench/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['eslint.config.js'], extends: [tseslint.configs.disableTypeChecked] },
);
