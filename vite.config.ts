/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `vite build --ssr src/server/main.ts` bundles the sync server: it needs no public files.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
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
              test: /[\\/](src[\\/](routes[\\/]HomeRoute|features[\\/](home[\\/]|common[\\/]NextMeeting)|components[\\/](UndoBar|useNow|FieldError)|i18n[\\/]useFormatDate)|node_modules[\\/]date-fns[\\/])/,
              includeDependenciesRecursively: false,
              priority: 1,
            },
            // What the process pages share (features/common) and the features' stylesheets.
            {
              name: 'process',
              test: /[\\/]src[\\/](features[\\/](common[\\/]|.*\.css$)|domain[\\/](agenda[\\/]timerReading|groups[\\/]))/,
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
