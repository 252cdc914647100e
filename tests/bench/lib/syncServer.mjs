import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT, run } from './server.mjs';

/** The real sync server, built into a private folder and serving this run's build. */
export async function startSyncServer(distDir) {
  // Inside the repository, so the bundle finds its packages in node_modules.
  const serverDir = await mkdtemp(join(ROOT, 'node_modules/.cache-apv-bench-server-'));
  const dataDir = await mkdtemp(join(tmpdir(), 'apv-bench-data-'));
  await run(process.execPath, [
    join(ROOT, 'node_modules/vite/bin/vite.js'),
    'build',
    '--ssr',
    'src/server/main.ts',
    '--outDir',
    serverDir,
    '--logLevel',
    'warn',
  ]);
  const port = await freePort();
  const child = spawn(process.execPath, [join(serverDir, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`sync server exited (${code})`)));
    child.stdout.on('data', (d) => String(d).includes('APV Dialog:') && resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    dir: serverDir,
    async stop() {
      child.removeAllListeners('exit');
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
      await rm(serverDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
