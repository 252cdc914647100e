/**
 * The room's phones for the load bench, run in a worker thread (tests/bench/lib/roomLoad.ts
 * starts a few): real phones are devices of their own, so their signing and the room's
 * broadcasts they decode must not queue behind the leader's checks on one event loop.
 * Each phone has its own socket and key pair and publishes no presence.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ed25519 } from '@noble/curves/ed25519.js';
import { entryKey, signedText, type PhoneEntry } from '../../../src/domain/room/entry';
import { ROOM_PROTOCOL } from '../../../src/domain/room/view';
import { fromBase64Url, randomText, sealJson, toBase64Url } from '../../../src/store/share/codec';
import { client, sleep } from './roomClient';

/** What the leader's thread tells the phones to do next. */
export type PhonesCommand =
  | { phase: 'joined' | 'wish'; spreadMs: number }
  | { phase: 'marks'; spreadMs: number; wishIds: string[] }
  | { phase: 'close' };

/** What the phones report: ready, each entry written (its key and when), a phase done. */
export type PhonesReport =
  { kind: 'ready' } | { kind: 'written'; key: string; at: number } | { kind: 'done' };

export interface PhonesSetup {
  wsUrl: string;
  room: string;
  phoneToken: string;
  key: string;
  /** This worker's phones are numbers first … first + count - 1 of the room. */
  first: number;
  count: number;
}

const encoder = new TextEncoder();
const setup = workerData as PhonesSetup;
const port = parentPort!;
const key = fromBase64Url(setup.key, 32)!;
const report = (message: PhonesReport) => port.postMessage(message);

const phones = Array.from({ length: setup.count }, (_, i) => {
  const secret = ed25519.utils.randomSecretKey();
  return {
    ...client(setup.wsUrl, setup.room, setup.phoneToken),
    number: setup.first + i,
    secret,
    participant: toBase64Url(ed25519.getPublicKey(secret)),
    seq: 0,
  };
});
type Phone = (typeof phones)[number];

function write(phone: Phone, entry: PhoneEntry) {
  phone.seq += 1;
  const k = entryKey(phone.participant, phone.seq, randomText(6));
  const body = JSON.stringify({ protocol: ROOM_PROTOCOL, seq: phone.seq, entry });
  const sig = toBase64Url(ed25519.sign(encoder.encode(signedText(k, body)), phone.secret));
  const sealed = sealJson(key, k, { body, sig });
  report({ kind: 'written', key: k, at: Date.now() });
  phone.map.set(k, sealed);
}

/** Each phone in turn, spread evenly over `spreadMs`. */
async function spread(spreadMs: number, each: (phone: Phone) => void) {
  const gap = spreadMs / phones.length;
  for (const phone of phones) {
    each(phone);
    await sleep(gap);
  }
}

async function run(command: PhonesCommand) {
  switch (command.phase) {
    case 'joined':
      return spread(command.spreadMs, (phone) => write(phone, { kind: 'joined' }));
    case 'wish':
      return spread(command.spreadMs, (phone) =>
        write(phone, {
          kind: 'wish',
          step: 'm1-brainstorm',
          group: (phone.number % 6) + 1,
          text: `Ønske ${phone.number} fra en telefon`,
        }),
      );
    case 'marks': {
      const ids = command.wishIds;
      return spread(command.spreadMs, (phone) => {
        for (let slot = 0; slot < 3; slot++) {
          const wishId = ids[(phone.number * 7 + slot * 13) % ids.length]!;
          write(phone, { kind: 'mark', step: 'm1-selection', slot, wishId });
        }
      });
    }
    case 'close':
      for (const p of phones) {
        p.provider.destroy();
        p.socket.destroy();
      }
      port.close();
  }
}

port.on('message', (command: PhonesCommand) => {
  void run(command).then(() => command.phase !== 'close' && report({ kind: 'done' }));
});
await Promise.all(phones.map((p) => p.synced));
report({ kind: 'ready' });
