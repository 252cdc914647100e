// @vitest-environment node
/**
 * The lint rules of eslint.config.js, proved: each case is a small file that breaks one rule on
 * purpose, linted as if it lay at `path`, and ESLint must report that rule. The files exist only
 * here, as text, so `npm run lint`, tsc and Vitest never see them. Their imports point at real
 * modules, because the layer rules check the file an import resolves to.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..'), ignore: false });

async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path });
  if (!result) throw new Error(`ESLint returned nothing for ${path}`);
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${path} does not parse: ${fatal.message}`);
  return result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const rulesOf = async (path: string, code: string) => (await lint(path, code)).map((m) => m.rule);

interface Case {
  name: string;
  path: string;
  code: string;
  rule: string;
}

/** Rows for it.each: the case's name and rule for the test's title, then the case. */
const rows = (cases: Case[]) => cases.map((c): [string, string, Case] => [c.name, c.rule, c]);

const LAYERS = 'import-x/no-restricted-paths';
const LIBRARIES = 'no-restricted-imports';
const GLOBALS = 'no-restricted-globals';
const PROPERTIES = 'no-restricted-properties';
const SYNTAX = 'no-restricted-syntax';

const domainImports: Case[] = [
  {
    name: 'domain imports the store',
    path: 'src/domain/bad.ts',
    code: "import { useAppStore } from '../store/store';\nexport const s = useAppStore;\n",
    rule: LAYERS,
  },
  {
    name: 'a domain .tsx file imports the store',
    path: 'src/domain/bad.tsx',
    code: "import { useAppStore } from '../store/store';\nexport const s = useAppStore;\n",
    rule: LAYERS,
  },
  {
    name: 'domain imports the store by import()',
    path: 'src/domain/bad.ts',
    code: "export const load = () => import('../store/store');\n",
    rule: LAYERS,
  },
  {
    name: 'domain imports only a type from a feature',
    path: 'src/domain/bad.ts',
    code: "import type { Attempt } from '../features/common/useWishes';\nexport type A = Attempt;\n",
    rule: LAYERS,
  },
  {
    name: 'domain re-exports from the components',
    path: 'src/domain/bad.ts',
    code: "export { useNow } from '../components/useNow';\n",
    rule: LAYERS,
  },
  {
    name: 'domain imports i18n',
    path: 'src/domain/wishes/bad.ts',
    code: "import { useT } from '../../i18n/useT';\nexport const t = useT;\n",
    rule: LAYERS,
  },
  {
    name: 'domain imports routes',
    path: 'src/domain/bad.ts',
    code: "import { Dashboard } from '../routes/Dashboard';\nexport const d = Dashboard;\n",
    rule: LAYERS,
  },
  {
    name: 'domain imports the app',
    path: 'src/domain/bad.ts',
    code: "import { App } from '../app/App';\nexport const a = App;\n",
    rule: LAYERS,
  },
  {
    name: 'domain imports the route paths',
    path: 'src/domain/bad.ts',
    code: "import { paths } from '../paths';\nexport const p = paths;\n",
    rule: LAYERS,
  },
  {
    name: 'a domain .tsx file imports React',
    path: 'src/domain/bad.tsx',
    code: "import { useState } from 'react';\nexport const u = useState;\n",
    rule: LIBRARIES,
  },
  {
    name: 'domain imports zustand/vanilla',
    path: 'src/domain/bad.ts',
    code: "import { createStore } from 'zustand/vanilla';\nexport const c = createStore;\n",
    rule: LIBRARIES,
  },
  {
    name: 'domain imports react-dom/client',
    path: 'src/domain/bad.ts',
    code: "import { createRoot } from 'react-dom/client';\nexport const c = createRoot;\n",
    rule: LIBRARIES,
  },
  {
    name: 'domain imports the router',
    path: 'src/domain/bad.ts',
    code: "import { Link } from 'react-router-dom';\nexport const l = Link;\n",
    rule: LIBRARIES,
  },
  {
    name: 'domain imports idb-keyval',
    path: 'src/domain/bad.ts',
    code: "import { get } from 'idb-keyval';\nexport const g = get;\n",
    rule: LIBRARIES,
  },
  {
    name: 'domain imports a Node module',
    path: 'src/domain/bad.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    rule: LIBRARIES,
  },
  {
    name: 'domain imports zustand/vanilla by import()',
    path: 'src/domain/bad.ts',
    code: "export const load = () => import('zustand/vanilla');\n",
    rule: SYNTAX,
  },
  {
    name: 'a domain .tsx file imports React by import()',
    path: 'src/domain/bad.tsx',
    code: "export const load = () => import('react');\n",
    rule: SYNTAX,
  },
];

const browserGlobals = [
  'window.innerWidth',
  'document.title',
  'navigator.language',
  'localStorage.length',
  'sessionStorage.length',
  'indexedDB.open',
  'BroadcastChannel.name',
  'fetch.name',
  'setTimeout.name',
  'setInterval.name',
  'requestAnimationFrame.name',
  'performance.timeOrigin',
  'crypto.subtle',
  'globalThis.crypto',
  'self.location',
  'location.href',
  'Blob.name',
];

const domainTime: Case[] = [
  {
    name: 'domain calls Date() as a function',
    path: 'src/domain/bad.ts',
    code: 'export const d = Date();\n',
    rule: SYNTAX,
  },
  {
    name: 'domain reads new Date() without arguments',
    path: 'src/domain/bad.tsx',
    code: 'export const d = new Date();\n',
    rule: SYNTAX,
  },
  {
    name: 'domain reads Date.now()',
    path: 'src/domain/bad.ts',
    code: 'export const d = Date.now();\n',
    rule: PROPERTIES,
  },
  {
    name: 'domain calls Math.random()',
    path: 'src/domain/bad.ts',
    code: 'export const r = Math.random();\n',
    rule: PROPERTIES,
  },
  {
    name: 'domain makes an id with crypto.randomUUID()',
    path: 'src/domain/bad.ts',
    code: 'export const id = crypto.randomUUID();\n',
    rule: PROPERTIES,
  },
  {
    name: 'domain reaches crypto through globalThis',
    path: 'src/domain/bad.ts',
    code: 'export const id = globalThis.crypto.randomUUID();\n',
    rule: PROPERTIES,
  },
];

const layers: Case[] = [
  {
    name: 'the store imports a feature',
    path: 'src/store/bad.ts',
    code: "import { useCurrentProcess } from '../features/common/ProcessContext';\nexport const u = useCurrentProcess;\n",
    rule: LAYERS,
  },
  {
    name: 'the store imports i18n',
    path: 'src/store/bad.ts',
    code: "import { LANGUAGES } from '../i18n/languages';\nexport const l = LANGUAGES;\n",
    rule: LAYERS,
  },
  {
    name: 'the store imports the components',
    path: 'src/store/bad.ts',
    code: "import { useNow } from '../components/useNow';\nexport const u = useNow;\n",
    rule: LAYERS,
  },
  {
    name: 'i18n imports the store',
    path: 'src/i18n/bad.ts',
    code: "import { useAppStore } from '../store/store';\nexport const s = useAppStore;\n",
    rule: LAYERS,
  },
  {
    name: 'i18n imports a feature',
    path: 'src/i18n/da/bad.ts',
    code: "import { useCurrentProcess } from '../../features/common/ProcessContext';\nexport const u = useCurrentProcess;\n",
    rule: LAYERS,
  },
  {
    name: 'i18n imports the components',
    path: 'src/i18n/bad.ts',
    code: "import { useNow } from '../components/useNow';\nexport const u = useNow;\n",
    rule: LAYERS,
  },
  {
    name: 'the components import the store',
    path: 'src/components/Bad.tsx',
    code: "import { clock } from '../store/clock';\nexport const c = clock;\n",
    rule: LAYERS,
  },
  {
    name: 'the components import a feature',
    path: 'src/components/Bad.tsx',
    code: "import { PhaseStatusControl } from '../features/common/PhaseStatusControl';\nexport const p = PhaseStatusControl;\n",
    rule: LAYERS,
  },
  {
    name: 'one feature imports another',
    path: 'src/features/plan/Bad.tsx',
    code: "import { FollowupPage } from '../followup/FollowupPage';\nexport const f = FollowupPage;\n",
    rule: LAYERS,
  },
  {
    name: 'one feature imports another by import()',
    path: 'src/features/projector/Bad.tsx',
    code: "export const load = () => import('../meeting/MeetingPage');\n",
    rule: LAYERS,
  },
  {
    name: "a feature's test imports another feature",
    path: 'src/features/meeting/Bad.test.tsx',
    code: "import { MarkCounting } from '../wishes/MarkCounting';\nexport const m = MarkCounting;\n",
    rule: LAYERS,
  },
  {
    name: 'the shared place imports a feature',
    path: 'src/features/common/Bad.tsx',
    code: "import { PlanPage } from '../plan/PlanPage';\nexport const p = PlanPage;\n",
    rule: LAYERS,
  },
  {
    name: 'a feature imports a route',
    path: 'src/features/home/Bad.tsx',
    code: "import { Dashboard } from '../../routes/Dashboard';\nexport const d = Dashboard;\n",
    rule: LAYERS,
  },
  {
    name: 'a feature imports the app',
    path: 'src/features/home/Bad.tsx',
    code: "import { App } from '../../app/App';\nexport const a = App;\n",
    rule: LAYERS,
  },
  {
    name: 'a route imports the app',
    path: 'src/routes/Bad.tsx',
    code: "import { AppRoutes } from '../app/router';\nexport const a = AppRoutes;\n",
    rule: LAYERS,
  },
  {
    name: 'the sync server imports the store',
    path: 'src/server/bad.ts',
    code: "import { useAppStore } from '../store/store';\nexport const s = useAppStore;\n",
    rule: LAYERS,
  },
  {
    name: 'the sync server imports a feature',
    path: 'src/server/bad.ts',
    code: "import { useCurrentProcess } from '../features/common/ProcessContext';\nexport const u = useCurrentProcess;\n",
    rule: LAYERS,
  },
  {
    name: 'the sync server imports a route by import()',
    path: 'src/server/bad.ts',
    code: "export const load = () => import('../routes/Dashboard');\n",
    rule: LAYERS,
  },
  {
    name: 'the phone page imports the store',
    path: 'src/phone/Bad.tsx',
    code: "import { useAppStore } from '../store/store';\nexport const s = useAppStore;\n",
    rule: LAYERS,
  },
  {
    name: "the phone page imports the app's dictionary",
    path: 'src/phone/Bad.tsx',
    code: "import { da } from '../i18n/da';\nexport const t = da;\n",
    rule: LAYERS,
  },
  {
    name: "the sync server's test imports i18n",
    path: 'src/server/bad.test.ts',
    code: "import { LANGUAGES } from '../i18n/languages';\nexport const l = LANGUAGES;\n",
    rule: LAYERS,
  },
  {
    name: 'a module imports one that imports it back (the clock importing the store)',
    path: 'src/store/clock.ts',
    code: "import { useAppStore } from './store';\nexport const clock = { now: () => new Date(), newId: () => crypto.randomUUID(), store: useAppStore };\n",
    rule: 'import-x/no-cycle',
  },
];

const clockOutsideDomain: Case[] = [
  {
    name: 'a feature reads Date.now()',
    path: 'src/features/meeting/bad.ts',
    code: 'export const at = Date.now();\n',
    rule: PROPERTIES,
  },
  {
    name: 'a component reads new Date()',
    path: 'src/components/bad.ts',
    code: 'export const at = new Date();\n',
    rule: SYNTAX,
  },
  {
    name: 'the store calls Date()',
    path: 'src/store/bad.ts',
    code: 'export const at = Date();\n',
    rule: SYNTAX,
  },
  {
    name: 'a route makes an id with crypto.randomUUID()',
    path: 'src/routes/bad.ts',
    code: 'export const id = crypto.randomUUID();\n',
    rule: PROPERTIES,
  },
  {
    name: 'the app makes an id through window.crypto',
    path: 'src/app/bad.ts',
    code: 'export const id = window.crypto.randomUUID();\n',
    rule: PROPERTIES,
  },
  {
    name: 'the sync server reads Date.now() outside its clock',
    path: 'src/server/bad.ts',
    code: 'export const at = Date.now();\n',
    rule: PROPERTIES,
  },
  {
    name: 'i18n calls Math.random()',
    path: 'src/i18n/bad.ts',
    code: 'export const r = Math.random();\n',
    rule: PROPERTIES,
  },
];

describe('the lint rules', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    // Loading the parser and resolving the first imports takes a few seconds.
    await lint(
      'src/domain/warmup.ts',
      "import { createProcess } from './document';\nexport const c = createProcess;\n",
    );
  }, 120_000);

  describe('domain imports nothing above it and no UI or storage library', () => {
    it.each(rows(domainImports))('%s: %s', async (_name, rule, { path, code }) => {
      expect(await rulesOf(path, code)).toContain(rule);
    });
  });

  describe('domain uses no browser or Node globals', () => {
    it.each(
      browserGlobals.flatMap((use) => [
        ['.ts', use],
        ['.tsx', use],
      ]),
    )('in a %s file: %s', async (extension, use) => {
      expect(await rulesOf(`src/domain/bad${extension}`, `export const g = ${use};\n`)).toContain(
        GLOBALS,
      );
    });
  });

  describe('domain takes time and ids as parameters', () => {
    it.each(rows(domainTime))('%s: %s', async (_name, rule, { path, code }) => {
      expect(await rulesOf(path, code)).toContain(rule);
    });
  });

  describe('the layers import downwards only, and nothing imports in a circle', () => {
    it.each(rows(layers))('%s: %s', async (_name, rule, { path, code }) => {
      expect(await rulesOf(path, code)).toContain(rule);
    });
  });

  describe('time and ids come from the store clock everywhere', () => {
    it.each(rows(clockOutsideDomain))('%s: %s', async (_name, rule, { path, code }) => {
      expect(await rulesOf(path, code)).toContain(rule);
    });
  });

  describe('what the rules allow', () => {
    it('a clean domain file: domain imports, zod, dates given as values', async () => {
      const code = [
        "import { z } from 'zod/mini';",
        "import { createProcess } from './document';",
        'export const schema = z.string();',
        "export const make = (now: Date) => createProcess({ id: 'p', name: 'n', now });",
        "export const parsed = new Date('2027-01-12T13:00:00Z');",
        '',
      ].join('\n');
      expect(await lint('src/domain/clean.tsx', code)).toEqual([]);
    });

    it('a feature using its own files, the shared place, components, i18n, store and domain', async () => {
      const code = [
        "import { useNow } from '../../components/useNow';",
        "import { currentPhase } from '../../domain/process/phases';",
        "import { useT } from '../../i18n/useT';",
        "import { clock } from '../../store/clock';",
        "import { useCurrentProcess } from '../common/ProcessContext';",
        "import { PlanPage } from './PlanPage';",
        'export const all = [useNow, currentPhase, useT, clock, useCurrentProcess, PlanPage];',
        '',
      ].join('\n');
      expect(await lint('src/features/plan/Clean.tsx', code)).toEqual([]);
    });

    it('a route composing several features, and the app importing every layer', async () => {
      const route = [
        "import { FollowupPage } from '../features/followup/FollowupPage';",
        "import { PlanPage } from '../features/plan/PlanPage';",
        'export const pages = [FollowupPage, PlanPage];',
        '',
      ].join('\n');
      expect(await lint('src/routes/Clean.tsx', route)).toEqual([]);
      const app = [
        "import { Dashboard } from '../routes/Dashboard';",
        "import { useAppStore } from '../store/store';",
        "import { LanguageProvider } from '../i18n/useT';",
        'export const all = [Dashboard, useAppStore, LanguageProvider];',
        '',
      ].join('\n');
      expect(await lint('src/app/Clean.tsx', app)).toEqual([]);
    });

    it('the phone page using its own files, the domain, its texts, the codec and the clock', async () => {
      const code = [
        "import { readRoomView } from '../domain/room/view';",
        "import { phoneDa } from '../i18n/da/phone';",
        "import { sealJson } from '../store/share/codec';",
        "import { clock } from '../store/clock';",
        "import { readPhoneLink } from './phoneLink';",
        'export const all = [readRoomView, phoneDa, sealJson, clock, readPhoneLink];',
        '',
      ].join('\n');
      expect(await lint('src/phone/Clean.tsx', code)).toEqual([]);
    });

    it('the sync server using Node, its libraries, its own files and its clock', async () => {
      const code = [
        "import { createServer } from 'node:http';",
        "import { WebSocketServer } from 'ws';",
        "import { isRoomId } from './ids';",
        'export const all = [createServer, WebSocketServer, isRoomId];',
        '',
      ].join('\n');
      expect(await lint('src/server/clean.ts', code)).toEqual([]);
      const clock = 'export const monotonicMs = (): number => performance.now();\n';
      expect(await lint('src/server/clock.ts', clock)).toEqual([]);
    });

    it('the clock itself reads the time and makes ids', async () => {
      const code =
        'export const clock = { now: (): Date => new Date(), newId: (): string => crypto.randomUUID() };\n';
      expect(await lint('src/store/clock.ts', code)).toEqual([]);
    });

    it('tests outside the domain may read the time; domain tests may read fixture files', async () => {
      expect(
        await lint('src/features/plan/Clean.test.tsx', 'export const at = Date.now();\n'),
      ).toEqual([]);
      const fixture = [
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'node:path';",
        "export const read = () => readFileSync(join(process.cwd(), 'tests/fixtures/x.json'), 'utf8');",
        '',
      ].join('\n');
      expect(await lint('src/domain/plan/clean.testHelper.ts', fixture)).toEqual([]);
    });

    it('but domain tests still use no browser globals and no store', async () => {
      expect(await rulesOf('src/domain/bad.test.ts', 'export const w = window;\n')).toContain(
        GLOBALS,
      );
      expect(
        await rulesOf(
          'src/domain/bad.test.ts',
          "import { useAppStore } from '../store/store';\nexport const s = useAppStore;\n",
        ),
      ).toContain(LAYERS);
    });
  });
});
