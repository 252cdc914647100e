import { ed25519 } from '@noble/curves/ed25519.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ProcessEvent } from '../../domain/events';
import { entryKey, signedText, type PhoneEntry } from '../../domain/room/entry';
import { ROOM_PROTOCOL } from '../../domain/room/view';
import { createProcess } from '../../domain/document';
import { clock } from '../clock';
import { randomKey, randomText, sealJson, toBase64Url } from '../share/codec';
import { useAppStore } from '../store';
import { LeaderRoom, type RoomStatus } from './leaderRoom';
import type { RoomRecord } from './roomRecords';

const roomKey = randomKey();
const record = (): RoomRecord => ({
  processId: 'p1',
  room: randomText(16),
  leadToken: randomText(32),
  phoneToken: randomText(32),
  key: toBase64Url(roomKey),
  control: { open: true, voteClosed: false },
  verdicts: [],
  state: null,
});

/** A phone as the phone page is one: its own key pair, signed and sealed entries of its own. */
function phone() {
  const secret = ed25519.utils.randomSecretKey();
  const participant = toBase64Url(ed25519.getPublicKey(secret));
  const doc = new Y.Doc();
  let seq = 0;
  return {
    participant,
    /** Writes one entry; returns its key. `forge` signs for another key, as a hostile phone. */
    write(entry: PhoneEntry, forge = false): string {
      seq += 1;
      const key = entryKey(participant, seq, randomText(6));
      const body = JSON.stringify({ protocol: ROOM_PROTOCOL, seq, entry });
      const signed = forge ? `${key}x` : signedText(key, body);
      const sig = toBase64Url(ed25519.sign(new TextEncoder().encode(signed), secret));
      doc.getMap<Uint8Array>('events').set(key, sealJson(roomKey, key, { body, sig }));
      return key;
    },
    /** Sends what it wrote to the leader's room, as the sync server would. */
    sendTo(room: LeaderRoom) {
      Y.applyUpdate(room.ydoc, Y.encodeStateAsUpdate(doc), 'server');
    },
  };
}

const record1 = (event: ProcessEvent) => {
  const outcome = useAppStore.getState().eventRecorded('p1', event);
  if (!outcome.ok) throw new Error(outcome.reason);
};
const at = () => clock.now().getTime();
const step = (meeting: 'meeting1' | 'meeting2', stepId: string) => {
  record1({ type: 'timerJumpedToStep', meeting, stepId, at: at() });
};

let rooms: LeaderRoom[] = [];
function leader(from: RoomRecord) {
  const statuses: RoomStatus[] = [];
  const room = new LeaderRoom(from, {
    statusChanged: (s) => statuses.push(s),
    recordChanged: () => {},
  });
  rooms.push(room);
  return { room, statuses, status: () => room.status };
}

const currentProcess = () => useAppStore.getState().processes.p1!;

beforeEach(() => {
  const process = createProcess({ id: 'p1', name: 'Solsikken', now: clock.now() });
  useAppStore.setState({ hydrated: true, processes: { p1: process } });
  record1({ type: 'participantsSet', count: 24 } as ProcessEvent);
  record1({ type: 'timerStarted', meeting: 'meeting1', at: at() });
});
afterEach(() => {
  for (const room of rooms) room.close();
  rooms = [];
});

describe('the leader’s room session', () => {
  it('accepts a wish in its step as a process wish whose id is the entry key', () => {
    step('meeting1', 'm1-brainstorm');
    const { room, status } = leader(record());
    const scribe = phone();
    const key = scribe.write({ kind: 'wish', step: 'm1-brainstorm', group: 2, text: '<b>Ro</b>' });
    scribe.sendTo(room);
    expect(currentProcess().wishes.wishes).toEqual([
      expect.objectContaining({ id: key, text: '<b>Ro</b>', group: 2 }),
    ]);
    expect(status().tookPart['m1-brainstorm']).toBe(1);
    expect(status().phones).toBe(1);
  });

  it('refuses a group the step does not have, and does not read a forged entry', () => {
    step('meeting1', 'm1-brainstorm');
    const { room, status } = leader(record());
    const scribe = phone();
    scribe.write({ kind: 'wish', step: 'm1-brainstorm', group: 99, text: 'Gruppe 99' });
    scribe.write({ kind: 'wish', step: 'm1-brainstorm', group: 1, text: 'Falsk' }, true);
    scribe.sendTo(room);
    expect(currentProcess().wishes.wishes).toEqual([]);
    expect(status().aside.map((a) => a.verdict)).toEqual(['badGroup']);
    expect(status().unreadable).toBe(1);
  });

  it('keeps aside a wish that comes after its step, and takes it in when the leader says so', () => {
    step('meeting1', 'm1-selection');
    const { room, status } = leader(record());
    const scribe = phone();
    const key = scribe.write({ kind: 'wish', step: 'm1-brainstorm', group: 1, text: 'Sent' });
    scribe.sendTo(room);
    expect(currentProcess().wishes.wishes).toEqual([]);
    expect(status().aside).toEqual([expect.objectContaining({ verdict: 'late' })]);
    expect(room.takeAnyway(key)).toBe('accepted');
    expect(currentProcess().wishes.wishes.map((w) => w.id)).toEqual([key]);
    expect(status().aside).toEqual([]);
    expect(room.takeAnyway(key)).toBe('repeated');
    expect(currentProcess().wishes.wishes).toHaveLength(1);
  });

  it('decides the same after a reload, and repeating changes nothing', () => {
    step('meeting1', 'm1-brainstorm');
    const first = leader(record());
    const scribe = phone();
    scribe.write({ kind: 'wish', step: 'm1-brainstorm', group: 1, text: 'Ro' });
    scribe.sendTo(first.room);
    step('meeting1', 'm1-selection');
    const late = scribe.write({ kind: 'wish', step: 'm1-brainstorm', group: 1, text: 'Sent' });
    scribe.sendTo(first.room);
    first.room.takeAnyway(late);
    const aside = scribe.write({
      kind: 'wish',
      step: 'm1-brainstorm',
      group: 1,
      text: 'Også sent',
    });
    scribe.sendTo(first.room);
    // Sent again (a phone reconnecting), then the leader's window reloads from what it kept.
    scribe.sendTo(first.room);
    const wishes = currentProcess().wishes;
    const kept = first.room.snapshot();
    first.room.close();
    const again = leader(kept);
    scribe.sendTo(again.room);
    expect(currentProcess().wishes).toBe(wishes);
    expect(wishes.wishes.map((w) => w.text)).toEqual(['Ro', 'Sent']);
    expect(again.status().aside.map((a) => a.arrival.key)).toEqual([aside]);
  });

  it("takes meeting 2's choice, proposals and interest into the process, beside the hands", () => {
    record1({ type: 'wishAdded', wishId: 'w1', text: 'Ro', group: 1, at: '2026-11-25T10:00:00Z' });
    record1({ type: 'wishAdded', wishId: 'w2', text: 'Tid', group: 2, at: '2026-11-25T10:00:00Z' });
    record1({ type: 'projectorShown', meeting: 'meeting2', view: 'agenda' } as ProcessEvent);
    record1({ type: 'timerStarted', meeting: 'meeting2', at: at() });
    const { room, status } = leader(record());
    const scribe = phone();
    scribe.write({ kind: 'choice', step: 'm2-priority', group: 1, wishIds: ['w2'] });
    const proposal = scribe.write({
      kind: 'groupProposal',
      step: 'm2-priority',
      group: 1,
      wishId: 'w2',
      text: 'Faste møder',
    });
    scribe.sendTo(room);
    expect(currentProcess().meeting2.groupChoices).toEqual([{ group: 1, wishIds: ['w2'] }]);
    expect(currentProcess().meeting2.proposals.map((p) => p.id)).toEqual([proposal]);
    step('meeting2', 'm2-action');
    record1({ type: 'interestCounted', wishId: 'w2', count: 2 });
    const people = [phone(), phone(), phone()];
    for (const p of people) p.write({ kind: 'interest', step: 'm2-action', wishId: 'w2' });
    people[2]!.write({ kind: 'interest', step: 'm2-action', wishId: null });
    for (const p of people) p.sendTo(room);
    expect(currentProcess().meeting2.interestCounts).toEqual([{ wishId: 'w2', count: 2 }]);
    expect(currentProcess().meeting2.phoneInterest).toEqual([{ wishId: 'w2', count: 2 }]);
    expect(status().tookPart['m2-action']).toBe(3);
  });
});
