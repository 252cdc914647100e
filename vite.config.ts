/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { commonDa } from './src/i18n/da/common.ts';
import { updateDa } from './src/i18n/da/update.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
/** Shown in the app (data-app-version); APV_VERSION lets a test build a "newer" release. */
const appVersion = process.env.APV_VERSION ?? pkg.version;

/**
 * Paths the service worker must never answer from its cache: the phone page (src/phone), and the sync endpoint of the
 * sharing feature (`/sync`, also under a sub-path such as `/apv/sync`) and any WebSocket
 * path. Service workers do not see WebSocket traffic at all, but the HTTP request that
 * opens one, or a plain GET of such a path, must reach the server and never get the shell.
 */
export const NETWORK_ONLY_PATHS = [/\/(?:sync|ws)(?:[/?]|$)/, /\/src\/phone\//];

/**
 * Only the app's own origin. A meta tag, so any static host gets it (frame-ancestors and
 * report-uri need a header and are left to the server).
 * - No inline scripts: the service worker is registered from the bundled entry, not from
 *   an injected inline snippet, and Vite emits no inline scripts in a build.
 * - connect-src: sharing talks to the sync server on the same origin, `/sync/rooms` by
 *   fetch and the Hocuspocus WebSocket `/sync` (src/store/share). 'self' covers both, ws:
 *   and wss: included, in CSP Level 3 browsers (current Chromium, Firefox and Safari); older
 *   Safari did not match ws: against 'self'. A static file cannot name its own host, and a
 *   CSP header from the server would not help (the meta tag's policy applies as well), so
 *   APV_CONNECT_SRC adds such origins (`wss://intranet.example`) at build time.
 * - Fonts are the system's (font-src 'self' allows shipped ones, none today).
 */
const connectSrc = ["'self'", ...(process.env.APV_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean)];
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src ${connectSrc.join(' ')}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the CSP meta tag to the built index.html (not in dev: Vite's dev server needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'apv-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The page's description from the Danish dictionary (src/i18n), like every other text. */
function pageDescription(): Plugin {
  return {
    name: 'apv-page-description',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { name: 'description', content: updateDa.app.pageDescription },
        injectTo: 'head',
      },
    ],
  };
}

/** The phone page's own manifest, beside the app's (`.vite/manifest.json`). */
export const PHONE_MANIFEST = '.vite/phone-manifest.json';

/**
 * Builds the phone page (src/phone, a meeting room's page on the phones) after the app, into
 * the same folder, as a build of its own: sharing no chunk with the app keeps both first loads
 * as small as they are alone. It has no service worker and no web manifest (it is no
 * installable app), and the app's service worker leaves its address to the network.
 */
function phonePage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'apv-phone-page',
    apply: (_config, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        base: './',
        logLevel: 'warn',
        define: { __APP_VERSION__: JSON.stringify(appVersion) },
        plugins: [react(), contentSecurityPolicy()],
        build: {
          target: 'es2022',
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          manifest: PHONE_MANIFEST,
          rolldownOptions: { input: { phone: 'src/phone/index.html' } },
        },
      });
    },
  };
}

// `vite build --ssr src/server/main.ts` bundles the sync server: it needs no public files,
// and no service worker, manifest or CSP tag.
export default defineConfig(({ isSsrBuild }) => ({
  // Relative asset paths: the build works from any directory (https://intranet.example/apv/).
  base: './',
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  plugins: isSsrBuild
    ? [react()]
    : [
        react(),
        contentSecurityPolicy(),
        pageDescription(),
        VitePWA({
          // A new version waits until the user chooses to reload (never in a running meeting).
          registerType: 'prompt',
          // Registered by src/app/offline/serviceWorker.ts from the bundle: no injected (inline) script.
          injectRegister: false,
          includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
          manifest: {
            id: './',
            // Danish, from the dictionary: the name and text the installed app shows.
            name: updateDa.app.name,
            short_name: commonDa.appName,
            description: updateDa.app.description,
            lang: 'da',
            dir: 'ltr',
            start_url: './',
            scope: './',
            display: 'standalone',
            background_color: '#f3f5f8',
            theme_color: '#1d3557',
            categories: ['business', 'productivity'],
            icons: [
              { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
              { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
              {
                src: 'icon-maskable-512.png',
                sizes: '512x512',
                type: 'image/png',
                purpose: 'maskable',
              },
            ],
          },
          workbox: {
            // The shell and every lazily loaded chunk: routes, projector, print views, the docx
            // and ics exports, both dictionaries. Nothing user-specific is ever cached: the
            // documents live in IndexedDB, and there is no runtime caching at all.
            globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
            navigateFallback: 'index.html',
            navigateFallbackDenylist: NETWORK_ONLY_PATHS,
            cleanupOutdatedCaches: true,
            // Take control of the first page at once, so a page first opened online keeps
            // working when the network goes; an update still waits for the user's choice.
            clientsClaim: true,
            skipWaiting: false,
            maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          },
        }),
        phonePage(),
      ],
  resolve: {
    // react-router's package exports name only its development build, which keeps its
    // warnings and checks; the production build is the same API without them.
    alias: [
      {
        find: /^react-router$/,
        replacement: fileURLToPath(
          new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
        ),
      },
    ],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    copyPublicDir: !isSsrBuild,
    // Read by src/firstLoad.test.ts, which holds each page's first load to its budget.
    manifest: true,
    rolldownOptions: {
      output: {
        // Few files per first load (issue 15); src/firstLoad.test.ts holds the count.
        codeSplitting: {
          groups: [
            // The domain engine: engine.ts and all it imports, zod included, in one chunk.
            { name: 'engine', test: /[\\/]src[\\/]domain[\\/]engine\.ts$/, priority: 2 },
            // The home page with the small pieces it shares with other pages and date-fns.
            {
              name: 'home',
              test: /[\\/](src[\\/](routes[\\/]HomeRoute|features[\\/](home[\\/]|common[\\/](NextMeeting|RevisionDue))|components[\\/](UndoBar|useNow|FieldError)|i18n[\\/]useFormatDate)|node_modules[\\/]date-fns[\\/])/,
              includeDependenciesRecursively: false,
              priority: 1,
            },
            // What the process pages share (features/common) and the features' stylesheets (but
            // the meeting room's, which comes with the room when it is opened or shown, and the
            // projector lists' paging, which comes with the first list shown).
            {
              name: 'process',
              test: /[\\/]src[\\/](features[\\/](common[\\/](?![pP]agedBoard)|(?!room[\\/]|common[\\/][pP]agedBoard).*\.css$)|domain[\\/](agenda[\\/]timerReading|groups[\\/]))/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Property tests replay thousands of events; a shared 2-core machine can take a while.
    testTimeout: 20_000,
  },
}));
