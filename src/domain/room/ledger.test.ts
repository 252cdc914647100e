import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRejection } from '../outcome';
import { applyWishesEvent } from '../wishes/events';
import { bruttoliste } from '../wishes/bruttoliste';
import { rowTotal } from '../wishes/marks';
import { AT, replay } from '../wishes/exampleWorkplace.testHelper';
import type { WishesSection } from '../wishes/types';
import type { PhoneEntry } from './entry';
import type { PhoneArrival } from './entrySchema';
import {
  emptyLedger,
  phonesIn,
  ROOM_RULES,
  slotTotals,
  takeAside,
  takeEntry,
  type RoomContext,
  type RoomLedger,
  type Verdict,
} from './ledger';
import { phoneMarkEvents } from './phoneMarks';

const WISHES = ['w1', 'w2', 'w3', 'w4'];
const section = replay(
  WISHES.map((id, i) => ({ type: 'wishAdded', wishId: id, text: `Ønske ${i}`, group: 1, at: AT })),
);
const pid = (n: number) => `${'A'.repeat(42)}${'ABCDEFGH'[n]}`;

const voting: RoomContext = {
  now: 1_000_000,
  stepId: 'm1-selection',
  task: 'vote',
  vote: 'open',
  groups: 6,
  markable: new Set(WISHES),
  prioritised: new Set(),
  choices: new Map(),
  groupProposals: new Map(),
};
const brainstorm: RoomContext = {
  ...voting,
  stepId: 'm1-brainstorm',
  task: 'wishes',
  vote: 'notYet',
};

let nonce = 0;
const arrival = (participant: number, seq: number, entry: PhoneEntry): PhoneArrival => ({
  key: `p.${pid(participant)}.${seq}.n${String(nonce++).padStart(4, '0')}`,
  participant: pid(participant),
  seq,
  entry,
});
const mark = (p: number, seq: number, slot: number, wishId: string | null) =>
  arrival(p, seq, { kind: 'mark', step: 'm1-selection', slot, wishId });

interface Run {
  ledger?: RoomLedger;
  section: WishesSection;
  /** Verdicts stored with the room, as a reload finds them. */
  priors?: ReadonlyMap<string, Verdict>;
  /** Bring the marks up to date after the last entry only, as the app does with one batch. */
  batch?: boolean;
}

/**
 * Takes the arrivals in order, `spacingMs` apart, applying every event to the section as the
 * leader's app does.
 */
function run(
  arrivals: readonly PhoneArrival[],
  context = voting,
  from: Run = { section },
  spacingMs: number = ROOM_RULES.refillMs,
) {
  let ledger = from.ledger ?? emptyLedger();
  let s = from.section;
  let marksChanged = false;
  for (const [i, a] of arrivals.entries()) {
    const now = context.now + i * spacingMs;
    const taken = takeEntry(ledger, a, { ...context, now }, from.priors?.get(a.key));
    ledger = taken.ledger;
    for (const event of taken.events) {
      if (event.type !== 'wishAdded' && event.type !== 'strengthAdded')
        throw new Error('unexpected');
      const next = applyWishesEvent(s, event, { participants: null });
      if (!isRejection(next)) s = next;
    }
    marksChanged ||= taken.marksChanged;
    if (marksChanged && !from.batch) s = applyAll(s, phoneMarkEvents(s, slotTotals(ledger), AT));
  }
  if (marksChanged && from.batch) s = applyAll(s, phoneMarkEvents(s, slotTotals(ledger), AT));
  return { ledger, section: s };
}

function applyAll(s: WishesSection, events: ReturnType<typeof phoneMarkEvents>) {
  for (const event of events) {
    const next = applyWishesEvent(s, event, { participants: null });
    if (isRejection(next)) throw new Error(next);
    s = next;
  }
  return s;
}

const phoneTotals = (s: WishesSection) => WISHES.map((id) => rowTotal(s, id, 'phone'));

describe('the leader taking phone entries', () => {
  it('turns a wish into a process wish whose id is the entry key, once', () => {
    const wish = arrival(0, 1, {
      kind: 'wish',
      step: 'm1-brainstorm',
      group: 2,
      text: '<b>Mere ro</b> 🙂',
    });
    const once = run([wish], brainstorm);
    const added = once.section.wishes.at(-1);
    expect(added).toMatchObject({ id: wish.key, text: '<b>Mere ro</b> 🙂', group: 2 });
    // The same entry again (a reload, a second sync) changes nothing.
    const again = run([wish], brainstorm, once);
    expect(again.section).toBe(once.section);
    expect(again.ledger).toBe(once.ledger);
  });

  it('keeps aside a wish that arrives after its step closed, and shows why', () => {
    const late = arrival(1, 1, { kind: 'wish', step: 'm1-brainstorm', group: 1, text: 'Sent' });
    const { ledger, section: s } = run([late], voting);
    expect(s).toBe(section);
    expect(ledger.aside).toEqual([{ arrival: late, verdict: 'late' }]);
    expect(ledger.verdicts.get(late.key)).toBe('late');
  });

  it('keeps the verdict a reload finds stored, whatever the step is now', () => {
    const wish = arrival(0, 1, { kind: 'wish', step: 'm1-brainstorm', group: 2, text: 'Ro' });
    const taken = takeEntry(emptyLedger(), wish, voting, 'accepted');
    expect(taken.verdict).toBe('accepted');
    expect(taken.events).toHaveLength(1);
  });

  it('refuses a group the step does not have and marks on wishes not on the list', () => {
    const group = arrival(0, 1, { kind: 'wish', step: 'm1-brainstorm', group: 7, text: 'Ro' });
    expect(takeEntry(emptyLedger(), group, brainstorm).verdict).toBe('badGroup');
    expect(takeEntry(emptyLedger(), mark(0, 1, 0, 'gone'), voting).verdict).toBe('unknownWish');
  });

  it('limits how fast one phone may write, not the others', () => {
    const many = Array.from({ length: ROOM_RULES.burst + 5 }, (_, i) =>
      arrival(0, i + 1, { kind: 'wish', step: 'm1-brainstorm', group: 1, text: `Ønske ${i}` }),
    );
    const { ledger } = run(
      [...many, arrival(1, 1, { kind: 'joined' })],
      brainstorm,
      { section },
      0,
    );
    const refused = [...ledger.verdicts.values()].filter((v) => v === 'rateLimited');
    expect(refused).toHaveLength(5);
    expect(ledger.verdicts.get([...ledger.verdicts.keys()].at(-1) ?? '')).toBe('accepted');
    expect(phonesIn(ledger)).toBe(2);
  });

  it('counts three slots per participant: moving a mark moves it, an older move changes nothing', () => {
    const { section: s, ledger } = run([
      mark(0, 1, 0, 'w1'),
      mark(0, 2, 1, 'w1'),
      mark(0, 3, 2, 'w2'),
      mark(0, 5, 1, 'w3'),
      mark(0, 4, 1, 'w4'),
      mark(1, 1, 0, 'w3'),
    ]);
    expect(phoneTotals(s)).toEqual([1, 1, 2, 0]);
    expect(ledger.tookPart.get('m1-selection')?.size).toBe(2);
    expect(bruttoliste(s).reduce((sum, row) => sum + row.total, 0)).toBe(4);
  });

  it('keeps aside marks placed after the vote closed', () => {
    const closed = { ...voting, vote: 'closed' as const };
    const { section: s, ledger } = run([mark(0, 1, 0, 'w1')], closed);
    expect(phoneTotals(s)).toEqual([0, 0, 0, 0]);
    expect(ledger.aside.map((a) => a.verdict)).toEqual(['late']);
  });

  it('ends with the marks the latest slots hold, in any arrival order, and repeating changes nothing', () => {
    const markArb = fc.record({
      participant: fc.integer({ min: 0, max: 4 }),
      seq: fc.integer({ min: 1, max: 40 }),
      slot: fc.integer({ min: 0, max: 2 }),
      wishId: fc.option(fc.constantFrom(...WISHES), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(markArb, { selector: (m) => `${m.participant}/${m.seq}`, maxLength: 30 }),
        fc.infiniteStream(fc.nat()),
        (marks, order) => {
          const arrivals = marks.map((m) => mark(m.participant, m.seq, m.slot, m.wishId));
          // The expected slots: each participant's highest sequence number per slot wins.
          const latest = new Map<string, (typeof marks)[number]>();
          for (const m of marks) {
            const key = `${m.participant}/${m.slot}`;
            if ((latest.get(key)?.seq ?? -1) < m.seq) latest.set(key, m);
          }
          const expected = WISHES.map(
            (id) => [...latest.values()].filter((m) => m.wishId === id).length,
          );
          const shuffled = arrivals
            .map((a) => ({ a, r: order.next().value as number }))
            .sort((x, y) => x.r - y.r)
            .map(({ a }) => a);
          const first = run(shuffled);
          expect(phoneTotals(first.section)).toEqual(expected);
          // No participant ever has more than three marks counted.
          expect(phoneTotals(first.section).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3 * 5);
          // A reload folds the same entries into a fresh ledger against the same document.
          const reload = run(arrivals, voting, {
            section: first.section,
            priors: first.ledger.verdicts,
            batch: true,
          });
          expect(reload.section).toBe(first.section);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('taking in an entry kept aside (»Tag med alligevel«)', () => {
  const wishAt = (p: number, seq: number, group: number, text: string) =>
    arrival(p, seq, { kind: 'wish', step: 'm1-brainstorm', group, text });

  it('takes a late wish in, as the step would have, and only once', () => {
    const late = wishAt(0, 1, 2, 'Sent, men godt');
    const { ledger } = run([late], voting);
    const taken = takeAside(ledger, late.key, brainstorm);
    expect(taken.verdict).toBe('accepted');
    expect(taken.events).toEqual([
      {
        type: 'wishAdded',
        wishId: late.key,
        text: 'Sent, men godt',
        group: 2,
        at: expect.any(String),
      },
    ]);
    expect(taken.ledger.aside).toEqual([]);
    expect(taken.ledger.tookPart.get('m1-brainstorm')?.has(late.participant)).toBe(true);
    expect(takeAside(taken.ledger, late.key, brainstorm).verdict).toBe('repeated');
  });

  it("still holds the step's rules: a group the step lacks stays aside, with that reason", () => {
    const late = wishAt(0, 1, 9, 'Gruppe 9');
    const { ledger } = run([late], voting);
    const taken = takeAside(ledger, late.key, brainstorm);
    expect(taken.verdict).toBe('badGroup');
    expect(taken.events).toEqual([]);
    expect(taken.ledger.aside).toEqual([{ arrival: late, verdict: 'badGroup' }]);
  });

  it('makes the same events, for any late entries, as taking them while the step was open', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 8 })), {
          maxLength: 15,
        }),
        (written) => {
          const arrivals = written.map(([p, group], i) => wishAt(p, i + 1, group, `Ønske ${i}`));
          const onTime = run(arrivals, brainstorm);
          let { ledger } = run(arrivals, voting);
          let s = section;
          for (const a of arrivals) {
            const taken = takeAside(ledger, a.key, brainstorm);
            ledger = taken.ledger;
            for (const event of taken.events) {
              if (event.type !== 'wishAdded') throw new Error('unexpected');
              const next = applyWishesEvent(s, event, { participants: null });
              if (!isRejection(next)) s = next;
            }
          }
          expect(s.wishes.map((w) => [w.id, w.group])).toEqual(
            onTime.section.wishes.map((w) => [w.id, w.group]),
          );
          expect(ledger.aside.map((a) => a.verdict)).toEqual(
            onTime.ledger.aside.map((a) => a.verdict),
          );
        },
      ),
    );
  });
});
