import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exampleMeeting2 } from './exampleWorkplace.testHelper';
import {
  emptyMeeting2,
  groupProposals,
  interestOf,
  interestTotal,
  meeting2Schema,
  prioritisedWishIds,
  proposalsByHeading,
  type Meeting2,
} from './meeting2';
import { MAX_PEOPLE } from '../groups/splitIntoGroups';
import { isRejection } from '../outcome';
import { ok } from '../testing/ok';
import { applyMeeting2Event, type Meeting2Event } from './meeting2Events';

const apply = (events: Meeting2Event[], start: Meeting2 = emptyMeeting2()) =>
  events.reduce((m, e) => ok(applyMeeting2Event(m, e)), start);

/** Applies any events, keeping the capture when one is refused (as a replayed log does). */
const fold = (events: Meeting2Event[], start: Meeting2 = emptyMeeting2()) =>
  events.reduce((m, e) => {
    const next = applyMeeting2Event(m, e);
    return isRejection(next) ? m : next;
  }, start);

const chose = (group: number, wishIds: string[]): Meeting2Event => ({
  type: 'groupWishesChosen',
  group,
  wishIds,
});

describe('meeting 2, step 1: groups of 4', () => {
  it('records the chosen wish and its proposals per group', () => {
    const m = apply([
      chose(2, ['w02']),
      chose(1, ['w01']),
      ...['a', 'b', 'c'].map((text, n): Meeting2Event => ({
        type: 'proposalAdded',
        id: `p${n}`,
        wishId: 'w01',
        text,
        origin: { step: 'groupOfFour', group: 1 },
      })),
    ]);
    expect(m.groupChoices).toEqual([
      { group: 1, wishIds: ['w01'] },
      { group: 2, wishIds: ['w02'] },
    ]);
    expect(groupProposals(m, 1, 'w01').map((p) => p.text)).toEqual(['a', 'b', 'c']);
    expect(prioritisedWishIds(m)).toEqual(['w01', 'w02']);
  });

  it('allows two wishes (small staff group) but not three, and no duplicates', () => {
    const m = emptyMeeting2();
    expect(ok(applyMeeting2Event(m, chose(1, ['w1', 'w2']))).groupChoices).toEqual([
      { group: 1, wishIds: ['w1', 'w2'] },
    ]);
    expect(applyMeeting2Event(m, chose(1, ['w1', 'w2', 'w3']))).toBe('tooManyWishes');
    expect(applyMeeting2Event(m, chose(1, ['w1', 'w1']))).toBe('duplicateWish');
    expect(applyMeeting2Event(m, chose(0, ['w1']))).toBe('invalidGroup');
  });

  it('clears a choice with an empty list, and ignores a choice that changes nothing', () => {
    const m = apply([chose(1, ['w1'])]);
    expect(applyMeeting2Event(m, chose(1, ['w1']))).toBe(m);
    expect(ok(applyMeeting2Event(m, chose(1, []))).groupChoices).toEqual([]);
  });

  it("refuses a group's proposal for a wish the group did not choose", () => {
    const m = apply([chose(1, ['w1'])]);
    const event: Meeting2Event = {
      type: 'proposalAdded',
      id: 'p1',
      wishId: 'w9',
      text: 'x',
      origin: { step: 'groupOfFour', group: 1 },
    };
    expect(applyMeeting2Event(m, event)).toBe('wishNotChosenByGroup');
  });
});

describe('meeting 2, step 2: interest counts', () => {
  const counted = (wishId: string, count: number): Meeting2Event => ({
    type: 'interestCounted',
    wishId,
    count,
  });

  const chosen = apply([chose(1, ['w1']), chose(2, ['w2'])]);

  it('keeps one count per wish; a new count replaces it, 0 clears it', () => {
    const m = apply([counted('w1', 5), counted('w2', 7), counted('w1', 6)], chosen);
    expect(m.interestCounts).toEqual([
      { wishId: 'w2', count: 7 },
      { wishId: 'w1', count: 6 },
    ]);
    expect(apply([counted('w2', 0)], m).interestCounts).toEqual([{ wishId: 'w1', count: 6 }]);
    expect(applyMeeting2Event(m, counted('w1', 6))).toBe(m);
  });

  it('refuses counts that are not whole numbers, or more people than groups are made for', () => {
    for (const count of [-1, 2.5, Number.NaN])
      expect(applyMeeting2Event(chosen, counted('w1', count))).toBe('invalidCount');
    expect(applyMeeting2Event(chosen, counted('w1', 10_001))).toBe('tooManyPeople');
    const many = apply([counted('w1', 6_000)], chosen);
    expect(applyMeeting2Event(many, counted('w2', 4_001))).toBe('tooManyPeople');
    expect(ok(applyMeeting2Event(many, counted('w1', 9_000))).interestCounts).toEqual([
      { wishId: 'w1', count: 9_000 },
    ]);
  });

  it('keeps the phones beside the hands: each source is set on its own, both count', () => {
    const phones = (wishId: string, count: number): Meeting2Event =>
      ({
        ...counted(wishId, count),
        source: 'phone',
      }) as Meeting2Event;
    const m = apply([counted('w1', 4), phones('w1', 3), phones('w2', 2)], chosen);
    expect(m.interestCounts).toEqual([{ wishId: 'w1', count: 4 }]);
    expect(m.phoneInterest).toEqual([
      { wishId: 'w1', count: 3 },
      { wishId: 'w2', count: 2 },
    ]);
    expect(interestOf(m, 'w1')).toEqual({ paper: 4, phone: 3 });
    expect(interestTotal(m, 'w2')).toBe(2);
    expect(apply([counted('w1', 9)], m).phoneInterest).toEqual(m.phoneInterest);
    expect(apply([phones('w1', 0)], m).phoneInterest).toEqual([{ wishId: 'w2', count: 2 }]);
    expect(applyMeeting2Event(m, phones('w1', 3))).toBe(m);
    expect(applyMeeting2Event(m, phones('w3', 1))).toBe('wishNotPrioritised');
    // Hands and phones together are held to the people groups are made for.
    expect(applyMeeting2Event(m, phones('w2', 9_995))).toBe('tooManyPeople');
    expect(applyMeeting2Event(m, counted('w2', 9_994))).toBe('tooManyPeople');
  });

  it('reads a document from before phones as no phone interest', () => {
    expect(interestOf(chosen, 'w1')).toEqual({ paper: 0, phone: 0 });
    expect(meeting2Schema.safeParse({ ...chosen, phoneInterest: undefined }).success).toBe(true);
  });

  it('counts only for a wish a group of 4 chose', () => {
    expect(applyMeeting2Event(chosen, counted('w3', 4))).toBe('wishNotPrioritised');
    expect(applyMeeting2Event(chosen, counted('', 4))).toBe('wishNotPrioritised');
  });
});

describe('meeting 2, step 2: proposals under three headings', () => {
  it('sorts interest-group proposals under we, leader and partners', () => {
    const add = (id: string, heading: 'we' | 'leader' | 'partners'): Meeting2Event => ({
      type: 'proposalAdded',
      id,
      wishId: 'w1',
      text: id,
      origin: { step: 'interestGroup', heading },
    });
    const m = apply([add('a', 'we'), add('b', 'leader'), add('c', 'we'), add('d', 'partners')]);
    const by = proposalsByHeading(m, 'w1');
    expect(by.we.map((p) => p.id)).toEqual(['a', 'c']);
    expect(by.leader.map((p) => p.id)).toEqual(['b']);
    expect(by.partners.map((p) => p.id)).toEqual(['d']);
  });

  it('refuses empty text and reused ids', () => {
    const m = exampleMeeting2();
    const origin = { step: 'interestGroup', heading: 'we' } as const;
    const add = (id: string, text: string): Meeting2Event => ({
      type: 'proposalAdded',
      id,
      wishId: 'w01',
      text,
      origin,
    });
    expect(applyMeeting2Event(m, add('new', '  '))).toBe('emptyText');
    expect(applyMeeting2Event(m, add('g1-1', 'x'))).toBe('duplicateId');
  });
});

describe('meeting 2, step 3: joins keep the originals', () => {
  const join: Meeting2Event = {
    type: 'proposalsJoined',
    id: 'j1',
    theme: 'Ro',
    text: 'Samlet',
    proposalIds: ['g1-1', 'w01-we-1'],
  };

  it('joins proposals by theme without removing them', () => {
    const before = exampleMeeting2();
    const after = ok(applyMeeting2Event(before, join));
    expect(after.joins).toEqual([
      { id: 'j1', theme: 'Ro', text: 'Samlet', proposalIds: ['g1-1', 'w01-we-1'] },
    ]);
    expect(after.proposals).toBe(before.proposals);
  });

  it('protects joined proposals until the join is undone', () => {
    const m = ok(applyMeeting2Event(exampleMeeting2(), join));
    const remove: Meeting2Event = { type: 'proposalRemoved', id: 'g1-1' };
    expect(applyMeeting2Event(m, remove)).toBe('proposalJoined');
    expect(applyMeeting2Event(m, { ...join, id: 'j2' })).toBe('proposalJoined');
    const undone = ok(applyMeeting2Event(m, { type: 'joinUndone', id: 'j1' }));
    expect(undone.joins).toEqual([]);
    expect(applyMeeting2Event(undone, { type: 'joinUndone', id: 'j1' })).toBe('unknownJoin');
    expect(ok(applyMeeting2Event(undone, remove)).proposals).toHaveLength(m.proposals.length - 1);
    expect(applyMeeting2Event(undone, { type: 'proposalRemoved', id: 'nope' })).toBe(
      'unknownProposal',
    );
  });

  it('needs at least two known proposals', () => {
    const m = exampleMeeting2();
    expect(applyMeeting2Event(m, { ...join, proposalIds: ['g1-1'] })).toBe('tooFewProposals');
    expect(applyMeeting2Event(m, { ...join, proposalIds: ['g1-1', 'g1-1'] })).toBe(
      'tooFewProposals',
    );
    expect(applyMeeting2Event(m, { ...join, proposalIds: ['g1-1', 'nope'] })).toBe(
      'unknownProposal',
    );
  });
});

describe('meeting 2 reducer', () => {
  const events = fc.oneof(
    fc.record({
      type: fc.constant('groupWishesChosen' as const),
      group: fc.integer({ min: -1, max: 4 }),
      wishIds: fc.array(fc.constantFrom('w1', 'w2', 'w3'), { maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('proposalAdded' as const),
      id: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
      wishId: fc.constantFrom('w1', 'w2'),
      text: fc.string({ maxLength: 5 }),
      origin: fc.oneof(
        fc.record({
          step: fc.constant('groupOfFour' as const),
          group: fc.integer({ min: 1, max: 3 }),
        }),
        fc.record({
          step: fc.constant('interestGroup' as const),
          heading: fc.constantFrom('we' as const, 'leader' as const, 'partners' as const),
        }),
      ),
    }),
    fc.record({
      type: fc.constant('proposalsJoined' as const),
      id: fc.constantFrom('j1', 'j2', 'p1'),
      theme: fc.string({ maxLength: 5 }),
      text: fc.string({ maxLength: 5 }),
      proposalIds: fc.array(fc.constantFrom('p1', 'p2', 'p3', 'p4'), { maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('interestCounted' as const),
      wishId: fc.constantFrom('w1', 'w2'),
      count: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.integer({ min: 4_000, max: 6_000 })),
      source: fc.constantFrom(undefined, 'phone' as const),
    }),
    fc.record({ type: fc.constant('proposalRemoved' as const), id: fc.constantFrom('p1', 'p2') }),
    fc.record({ type: fc.constant('joinUndone' as const), id: fc.constantFrom('j1', 'j2') }),
  );

  it('keeps the data valid and every joined proposal present, whatever the events', () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 30 }), (list) => {
        const m = fold(list);
        expect(meeting2Schema.safeParse(m).success).toBe(true);
        const ids = new Set(m.proposals.map((p) => p.id));
        expect(ids.size).toBe(m.proposals.length);
        for (const j of m.joins) for (const id of j.proposalIds) expect(ids.has(id)).toBe(true);
        const people = [...m.interestCounts, ...(m.phoneInterest ?? [])];
        expect(people.reduce((sum, c) => sum + c.count, 0)).toBeLessThanOrEqual(MAX_PEOPLE);
      }),
    );
  });

  it('leaves the capture untouched, whether it refuses an event or takes it', () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 20 }), events, (list, event) => {
        const m = fold(list);
        const before = structuredClone(m);
        const next = applyMeeting2Event(m, event);
        expect(m).toEqual(before);
        if (!isRejection(next)) expect(meeting2Schema.safeParse(next).success).toBe(true);
      }),
    );
  });
});
