import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProcess, type ApvProcess } from '../document';
import { foldEvent } from '../apply';
import { isRejection } from '../outcome';
import { processEvent } from '../testing/eventArbitrary';
import { seedWishes } from '../wishes/arbitraries.testHelper';
import {
  appendEntry,
  compareEntries,
  emptyLog,
  entryTime,
  insertEntries,
  type EventLog,
} from './eventLog';
import { hlcSeen, hlcStart, hlcTick, type Hlc } from './hlc';
import { makeEntry, type LogEntry } from './logEntry';

const start = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2027-01-01T08:00:00Z') });
const base: ApvProcess = seedWishes.reduce(
  (doc, e) => foldEvent(doc, e, '2027-01-12T12:00:00.000Z'),
  start,
);
const DEVICES = ['device-aaaa', 'device-bbbb', 'device-cccc'] as const;
/** Wall clocks around the meeting, each device's own and not in step. */
const NOON = Date.UTC(2027, 0, 12, 13);

/** What happens in a run: a device makes an event, or some entries reach a device. */
type Step =
  | { kind: 'make'; device: number; event: unknown; drift: number }
  | { kind: 'deliver'; to: number; picks: number[]; twice: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('make' as const),
      device: fc.integer({ min: 0, max: 2 }),
      event: processEvent,
      drift: fc.integer({ min: -60_000, max: 60_000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      to: fc.integer({ min: 0, max: 2 }),
      picks: fc.array(fc.nat(), { maxLength: 8 }),
      twice: fc.boolean(),
    }),
  },
);

interface Device {
  clock: Hlc;
  log: EventLog;
}

/** Runs the steps with checkpoints every `every` entries; then everything reaches everyone. */
function run(steps: readonly Step[], every: number) {
  const devices: Device[] = DEVICES.map((id) => ({
    clock: hlcStart(id),
    log: emptyLog(base, every),
  }));
  const made: LogEntry[] = [];
  let time = NOON;
  const take = (device: Device, entries: LogEntry[]) => {
    device.log = insertEntries(device.log, entries);
    for (const entry of entries) device.clock = hlcSeen(device.clock, entry.hlc);
  };
  for (const s of steps) {
    time += 1_000;
    if (s.kind === 'make') {
      const device = devices[s.device]!;
      device.clock = hlcTick(device.clock, time + s.drift);
      const entry = makeEntry(`e${made.length}-${s.device}xxxxx`, device.clock, s.event as never);
      const next = appendEntry(device.log, entry);
      // A refused local event is not logged and goes nowhere, as in the app.
      if (!isRejection(next)) {
        device.log = next;
        made.push(entry);
      }
    } else if (made.length > 0) {
      const picked = s.picks.map((p) => made[p % made.length]!);
      take(devices[s.to]!, s.twice ? [...picked, ...picked] : picked);
    }
  }
  for (const device of devices) take(device, [...made].reverse());
  return { devices, made };
}

/** The reference: every entry applied once, in clock order, from the start. */
function inClockOrder(entries: readonly LogEntry[]): ApvProcess {
  return [...entries]
    .sort(compareEntries)
    .reduce((doc, e) => foldEvent(doc, e.event, entryTime(e)), base);
}

describe('a shared event log', () => {
  it('gives every device the same document, equal to applying all events in clock order', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), fc.constantFrom(2, 5, 128), (steps, every) => {
        const { devices, made } = run(steps, every);
        const expected = inClockOrder(made);
        for (const device of devices) {
          expect(device.log.entries).toHaveLength(made.length);
          expect(device.log.doc).toEqual(expected);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('keeps its checkpoints equal to folding the entries before them', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 80 }), (steps) => {
        const { devices } = run(steps, 3);
        for (const { log } of devices) {
          log.checkpoints.forEach((checkpoint, k) =>
            expect(checkpoint).toEqual(inClockOrder(log.entries.slice(0, k * 3))),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('changes nothing for entries it already holds', () => {
    const { devices, made } = run(
      [
        {
          kind: 'make',
          device: 0,
          event: { type: 'processRenamed', name: 'Mælkebøtten' },
          drift: 0,
        },
      ],
      4,
    );
    const log = devices[1]!.log;
    expect(log.doc.name).toBe('Mælkebøtten');
    expect(insertEntries(log, made)).toBe(log);
  });
});
