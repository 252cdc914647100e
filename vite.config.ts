/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `vite build --ssr src/server/main.ts` bundles the sync server: it needs no public files.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: false, copyPublicDir: !isSsrBuild },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Property tests replay thousands of events; a shared 2-core machine can take a while.
    testTimeout: 20_000,
  },
}));
