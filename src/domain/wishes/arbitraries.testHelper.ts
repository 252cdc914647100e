/** Test-only: fast-check generators of wishes events over small id pools, so events collide. */
import fc from 'fast-check';
import { ANALYSIS_POINT_IDS, WISH_DECISIONS } from './types';
import type { WishesEvent } from './events';

export const WISH_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
export const THEME_IDS = ['t1', 't2', 't3'];
const MERGE_IDS = ['m1', 'm2', 'm3', 'm4'];

/** Mostly valid values, sometimes a bad one, so both paths of the reducer are exercised. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 6 }, { arbitrary: bad, weight: 1 });

const at = mostly(
  fc.constantFrom('2027-01-12T13:00:00+01:00', '2027-01-12T14:30:00Z'),
  fc.constant('not a time'),
);
const wishId = mostly(fc.constantFrom(...WISH_IDS), fc.constant('unknown'));
const themeId = fc.constantFrom(...THEME_IDS);
const text = mostly(
  fc.oneof(fc.constantFrom('Ro', ' ro ', 'Mere tid'), fc.string({ minLength: 1, maxLength: 8 })),
  fc.constantFrom('', '   '),
);
const group = mostly(fc.integer({ min: 1, max: 6 }), fc.constantFrom(0, -1, 1.5, Number.NaN));
const count = mostly(
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom(-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9),
);
const index = mostly(fc.integer({ min: 0, max: 5 }), fc.constantFrom(-1, 0.5));

export const themeEvent: fc.Arbitrary<WishesEvent> = fc.oneof(
  fc.record({ type: fc.constant('themeCreated' as const), themeId, name: text }),
  fc.record({ type: fc.constant('themeRenamed' as const), themeId, name: text }),
  fc.record({ type: fc.constant('themeMoved' as const), themeId, index }),
  fc.record({ type: fc.constant('themeRemoved' as const), themeId }),
  fc.record({ type: fc.constant('wishThemed' as const), wishId, themeId, index }),
  fc.record({ type: fc.constant('wishUnthemed' as const), wishId }),
);

export const listEvent: fc.Arbitrary<WishesEvent> = fc.oneof(
  fc.record({ type: fc.constant('wishAdded' as const), wishId, text, group, at }),
  fc.record({ type: fc.constant('wishEdited' as const), wishId, text, group }),
  fc.record({ type: fc.constant('wishRemoved' as const), wishId, at }),
  fc.record({ type: fc.constant('wishRestored' as const), wishId }),
  fc.record({
    type: fc.constant('wishesMerged' as const),
    mergeId: fc.constantFrom(...MERGE_IDS),
    targetId: wishId,
    sourceIds: mostly(
      fc.uniqueArray(fc.constantFrom(...WISH_IDS), { minLength: 1, maxLength: 3 }),
      fc.array(wishId, { maxLength: 3 }),
    ),
    text,
    at,
  }),
  fc.record({
    type: fc.constant('wishesUnmerged' as const),
    mergeId: fc.constantFrom(...MERGE_IDS),
  }),
);

/** Entry ids are numbered by the caller (see withEntryIds) so most marks events are new. */
const markEvent: fc.Arbitrary<WishesEvent> = fc.oneof(
  fc.record({
    type: fc.constant('marksCounted' as const),
    entryId: fc.constant(''),
    wishId,
    count,
    at,
  }),
  fc.record({
    type: fc.constant('marksAdjusted' as const),
    entryId: fc.constant(''),
    wishId,
    delta: fc.oneof(fc.constantFrom(1, -1), count),
    at,
  }),
);

const otherEvent: fc.Arbitrary<WishesEvent> = fc.oneof(
  fc.record({ type: fc.constant('strengthAdded' as const), strengthId: wishId, text, group, at }),
  fc.record({ type: fc.constant('strengthEdited' as const), strengthId: wishId, text, group }),
  fc.record({ type: fc.constant('strengthRemoved' as const), strengthId: wishId }),
  fc.record({
    type: fc.constant('selectionTargetSet' as const),
    target: fc.integer({ min: -1, max: 12 }),
  }),
  fc.record({
    type: fc.constant('selectionOverridden' as const),
    wishId,
    selected: fc.constantFrom(true, false, null),
  }),
  fc.record({ type: fc.constant('selectionPreliminarySet' as const), preliminary: fc.boolean() }),
  fc.record({ type: fc.constant('wishAssessed' as const), wishId, note: text }),
  fc.record({
    type: fc.constant('wishDecided' as const),
    wishId,
    decision: fc.constantFrom(...WISH_DECISIONS, null),
    reason: text,
  }),
  fc.record({
    type: fc.constant('analysisNoted' as const),
    point: fc.constantFrom(...ANALYSIS_POINT_IDS),
    text,
  }),
);

/** Starts every generated sequence with the pool's wishes, so later events mostly hit them. */
export const seedWishes: WishesEvent[] = WISH_IDS.map((id, i) => ({
  type: 'wishAdded',
  wishId: id,
  text: `wish ${id}`,
  group: (i % 3) + 1,
  at: '2027-01-12T13:00:00+01:00',
}));

export function withEntryIds(events: readonly WishesEvent[]): WishesEvent[] {
  return events.map((event, i) =>
    event.type === 'marksCounted' || event.type === 'marksAdjusted'
      ? { ...event, entryId: `e${i}` }
      : event,
  );
}

export const anyEvent = fc.oneof(listEvent, markEvent, themeEvent, otherEvent);

export const eventSequence = (event: fc.Arbitrary<WishesEvent>, maxLength = 40) =>
  fc
    .array(event, { minLength: Math.floor(maxLength / 2), maxLength })
    .map((events) => withEntryIds([...seedWishes, ...events]));
