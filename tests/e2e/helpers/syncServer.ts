import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The real sync server (`dist-server/main.js`, serving `dist/`), on a free port of its own. */
export interface SyncServer {
  url: string;
  dataDir: string;
  /** Kills the process (SIGKILL: no chance to store anything) and starts it again, same port and data. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Stops the server, puts back its data folder as `backup` holds it, and starts it again. */
  restoreFrom(backup: string): Promise<void>;
  /** A copy of the data folder as it is now (stop-free, as a nightly backup would be). */
  backup(): Promise<string>;
  /** Every file the server wrote, read as text, for looking for plaintext. */
  storedText(): Promise<string>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export async function startSyncServer(): Promise<SyncServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'apv-sync-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess;

  const launch = async () => {
    child = spawn(process.execPath, ['dist-server/main.js'], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', () => {});
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`sync server exited (${code})`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('APV Dialog:')) resolve();
      });
    });
  };
  const kill = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill(signal);
    });

  await launch();
  return {
    url,
    dataDir,
    async restart() {
      await kill('SIGKILL');
      await launch();
    },
    async backup() {
      const copy = await mkdtemp(join(tmpdir(), 'apv-sync-backup-'));
      await cp(dataDir, copy, { recursive: true });
      return copy;
    },
    async restoreFrom(backup) {
      await kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
      await cp(backup, dataDir, { recursive: true });
      await launch();
    },
    async stop() {
      await kill('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    },
    async storedText() {
      const texts: string[] = [];
      for (const folder of await readdir(dataDir)) {
        for (const file of await readdir(join(dataDir, folder))) {
          texts.push((await readFile(join(dataDir, folder, file))).toString('latin1'));
          texts.push((await readFile(join(dataDir, folder, file))).toString('utf8'));
        }
      }
      return texts.join('\n');
    },
  };
}
