import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldEvent } from '../apply';
import { createProcess, type ApvProcess } from '../document';
import { isRejection } from '../outcome';
import { processEvent } from '../testing/eventArbitrary';
import { seedWishes } from '../wishes/arbitraries.testHelper';
import {
  compactLog,
  compareEntries,
  emptyLog,
  entryTime,
  insertEntries,
  type EventLog,
} from './eventLog';
import { hlcSeen, hlcStart, hlcTick, type Hlc } from './hlc';
import { makeEntry, type LogEntry } from './logEntry';
import {
  readWireEntry,
  recordHere,
  startReplica,
  takeArrivals,
  takeSnapshot,
  toWire,
} from './replica';

const start = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2027-01-01T08:00:00Z') });
const base: ApvProcess = seedWishes.reduce(
  (doc, e) => foldEvent(doc, e, '2027-01-12T12:00:00.000Z'),
  start,
);
const NOON = Date.UTC(2027, 0, 12, 13);
const MAX_WINDOWS = 4;

/**
 * Windows of one browser: one wall clock, a channel that keeps each sender's order but mixes
 * senders, windows that open later (from a stored copy, then another window's snapshot).
 */
type Step =
  | { kind: 'make'; window: number; event: unknown; later: number }
  | { kind: 'deliver'; to: number; from: number; count: number }
  | { kind: 'open'; from: number; stale: boolean; editFirst: unknown };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('make' as const),
      window: fc.nat(MAX_WINDOWS - 1),
      event: processEvent,
      later: fc.integer({ min: 0, max: 300 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      to: fc.nat(MAX_WINDOWS - 1),
      from: fc.nat(MAX_WINDOWS - 1),
      count: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('open' as const),
      from: fc.nat(MAX_WINDOWS - 1),
      stale: fc.boolean(),
      editFirst: fc.option(processEvent, { nil: null }),
    }),
  },
);

interface Window {
  clock: Hlc;
  log: EventLog;
  /** What each other window has sent it and it has not read yet, in the order sent. */
  inbox: Map<number, LogEntry[]>;
}

function run(steps: readonly Step[]) {
  const windows: Window[] = [0, 1].map((i) => newWindow(i, base));
  const made: LogEntry[] = [];
  let time = NOON;
  let count = 0;

  function newWindow(i: number, doc: ApvProcess): Window {
    return { clock: hlcStart(`window-${i}-xxxx`), log: startReplica(doc), inbox: new Map() };
  }
  const read = (w: Window, entries: LogEntry[]) => {
    for (const entry of entries) w.clock = hlcSeen(w.clock, entry.hlc);
    w.log = takeArrivals(w.log, entries);
  };
  const drain = (w: Window) => {
    for (const [from, queue] of w.inbox) {
      read(w, queue);
      w.inbox.set(from, []);
    }
  };
  const make = (i: number, event: unknown) => {
    const w = windows[i]!;
    const clock = hlcTick(w.clock, time);
    const entry = makeEntry(`entry-${count++}-xxx`, clock, event as never);
    const next = recordHere(w.log, entry);
    if (isRejection(next)) return;
    w.clock = clock;
    w.log = next;
    made.push(entry);
    windows.forEach((other, j) => {
      if (j !== i) other.inbox.set(i, [...(other.inbox.get(i) ?? []), entry]);
    });
  };

  for (const s of steps) {
    if (s.kind === 'make' && s.window < windows.length) {
      time += s.later;
      make(s.window, s.event);
    } else if (s.kind === 'deliver' && s.to < windows.length) {
      const w = windows[s.to]!;
      const queue = w.inbox.get(s.from) ?? [];
      read(w, queue.slice(0, s.count));
      w.inbox.set(s.from, queue.slice(s.count));
    } else if (s.kind === 'open' && windows.length < MAX_WINDOWS && s.from < windows.length) {
      // The new window read a stored copy (perhaps behind); the answering window has read
      // what was sent before the new one said hello.
      const giver = windows[s.from]!;
      drain(giver);
      const joiner = newWindow(windows.length, s.stale ? base : giver.log.doc);
      windows.push(joiner);
      if (s.editFirst !== null) make(windows.length - 1, s.editFirst);
      const { base: theirBase, entries } = giver.log;
      for (const entry of entries) joiner.clock = hlcSeen(joiner.clock, entry.hlc);
      joiner.log = takeSnapshot(joiner.log, theirBase, entries);
    }
  }
  windows.forEach(drain);
  return { windows, made };
}

/** Every entry applied once, in clock order, from the start. */
const inClockOrder = (entries: readonly LogEntry[]): ApvProcess =>
  [...entries].sort(compareEntries).reduce((doc, e) => foldEvent(doc, e.event, entryTime(e)), base);

describe('windows of one browser', () => {
  it('all show the same document, the one all their events give in clock order', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 90 }), (steps) => {
        const { windows, made } = run(steps);
        const expected = inClockOrder(made);
        for (const w of windows) expect(w.log.doc).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('send entries that come back the same through the check', () => {
    fc.assert(
      fc.property(processEvent, fc.integer({ min: 0, max: 999_999 }), (event, counter) => {
        const entry = makeEntry(
          'entry-0001-x',
          { wall: NOON, counter, device: 'window-a-x' },
          event as never,
        );
        const read = readWireEntry({ ...toWire('p1', entry) });
        // An event the schema refuses is refused on both sides.
        if (read.ok) expect(read).toEqual({ ok: true, processId: 'p1', entry });
      }),
    );
  });
});

describe('a compacted log', () => {
  it('shows the same document, and the same after newer entries, as the whole log', () => {
    fc.assert(
      fc.property(
        fc.array(processEvent, { minLength: 1, maxLength: 40 }),
        fc.nat(40),
        (events, split) => {
          const entries = events.map((event, i) =>
            makeEntry(
              `entry-${i}-xxxx`,
              { wall: NOON + i * 1000, counter: 0, device: 'window-a-x' },
              event as never,
            ),
          );
          const [older, newer] = [entries.slice(0, split), entries.slice(split)];
          const whole = insertEntries(emptyLog(base, 4), older);
          const compact = compactLog(whole, NOON + split * 1000);
          expect(compact.doc).toEqual(whole.doc);
          expect(compact.entries.length).toBeLessThanOrEqual(whole.entries.length);
          expect(insertEntries(compact, newer).doc).toEqual(insertEntries(whole, newer).doc);
        },
      ),
    );
  });
});
