import { createHash, randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ROOT } from '../lib/server.mjs';
import { kb, median, p95, ratio, round } from '../lib/stats.mjs';
import { startSyncServer } from '../lib/syncServer.mjs';

const PHONES = 300;
/** Each phase (joining, wishes, marks) is spread over this long: the room does it in a minute. */
const SPREAD_MS = 15_000;
/** Worker threads the phones run in (they are devices of their own, not the leader's thread). */
const WORKERS = 3;

const token = (bytes) => randomBytes(bytes).toString('base64url');
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Creates a meeting room on the server, as the leader's app does. */
async function createRoom(url) {
  const room = { room: token(16), leadToken: token(32), phoneToken: token(32), key: token(32) };
  const response = await fetch(`${url}/sync/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      room: room.room,
      editHash: sha256(room.leadToken),
      readHash: sha256(room.phoneToken),
      kind: 'meeting',
    }),
  });
  if (response.status !== 201) throw new Error(`room not created: ${response.status}`);
  return room;
}

/** The server process's resident memory (MB) and CPU time so far (s), from /proc. */
async function usage(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat (11 and 12 after the command), in ticks.
  const cpu = (Number(stat[11]) + Number(stat[12])) / 100;
  return { rss, cpu };
}

/** Gzip of everything the phone page loads before it is usable, and its lazy signing chunk. */
async function phoneBytes(distDir) {
  // The phone page is a build of its own, with its own manifest (vite.config.ts).
  const manifest = JSON.parse(await readFile(join(distDir, '.vite/phone-manifest.json'), 'utf8'));
  const closure = (key, files = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return files;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) closure(imported, files);
    return files;
  };
  const gz = async (file) => gzipSync(await readFile(join(distDir, file)), { level: 9 }).length;
  const page = ['src/phone/index.html', ...closure('src/phone/index.html')];
  let entry = 0;
  for (const file of page) entry += await gz(file);
  const signer = [...closure('src/phone/signer.ts')].filter((f) => !page.includes(f));
  let lazy = 0;
  for (const file of signer) lazy += await gz(file);
  return { entry, files: page.length, lazy };
}

/**
 * roomMarkP95Ms: a mark set on one of 300 phones (real Hocuspocus clients in Node) until the
 * leader's checks counted it (p95), beside its floor: one phone alone in a room.
 * roomLostEntries: entries the phones wrote that the leader did not accept (must be 0).
 * roomServerRssMB / roomServerCpuS: the server's peak memory and CPU time for the 300.
 * phoneEntryGzipKB: everything the phone page loads before it is usable; phoneSignerGzipKB:
 * the signing code it loads right after (before the first entry is written).
 */
export default {
  name: 'Meeting room: 300 phones',
  async run({ distDir }) {
    const bundleDir = join(ROOT, 'node_modules/.cache-apv-bench-room');
    // The leader's side and the phones' worker, bundled together so they share the app's code.
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        ssr: true,
        outDir: bundleDir,
        emptyOutDir: true,
        rollupOptions: {
          input: {
            roomLoad: join(ROOT, 'tests/bench/lib/roomLoad.ts'),
            roomPhones: join(ROOT, 'tests/bench/lib/roomPhones.ts'),
          },
        },
      },
    });
    const { runRoomLoad } = await import(join(bundleDir, 'roomLoad.js'));
    const phoneWorkers = (workers) => ({ phonesScript: join(bundleDir, 'roomPhones.js'), workers });
    const server = await startSyncServer(distDir);
    try {
      const wsUrl = `${server.url.replace('http', 'ws')}/sync`;
      const alone = await runRoomLoad({
        wsUrl,
        ...(await createRoom(server.url)),
        phones: 1,
        spreadMs: 300,
        ...phoneWorkers(1),
      });
      const before = await usage(server.pid);
      let peak = before.rss;
      const sampler = setInterval(() => {
        void usage(server.pid).then((u) => (peak = Math.max(peak, u.rss)));
      }, 250);
      const room = await runRoomLoad({
        wsUrl,
        ...(await createRoom(server.url)),
        phones: PHONES,
        spreadMs: SPREAD_MS,
        ...phoneWorkers(WORKERS),
      });
      clearInterval(sampler);
      const after = await usage(server.pid);
      const phone = await phoneBytes(distDir);
      return {
        figures: {
          roomMarkP95Ms: Math.round(p95(room.markMs)),
          roomMarkMedianMs: Math.round(median(room.markMs)),
          roomMarkFloorP95Ms: Math.round(p95(alone.markMs)),
          roomMarkP95Ratio: ratio(p95(room.markMs), p95(alone.markMs)),
          roomLostEntries: room.written - room.accepted,
          roomServerRssMB: round(Math.max(peak, after.rss)),
          roomServerCpuS: round(after.cpu - before.cpu, 2),
          phoneEntryGzipKB: kb(phone.entry),
          phoneSignerGzipKB: kb(phone.lazy),
        },
        details: [
          ['phones', `${PHONES}, each 1 wish and 3 marks (${room.written} entries)`],
          ['phone marks counted', `${room.phoneMarks} of ${PHONES * 3}`],
          ['refused or unreadable', String(room.refused)],
          ['phone page first load', `${phone.files} files`],
        ],
      };
    } finally {
      await server.stop();
      await rm(bundleDir, { recursive: true, force: true });
    }
  },
};
