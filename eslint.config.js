import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layers import downwards only: app/routes -> features -> store -> domain.
const layer = (forbidden, extraPaths = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: extraPaths,
      patterns: forbidden.map((dir) => ({
        group: [`**/${dir}`, `**/${dir}/**`],
        message: `This layer may not import from src/${dir} (imports flow one way).`,
      })),
    },
  ],
});

const uiLibraries = [
  'react',
  'react-dom',
  'react-dom/client',
  'zustand',
  'react-router-dom',
  'idb-keyval',
].map((name) => ({
  name,
  message: 'src/domain is pure TypeScript: no UI, store, router or storage libraries.',
}));

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'BroadcastChannel',
  'fetch',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'performance',
  'crypto',
].map((name) => ({
  name,
  message: 'src/domain has no browser APIs; pass values in as parameters.',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...layer(['store', 'features', 'components', 'routes', 'app', 'i18n'], uiLibraries),
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is a parameter in src/domain.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is a parameter in src/domain: pass `now` in.',
        },
      ],
    },
  },
  { files: ['src/store/**/*.ts'], rules: layer(['features', 'components', 'routes', 'app']) },
  { files: ['src/components/**/*.{ts,tsx}'], rules: layer(['features', 'routes', 'app', 'store']) },
  { files: ['src/features/**/*.{ts,tsx}'], rules: layer(['routes', 'app']) },
  { files: ['src/routes/**/*.{ts,tsx}'], rules: layer(['app']) },
);
