/**
 * The meeting room under load, in Node (bundled by tests/bench/measures/room.mjs with Vite, so
 * it runs the app's own domain code): `phones` real Hocuspocus clients join one room, each adds
 * a wish and places three marks, and a leader client takes every entry through the same checks
 * as the leader's app (signature, schema, ledger, phone mark events applied to the wishes).
 * The phones run in worker threads (roomPhones.ts), as they run on devices of their own.
 */
import { Worker } from 'node:worker_threads';
import { ed25519 } from '@noble/curves/ed25519.js';
import { readPhoneEntry } from '../../../src/domain/room/entrySchema';
import {
  emptyLedger,
  slotTotals,
  takeEntry,
  type RoomContext,
} from '../../../src/domain/room/ledger';
import { phoneMarkEvents } from '../../../src/domain/room/phoneMarks';
import { isRejection } from '../../../src/domain/outcome';
import { applyWishesEvent } from '../../../src/domain/wishes/events';
import { emptyWishesSection } from '../../../src/domain/wishes/section';
import { fromBase64Url, openJson } from '../../../src/store/share/codec';
import { client, sleep } from './roomClient';
import type { PhonesCommand, PhonesReport, PhonesSetup } from './roomPhones';

export interface RoomLoadOptions {
  wsUrl: string;
  room: string;
  leadToken: string;
  phoneToken: string;
  key: string;
  phones: number;
  /** The time over which the phones write their wishes, then their marks. */
  spreadMs: number;
  /** The built roomPhones.js, and how many worker threads share the phones. */
  phonesScript: string;
  workers: number;
}

export interface RoomLoadResult {
  /** ms from a phone setting a mark until the leader counted it, per mark. */
  markMs: number[];
  written: number;
  accepted: number;
  refused: number;
  phoneMarks: number;
}

const encoder = new TextEncoder();

/** Worker threads that hold the phones, split evenly; each command resolves when all are done. */
async function startPhones(options: RoomLoadOptions, onWritten: (key: string, at: number) => void) {
  const per = Math.ceil(options.phones / options.workers);
  const workers = Array.from({ length: options.workers }, (_, w) => {
    const first = w * per;
    const setup: PhonesSetup = { ...options, first, count: Math.min(per, options.phones - first) };
    return new Worker(options.phonesScript, { workerData: setup });
  }).filter((_, w) => w * per < options.phones);
  const next = (worker: Worker, kind: 'ready' | 'done') =>
    new Promise<void>((resolve, reject) => {
      const listen = (message: PhonesReport) => {
        if (message.kind === 'written') return onWritten(message.key, message.at);
        if (message.kind !== kind) return;
        worker.off('message', listen);
        resolve();
      };
      worker.on('message', listen);
      worker.once('error', reject);
    });
  await Promise.all(workers.map((w) => next(w, 'ready')));
  return {
    async run(command: Exclude<PhonesCommand, { phase: 'close' }>) {
      const done = Promise.all(workers.map((w) => next(w, 'done')));
      for (const w of workers) w.postMessage(command);
      await done;
    },
    async close() {
      const exited = workers.map((w) => new Promise((resolve) => w.once('exit', resolve)));
      for (const w of workers) w.postMessage({ phase: 'close' } satisfies PhonesCommand);
      await Promise.all(exited);
    },
  };
}

export async function runRoomLoad(options: RoomLoadOptions): Promise<RoomLoadResult> {
  const key = fromBase64Url(options.key, 32)!;
  const sentAt = new Map<string, number>();
  /** When the leader counted each mark entry; compared with sentAt once all are in. */
  const countedAt = new Map<string, number>();
  let wishes = emptyWishesSection();
  let ledger = emptyLedger();
  let context: RoomContext = {
    now: Date.now(),
    stepId: 'm1-brainstorm',
    task: 'wishes',
    vote: 'notYet',
    groups: null,
    markable: new Set(),
    prioritised: new Set(),
    choices: new Map(),
    groupProposals: new Map(),
  };
  let refused = 0;

  // The leader: every arriving entry through the app's checks; marks become phone mark events.
  const leader = client(options.wsUrl, options.room, options.leadToken);
  const verify = (sig: string, text: string, participant: string) => {
    const signature = fromBase64Url(sig, 64);
    const publicKey = fromBase64Url(participant, 32);
    return !!signature && !!publicKey && ed25519.verify(signature, encoder.encode(text), publicKey);
  };
  leader.map.observe((event) => {
    let marks = false;
    const arrived: string[] = [];
    for (const k of event.keysChanged) {
      if (!k.startsWith('p.')) continue;
      const read = readPhoneEntry(k, openJson(key, k, leader.map.get(k)), verify);
      if (!read.ok) {
        refused += 1;
        continue;
      }
      const taken = takeEntry(ledger, read.arrival, { ...context, now: Date.now() });
      ledger = taken.ledger;
      if (taken.verdict !== 'accepted') refused += 1;
      for (const e of taken.events) {
        if (e.type !== 'wishAdded') continue;
        const next = applyWishesEvent(wishes, e, { participants: null });
        if (!isRejection(next)) wishes = next;
      }
      if (taken.marksChanged) {
        marks = true;
        arrived.push(k);
      }
    }
    if (marks) {
      for (const e of phoneMarkEvents(wishes, slotTotals(ledger), new Date().toISOString())) {
        const next = applyWishesEvent(wishes, e, { participants: null });
        if (!isRejection(next)) wishes = next;
      }
      const now = Date.now();
      for (const k of arrived) countedAt.set(k, now);
    }
  });
  await leader.synced;

  let written = 0;
  const phones = await startPhones(options, (k, at) => {
    sentAt.set(k, at);
    written += 1;
  });
  const spreadMs = options.spreadMs;
  await phones.run({ phase: 'joined', spreadMs });
  await phones.run({ phase: 'wish', spreadMs });
  await waitUntil(() => wishes.wishes.length === options.phones, 30_000);
  context = {
    ...context,
    stepId: 'm1-selection',
    task: 'vote',
    vote: 'open',
    markable: new Set(wishes.wishes.map((w) => w.id)),
  };
  await phones.run({ phase: 'marks', spreadMs, wishIds: wishes.wishes.map((w) => w.id) });
  await waitUntil(() => countedAt.size >= options.phones * 3, 30_000);
  const markMs = [...countedAt].map(([k, at]) => at - (sentAt.get(k) ?? at));
  const phoneMarks = wishes.marks.reduce((sum, m) => sum + m.delta, 0);
  const accepted = [...ledger.verdicts.values()].filter((v) => v === 'accepted').length;
  await phones.close();
  leader.provider.destroy();
  leader.socket.destroy();
  return { markMs, written, accepted, refused, phoneMarks };
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await sleep(50);
}
