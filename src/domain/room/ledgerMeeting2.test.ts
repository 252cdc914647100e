import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRejection } from '../outcome';
import {
  emptyMeeting2,
  groupProposals,
  interestOf,
  PROPOSALS_PER_GROUP,
  prioritisedWishIds,
  type Meeting2,
} from '../plan/meeting2';
import { applyMeeting2Event, type Meeting2Event } from '../plan/meeting2Events';
import type { PhoneEntry } from './entry';
import type { PhoneArrival } from './entrySchema';
import {
  emptyLedger,
  interestTotals,
  takeAside,
  takeEntry,
  type RoomContext,
  type RoomLedger,
  type Taken,
} from './ledger';
import { phoneInterestEvents } from './phoneInterest';

const WISHES = ['w1', 'w2', 'w3', 'w4'];
const pid = (n: number) => `${'B'.repeat(42)}${'ABCDEFGH'[n]}`;
let nonce = 0;
const arrival = (participant: number, seq: number, entry: PhoneEntry): PhoneArrival => ({
  key: `p.${pid(participant)}.${seq}.n${String(nonce++).padStart(4, '0')}`,
  participant: pid(participant),
  seq,
  entry,
});

/** The context the leader's app builds from meeting 2's capture (as `roomContextOf` does). */
function contextOf(m: Meeting2, stepId: string, task: 'priority' | 'action'): RoomContext {
  const groupProposalsByKey = new Map<string, number>();
  for (const p of m.proposals) {
    if (p.origin.step !== 'groupOfFour') continue;
    const key = `${p.origin.group}/${p.wishId}`;
    groupProposalsByKey.set(key, (groupProposalsByKey.get(key) ?? 0) + 1);
  }
  return {
    now: 5_000_000,
    stepId,
    task,
    vote: 'notYet',
    groups: 5,
    markable: new Set(WISHES),
    prioritised: new Set(prioritisedWishIds(m)),
    choices: new Map(m.groupChoices.map((c) => [c.group, c.wishIds])),
    groupProposals: groupProposalsByKey,
  };
}

const PRIORITY = { id: 'm2-priority', task: 'priority' } as const;
const ACTION = { id: 'm2-action', task: 'action' } as const;
type Step = typeof PRIORITY | typeof ACTION;

function applyAll(m: Meeting2, events: readonly unknown[]): Meeting2 {
  for (const event of events) {
    const next = applyMeeting2Event(m, event as Meeting2Event);
    if (!isRejection(next)) m = next;
  }
  return m;
}

/**
 * Takes the arrivals one by one as the leader's app does: the context rebuilt from the capture
 * after every entry that made events, phone interest brought up to date after each.
 */
function run(
  arrivals: readonly PhoneArrival[],
  step: Step,
  from: { m: Meeting2; ledger?: RoomLedger; priors?: ReadonlyMap<string, string> },
) {
  let ledger = from.ledger ?? emptyLedger();
  let m = from.m;
  const verdicts: Taken['verdict'][] = [];
  for (const [i, a] of arrivals.entries()) {
    const context = { ...contextOf(m, step.id, step.task), now: 5_000_000 + i * 2_000 };
    const prior = from.priors?.get(a.key) as Parameters<typeof takeEntry>[3];
    const taken = takeEntry(ledger, a, context, prior);
    ledger = taken.ledger;
    verdicts.push(taken.verdict);
    m = applyAll(m, taken.events);
    if (taken.interestChanged) m = applyAll(m, phoneInterestEvents(m, interestTotals(ledger)));
  }
  return { ledger, m, verdicts };
}

const choice = (p: number, seq: number, group: number, wishIds: string[]) =>
  arrival(p, seq, { kind: 'choice', step: 'm2-priority', group, wishIds });
const proposal = (p: number, seq: number, group: number, wishId: string, text = 'Forslag') =>
  arrival(p, seq, { kind: 'groupProposal', step: 'm2-priority', group, wishId, text });
const interest = (p: number, seq: number, wishId: string | null) =>
  arrival(p, seq, { kind: 'interest', step: 'm2-action', wishId });

describe("meeting 2's entries: a group of 4's wish and proposals", () => {
  it("makes the group's choice and its proposals, whose ids are the entry keys", () => {
    const entries = [
      choice(0, 1, 2, ['w3']),
      proposal(0, 2, 2, 'w3', 'Faste pauser'),
      proposal(1, 1, 2, 'w3', 'Et stille rum'),
    ];
    const { m, verdicts } = run(entries, PRIORITY, { m: emptyMeeting2() });
    expect(verdicts).toEqual(['accepted', 'accepted', 'accepted']);
    expect(m.groupChoices).toEqual([{ group: 2, wishIds: ['w3'] }]);
    expect(groupProposals(m, 2, 'w3').map((p) => [p.id, p.text])).toEqual([
      [entries[1]?.key, 'Faste pauser'],
      [entries[2]?.key, 'Et stille rum'],
    ]);
  });

  it('refuses a proposal for a wish the group has not chosen, and a fourth', () => {
    const { verdicts, m } = run(
      [
        proposal(0, 1, 1, 'w1'),
        choice(0, 2, 1, ['w1']),
        ...[3, 4, 5, 6].map((seq) => proposal(0, seq, 1, 'w1', `Forslag ${seq}`)),
      ],
      PRIORITY,
      { m: emptyMeeting2() },
    );
    expect(verdicts).toEqual([
      'notChosen',
      'accepted',
      'accepted',
      'accepted',
      'accepted',
      'tooManyProposals',
    ]);
    expect(groupProposals(m, 1, 'w1')).toHaveLength(PROPOSALS_PER_GROUP);
  });

  it('refuses a choice of unknown wishes, of a group the step lacks, or one that drops proposals', () => {
    const start = run([choice(0, 1, 1, ['w1']), proposal(0, 2, 1, 'w1')], PRIORITY, {
      m: emptyMeeting2(),
    });
    const { verdicts } = run(
      [
        choice(1, 1, 1, ['w2']),
        choice(1, 2, 1, ['w1', 'gone']),
        choice(1, 3, 6, ['w1']),
        choice(1, 4, 1, ['w1', 'w2']),
      ],
      PRIORITY,
      start,
    );
    expect(verdicts).toEqual(['hasProposals', 'unknownWish', 'badGroup', 'accepted']);
  });

  it("does not make a group's choice again on a reload, where the leader may have changed it", () => {
    const entries = [choice(0, 1, 1, ['w1'])];
    const first = run(entries, PRIORITY, { m: emptyMeeting2() });
    const changed = applyAll(first.m, [{ type: 'groupWishesChosen', group: 1, wishIds: ['w2'] }]);
    const reload = run(entries, PRIORITY, { m: changed, priors: first.ledger.verdicts });
    expect(reload.m).toBe(changed);
  });
});

describe("meeting 2's entries: the wish one burns for, and proposals under the headings", () => {
  const prioritised = applyAll(emptyMeeting2(), [
    { type: 'groupWishesChosen', group: 1, wishIds: ['w1'] },
    { type: 'groupWishesChosen', group: 2, wishIds: ['w2', 'w3'] },
  ]);

  it('counts each phone once for the wish it chose last, beside the hands', () => {
    const hands = applyAll(prioritised, [{ type: 'interestCounted', wishId: 'w1', count: 4 }]);
    const { m } = run(
      [interest(0, 1, 'w1'), interest(1, 1, 'w1'), interest(0, 2, 'w2'), interest(2, 1, 'w4')],
      ACTION,
      { m: hands },
    );
    expect(interestOf(m, 'w1')).toEqual({ paper: 4, phone: 1 });
    expect(interestOf(m, 'w2')).toEqual({ paper: 0, phone: 1 });
    expect(interestOf(m, 'w4')).toEqual({ paper: 0, phone: 0 });
  });

  it('puts a proposal under its heading, for a prioritised wish only', () => {
    const we = arrival(0, 1, {
      kind: 'actionProposal',
      step: 'm2-action',
      wishId: 'w2',
      heading: 'leader',
      text: 'Spørg os først',
    });
    const stray = arrival(0, 2, {
      kind: 'actionProposal',
      step: 'm2-action',
      wishId: 'w4',
      heading: 'we',
      text: 'x',
    });
    const { m, verdicts } = run([we, stray], ACTION, { m: prioritised });
    expect(verdicts).toEqual(['accepted', 'unknownWish']);
    expect(m.proposals).toEqual([
      {
        id: we.key,
        wishId: 'w2',
        text: 'Spørg os først',
        origin: { step: 'interestGroup', heading: 'leader' },
      },
    ]);
  });

  it('keeps aside an interest that arrives in step 1, and the leader may take it in anyway', () => {
    const early = interest(3, 1, 'w3');
    const { ledger, m } = run([early], PRIORITY, { m: prioritised });
    expect(ledger.aside.map((a) => a.verdict)).toEqual(['late']);
    const taken = takeAside(ledger, early.key, contextOf(m, ACTION.id, ACTION.task));
    expect(taken.verdict).toBe('accepted');
    expect(taken.ledger.aside).toEqual([]);
    expect(taken.ledger.verdicts.get(early.key)).toBe('accepted');
    expect(interestTotals(taken.ledger).get('w3')).toBe(1);
    // Taking it in again changes nothing.
    expect(takeAside(taken.ledger, early.key, contextOf(m, ACTION.id, ACTION.task)).ledger).toBe(
      taken.ledger,
    );
  });

  it('holds, for any entries in any order, to the rules and counts each phone once', () => {
    const entryArb = fc.oneof(
      fc.record({
        kind: fc.constant('choice' as const),
        group: fc.integer({ min: 1, max: 3 }),
        wishIds: fc.uniqueArray(fc.constantFrom(...WISHES), { maxLength: 2 }),
      }),
      fc.record({
        kind: fc.constant('groupProposal' as const),
        group: fc.integer({ min: 1, max: 3 }),
        wishId: fc.constantFrom(...WISHES),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), entryArb), { maxLength: 30 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom('w1', 'w2', 'w3', null))),
        (priority, interests) => {
          const seqs = new Map<number, number>();
          const next = (p: number) => seqs.set(p, (seqs.get(p) ?? 0) + 1).get(p) ?? 0;
          const arrivals = priority.map(([p, e]) =>
            e.kind === 'choice'
              ? choice(p, next(p), e.group, e.wishIds)
              : proposal(p, next(p), e.group, e.wishId),
          );
          const one = run(arrivals, PRIORITY, { m: emptyMeeting2() });
          for (const c of one.m.groupChoices) {
            for (const wishId of WISHES) {
              const written = groupProposals(one.m, c.group, wishId).length;
              expect(written).toBeLessThanOrEqual(PROPOSALS_PER_GROUP);
            }
          }
          for (const p of one.m.proposals) {
            const { origin } = p;
            if (origin.step !== 'groupOfFour') throw new Error('unexpected');
            const chosen = one.m.groupChoices.find((c) => c.group === origin.group);
            expect(chosen?.wishIds).toContain(p.wishId);
          }
          const voted = interests.map(([p, wishId]) => interest(p, next(p), wishId));
          const two = run(voted, ACTION, { m: one.m, ledger: one.ledger });
          // Each phone's latest interest the rules took (a wish not prioritised is refused).
          const prioritisedNow = new Set(prioritisedWishIds(two.m));
          const latest = new Map<number, string | null>();
          for (const [p, wishId] of interests) {
            if (wishId === null || prioritisedNow.has(wishId)) latest.set(p, wishId);
          }
          for (const wishId of prioritisedNow) {
            const expected = [...latest.values()].filter((w) => w === wishId).length;
            expect(interestOf(two.m, wishId).phone).toBe(expected);
          }
          // A reload (the same entries, the verdicts kept) changes nothing.
          const again = run([...arrivals, ...voted], PRIORITY, {
            m: two.m,
            priors: two.ledger.verdicts,
          });
          expect(again.m).toEqual(two.m);
        },
      ),
      { numRuns: 150 },
    );
  });
});
