import { fileURLToPath } from 'node:url';
import { startServer } from './startServer';

/** Serves the built app and its sync endpoint: `npm start` (HOST, PORT, DATA_DIR set it up). */
const server = await startServer({
  host: process.env.HOST || '127.0.0.1',
  port: Number(process.env.PORT || 4173),
  dataDir: process.env.DATA_DIR || './data',
  // main.ts is bundled to dist-server/main.js, beside the app's dist/ (DIST_DIR: elsewhere).
  distDir: process.env.DIST_DIR || fileURLToPath(new URL('../dist', import.meta.url)),
});
console.log(`APV Dialog: ${server.url} (sync on ${server.url.replace(/^http/, 'ws')}/sync)`);

const stop = () => {
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
