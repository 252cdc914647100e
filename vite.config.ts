/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The manifest lets src/firstLoad.test.ts hold the first load to its budget.
    manifest: true,
    rolldownOptions: {
      output: {
        // The first load in few files (issue 15): the domain engine (everything
        // src/domain/engine.ts imports, with zod) as one chunk instead of ~30, each dictionary as
        // one chunk, and the home page in one. Exports (docx, ics) stay lazy. src/firstLoad.test.ts holds it.
        codeSplitting: {
          groups: [
            { name: 'da', test: /[\\/]src[\\/]i18n[\\/]da[\\/]/, priority: 3 },
            { name: 'en', test: /[\\/]src[\\/]i18n[\\/]en[\\/]/, priority: 3 },
            { name: 'engine', test: /[\\/]src[\\/]domain[\\/]engine\.ts$/, priority: 2 },
            // The home page and the small pieces it shares with other pages (the undo bar, the
            // next meeting, date formatting): one file instead of seven.
            {
              name: 'HomeRoute',
              test: /[\\/](src[\\/](routes[\\/]HomeRoute\.tsx$|features[\\/](home[\\/]|process[\\/]NextMeeting)|components[\\/](UndoBar|useNow)|i18n[\\/]useFormatDate)|node_modules[\\/]date-fns[\\/])/,
              includeDependenciesRecursively: false,
              priority: 1,
            },
            // What the process pages share (the process context, the meeting clock, the wish
            // list) and the features' stylesheets: one script and one stylesheet, so the
            // projector's first load is eight files.
            {
              name: 'process',
              test: /[\\/]src[\\/]features[\\/](.*\.css$|process[\\/]ProcessContext|meeting[\\/](useMeetingNow|RotationText|meetingGroups|clockFormat|rotation|stepTexts)|wishes[\\/]useWishes)|[\\/]src[\\/]domain[\\/](agenda[\\/]timerReading|groups[\\/])/,
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
});
