/**
 * The meeting room under load, in Node (bundled by tests/bench/measures/room.mjs with Vite, so
 * it runs the app's own domain code): `phones` real Hocuspocus clients join one room, each adds
 * a wish and places three marks, and a leader client takes every entry through the same checks
 * as the leader's app (signature, schema, ledger, phone mark events applied to the wishes).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { ed25519 } from '@noble/curves/ed25519.js';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { entryKey, signedText, type PhoneEntry } from '../../../src/domain/room/entry';
import { readPhoneEntry } from '../../../src/domain/room/entrySchema';
import {
  emptyLedger,
  slotTotals,
  takeEntry,
  type RoomContext,
} from '../../../src/domain/room/ledger';
import { phoneMarkEvents } from '../../../src/domain/room/phoneMarks';
import { ROOM_PROTOCOL } from '../../../src/domain/room/view';
import { isRejection } from '../../../src/domain/outcome';
import { applyWishesEvent } from '../../../src/domain/wishes/events';
import { emptyWishesSection } from '../../../src/domain/wishes/section';
import {
  fromBase64Url,
  openJson,
  randomText,
  sealJson,
  toBase64Url,
} from '../../../src/store/share/codec';

export interface RoomLoadOptions {
  wsUrl: string;
  room: string;
  leadToken: string;
  phoneToken: string;
  key: string;
  phones: number;
  /** The time over which the phones write their wishes, then their marks. */
  spreadMs: number;
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
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function client(wsUrl: string, room: string, token: string) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
    awareness: null,
  });
  provider.attach();
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  return { doc, map: doc.getMap<Uint8Array>('events'), provider, socket, synced };
}

export async function runRoomLoad(options: RoomLoadOptions): Promise<RoomLoadResult> {
  const key = fromBase64Url(options.key, 32)!;
  const sentAt = new Map<string, number>();
  const markMs: number[] = [];
  let wishes = emptyWishesSection();
  let ledger = emptyLedger();
  let context: RoomContext = {
    now: Date.now(),
    stepId: 'm1-brainstorm',
    task: 'wishes',
    vote: 'notYet',
    groups: null,
    markable: new Set(),
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
      for (const k of arrived) markMs.push(now - (sentAt.get(k) ?? now));
    }
  });
  await leader.synced;

  // The phones: each its own socket and key pair, no presence.
  const phones = Array.from({ length: options.phones }, () => {
    const secret = ed25519.utils.randomSecretKey();
    return {
      ...client(options.wsUrl, options.room, options.phoneToken),
      secret,
      participant: toBase64Url(ed25519.getPublicKey(secret)),
      seq: 0,
    };
  });
  await Promise.all(phones.map((p) => p.synced));
  let written = 0;
  const write = (phone: (typeof phones)[number], entry: PhoneEntry) => {
    phone.seq += 1;
    const k = entryKey(phone.participant, phone.seq, randomText(6));
    const body = JSON.stringify({ protocol: ROOM_PROTOCOL, seq: phone.seq, entry });
    const sig = toBase64Url(ed25519.sign(encoder.encode(signedText(k, body)), phone.secret));
    const sealed = sealJson(key, k, { body, sig });
    sentAt.set(k, Date.now());
    phone.map.set(k, sealed);
    written += 1;
  };
  const spread = async (each: (phone: (typeof phones)[number], i: number) => void) => {
    const gap = options.spreadMs / phones.length;
    for (const [i, phone] of phones.entries()) {
      each(phone, i);
      await sleep(gap);
    }
  };

  await spread((phone) => write(phone, { kind: 'joined' }));
  await spread((phone, i) =>
    write(phone, {
      kind: 'wish',
      step: 'm1-brainstorm',
      group: (i % 6) + 1,
      text: `Ønske ${i} fra en telefon`,
    }),
  );
  await waitUntil(() => wishes.wishes.length === phones.length, 30_000);
  context = {
    ...context,
    stepId: 'm1-selection',
    task: 'vote',
    vote: 'open',
    markable: new Set(wishes.wishes.map((w) => w.id)),
  };
  const ids = wishes.wishes.map((w) => w.id);
  await spread((phone, i) => {
    for (let slot = 0; slot < 3; slot++) {
      write(phone, {
        kind: 'mark',
        step: 'm1-selection',
        slot,
        wishId: ids[(i * 7 + slot * 13) % ids.length]!,
      });
    }
  });
  const expected = phones.length * 3;
  await waitUntil(() => markMs.length >= expected, 30_000);
  const phoneMarks = wishes.marks.reduce((sum, m) => sum + m.delta, 0);
  const accepted = [...ledger.verdicts.values()].filter((v) => v === 'accepted').length;
  for (const p of [...phones, leader]) {
    p.provider.destroy();
    p.socket.destroy();
  }
  return { markMs, written, accepted, refused, phoneMarks };
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() < until) await sleep(50);
}
