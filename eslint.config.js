import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const sourceFiles = 'src/**/*.{ts,tsx}';
/** Tests and their helpers: they may read the real time (fake timers control it). */
const testFiles = ['src/**/*.test.{ts,tsx}', 'src/**/*.testHelper.{ts,tsx}', 'src/test/**'];

// ---------------------------------------------------------------------------------------------
// Layers (README, "How the code is laid out"): imports flow one way,
//   app -> routes -> features/<name> -> features/common -> store -> domain
// and components (shared UI) and i18n (texts) sit beside the store, below the features:
// they import only the domain (components also i18n). The sync server (src/server) runs in
// Node beside all of them and imports only the domain. Checked on the resolved file of every
// import: static, type-only, re-exports and import().

const features = readdirSync(join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'common')
  .map((entry) => entry.name);

const onlyFrom = (layer, allowed, why) => ({
  target: `./src/${layer}`,
  from: './src',
  except: allowed.map((dir) => `./${dir}`),
  message: `src/${layer} may import only from ${allowed.map((d) => `src/${d}`).join(', ')}. ${why}`,
});

const layerZones = [
  onlyFrom('domain', ['domain'], 'The domain is pure TypeScript at the bottom of the layers.'),
  onlyFrom('store', ['store', 'domain'], 'The store holds documents and calls the domain.'),
  onlyFrom('i18n', ['i18n', 'domain'], 'Texts get the current language from the app (a provider).'),
  // The phone page is its own small entry: none of the app's store, routes or features.
  onlyFrom(
    'phone',
    [
      'phone',
      'domain',
      'i18n/da/phone.ts',
      'i18n/en/phone.ts',
      'i18n/da/phoneMeeting2.ts',
      'i18n/en/phoneMeeting2.ts',
      'store/share/codec.ts',
      'store/room/roomFromCode.ts',
      'store/clock.ts',
    ],
    'The phone page loads only what a phone needs: the domain, its texts, the codec, the room code and the clock.',
  ),
  onlyFrom(
    'server',
    ['server', 'domain'],
    'The sync server runs in Node and relays ciphertext: no UI, store, routes or texts.',
  ),
  {
    target: './src/components',
    from: ['./src/features', './src/routes', './src/app', './src/store', './src/main.tsx'],
    message: 'src/components is shared UI: no features, routes, app or store (pass values in).',
  },
  // Features do not import each other; what several need lives in src/features/common, and
  // pages that show several features are composed in src/routes.
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`, './common'],
    message: `Features do not import each other: move what both need to src/features/common, or compose them in src/routes.`,
  })),
  {
    target: './src/features/common',
    from: './src/features',
    except: ['./common'],
    message: 'src/features/common is below every feature and may not import one.',
  },
  {
    target: './src/features',
    from: ['./src/routes', './src/app', './src/main.tsx'],
    message: 'Features may not import routes or the app (imports flow one way).',
  },
  {
    target: './src/routes',
    from: ['./src/app', './src/main.tsx'],
    message: 'Routes may not import the app (imports flow one way).',
  },
];

// ---------------------------------------------------------------------------------------------
// Libraries the domain may not use (React, the store's and the router's, storage, drag and drop).

const domainLibraries = [
  'react',
  'react-dom',
  'zustand',
  'react-router',
  'react-router-dom',
  'idb-keyval',
  'fake-indexeddb',
];
const domainLibraryScopes = ['@dnd-kit', '@testing-library'];
const domainLibraryMessage =
  'src/domain is pure TypeScript: no UI, store, router or storage libraries.';
const domainLibraryImports = (extraPatterns = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [
            ...domainLibraries.flatMap((name) => [name, `${name}/*`]),
            ...domainLibraryScopes.map((scope) => `${scope}/*`),
          ],
          message: domainLibraryMessage,
        },
        ...extraPatterns,
      ],
    },
  ],
});
// no-restricted-imports does not see import(); esquery regexes may not contain a slash.
const domainLibraryImportExpression = {
  selector: `ImportExpression[source.value=/^(${domainLibraries.join('|')})(\\x2F|$)|^(${domainLibraryScopes.join('|')})\\x2F/]`,
  message: domainLibraryMessage,
};

// ---------------------------------------------------------------------------------------------
// Time and ids come from one injected place, src/store/clock.ts, so tests and replays control them.

const clockMessage = 'Read time and new ids from the store clock (src/store/clock.ts).';
const domainTimeMessage = 'Time and ids are parameters in src/domain: pass them in.';
const clockProperties = (message) =>
  [
    { object: 'Date', property: 'now' },
    { object: 'Math', property: 'random' },
    { object: 'crypto', property: 'randomUUID' },
    { object: 'crypto', property: 'getRandomValues' },
    { object: 'performance', property: 'now' },
    ...['globalThis', 'window', 'self'].map((object) => ({ object, property: 'crypto' })),
  ].map((p) => ({ ...p, message }));
const clockSyntax = (message) => [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message },
  { selector: "CallExpression[callee.name='Date']", message },
];

// ---------------------------------------------------------------------------------------------
// Globals the domain may not touch: every browser and Node global that is not plain JavaScript.

const domainGlobalMessage = 'src/domain has no browser APIs; pass values in as parameters.';
/** Plain JavaScript, and the deterministic helpers every platform has. */
const plainJavaScript = new Set([
  ...Object.keys(globals.builtin),
  'structuredClone',
  'TextEncoder',
  'TextDecoder',
]);
const namedDomainGlobals = [
  'window',
  'globalThis',
  'self',
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
];
const domainGlobals = [
  ...new Set([
    ...namedDomainGlobals,
    ...Object.keys(globals.browser),
    ...Object.keys(globals.node),
  ]),
]
  .filter((name) => !plainJavaScript.has(name) || namedDomainGlobals.includes(name))
  .map((name) => ({ name, message: domainGlobalMessage }));

const testFileAccess = ['process', '__dirname', '__filename'];

// ---------------------------------------------------------------------------------------------

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'data', 'node_modules', 'test-results', 'playwright-report'] },
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
    files: [sourceFiles],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: [sourceFiles],
    // The sync server imports no store: its one reading of time is src/server/clock.ts.
    ignores: [...testFiles, 'src/store/clock.ts', 'src/server/clock.ts'],
    rules: {
      'no-restricted-properties': ['error', ...clockProperties(clockMessage)],
      'no-restricted-syntax': ['error', ...clockSyntax(clockMessage)],
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    rules: {
      ...domainLibraryImports([
        { group: ['node:*'], message: 'src/domain runs in the browser: no Node modules.' },
      ]),
      'no-restricted-globals': ['error', ...domainGlobals],
      'no-restricted-properties': ['error', ...clockProperties(domainTimeMessage)],
      'no-restricted-syntax': [
        'error',
        ...clockSyntax(domainTimeMessage),
        domainLibraryImportExpression,
      ],
    },
  },
  {
    // Domain tests: the same layers, libraries and globals, except Node's file access, which
    // they need to read the example workplace from disk.
    files: ['src/domain/**/*.test.{ts,tsx}', 'src/domain/**/*.testHelper.{ts,tsx}'],
    rules: {
      ...domainLibraryImports(),
      'no-restricted-globals': [
        'error',
        ...domainGlobals.filter(({ name }) => !testFileAccess.includes(name)),
      ],
    },
  },
);
