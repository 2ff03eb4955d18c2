import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

/**
 * The folder picture, enforced: pure domain code (src/domain: days, windows, the event model,
 * the URL codec, the data contract) knows nothing of React, the store or the views; the store
 * knows no views. Views and the store use the domain, never the reverse. Pure helpers that
 * serve one view (marker layout, map style constants) live beside it and obey the same list.
 */
const PURE_VIEW_HELPERS = [
  'src/map/marker-layout.ts',
  'src/map/overview.ts',
  'src/map/features.ts',
  'src/map/pick.ts',
  'src/map/map-style.ts',
  'src/map/marker-style.ts',
  'src/map/icons.ts',
  'src/timeline/year-labels.ts',
  'src/timeline/slider-keys.ts',
];
const NOT_IN_DOMAIN = {
  paths: ['react', 'react-dom', 'zustand', 'react-i18next', 'i18next', '@vis.gl/react-maplibre'],
  patterns: [
    {
      group: ['**/state/*', '**/app/*', '**/i18n/*'],
      message: 'Domain code must not use the store, the app or the UI strings.',
    },
    {
      regex: '(^|/)[A-Z][A-Za-z]*$',
      caseSensitive: true,
      message: 'Domain code must not import views (components).',
    },
    {
      group: ['maplibre-gl'],
      allowTypeImports: true,
      message: 'Domain code may use MapLibre types only.',
    },
  ],
};
const OUTSIDE_DOMAIN = [
  'app',
  'map',
  'events',
  'timeline',
  'datasets',
  'i18n',
  'data',
  'url',
  'state',
  'storage',
  'import',
  'search',
  'article',
  'filters',
  'add-article',
  'offline',
].map((folder) => `./src/${folder}`);
const VIEWS = [
  'app',
  'map',
  'events',
  'timeline',
  'datasets',
  'search',
  'article',
  'filters',
  'add-article',
  'offline',
].map((folder) => `./src/${folder}`);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: OUTSIDE_DOMAIN,
              message: 'src/domain is pure: it imports nothing outside src/domain.',
            },
            {
              target: './src/state',
              from: VIEWS,
              message: 'The store knows no views.',
            },
          ],
        },
      ],
    },
  },
  {
    // The app shell composes everything; nothing reaches back into it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/app/*'], message: 'Only the app shell imports from src/app.' }],
        },
      ],
    },
  },
  {
    // After the app-shell rule, so that for domain files this stricter list wins.
    files: ['src/domain/**/*.ts', ...PURE_VIEW_HELPERS],
    ignores: ['src/**/*.test.ts', 'src/**/use-*.ts'],
    rules: { 'no-restricted-imports': ['error', NOT_IN_DOMAIN] },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // Functions passed to page.evaluate run in the browser.
    files: ['scripts/bench.mjs', 'scripts/bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
