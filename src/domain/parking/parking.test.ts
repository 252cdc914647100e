import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRejection } from '../outcome';
import { ok } from '../testing/ok';
import { applyParkingEvent, type ParkingEvent } from './events';
import { emptyParking, PARKING_STATUSES, parkingByStatus } from './parking';
import { parkingSchema } from './schema';

const AT = '2027-01-12T13:40:00+01:00';
const park = (itemId: string, text: string, stepId?: string): ParkingEvent => ({
  type: 'itemParked',
  itemId,
  text,
  meeting: 'meeting1',
  ...(stepId ? { stepId } : {}),
  at: AT,
});
const parked = [park('p1', ' Vikardækning ', 'brainstorm'), park('p2', 'Nyt tag')].reduce(
  (lot, e) => ok(applyParkingEvent(lot, e)),
  emptyParking(),
);

describe('parking lot', () => {
  it('parks topics as open, with meeting, step and time', () => {
    expect(parked.items).toEqual([
      {
        id: 'p1',
        text: 'Vikardækning',
        meeting: 'meeting1',
        stepId: 'brainstorm',
        createdAt: AT,
        status: 'open',
        note: '',
      },
      { id: 'p2', text: 'Nyt tag', meeting: 'meeting1', createdAt: AT, status: 'open', note: '' },
    ]);
  });

  it('is triaged at the assessment meeting, with a note', () => {
    const triaged = ok(
      applyParkingEvent(parked, {
        type: 'parkedItemTriaged',
        itemId: 'p2',
        status: 'toPlan',
        note: 'Tages med i handleplanen',
      }),
    );
    const groups = parkingByStatus(triaged);
    expect(groups.open.map((i) => i.id)).toEqual(['p1']);
    expect(groups.toPlan).toEqual([
      expect.objectContaining({ id: 'p2', note: 'Tages med i handleplanen' }),
    ]);
  });

  it('edits and removes parked items', () => {
    const edited = ok(
      applyParkingEvent(parked, { type: 'parkedItemEdited', itemId: 'p1', text: 'Vikarer' }),
    );
    expect(edited.items[0]?.text).toBe('Vikarer');
    const removed = ok(applyParkingEvent(edited, { type: 'parkedItemRemoved', itemId: 'p1' }));
    expect(removed.items.map((i) => i.id)).toEqual(['p2']);
  });

  it.each([
    ['emptyText', park('p3', '  ')],
    ['duplicateId', park('p1', 'Igen')],
    ['invalidId', park('', 'Tomt id')],
    ['invalidTime', { ...park('p3', 'x'), at: 'kl. 14' } as ParkingEvent],
    ['unknownItem', { type: 'parkedItemRemoved', itemId: 'zz' }],
    ['emptyText', { type: 'parkedItemEdited', itemId: 'p1', text: '' }],
  ] as const)('refuses %s', (reason, event) => {
    expect(applyParkingEvent(parked, event)).toBe(reason);
  });

  it('returns the same lot for an edit that changes nothing', () => {
    expect(
      applyParkingEvent(parked, { type: 'parkedItemEdited', itemId: 'p2', text: 'Nyt tag ' }),
    ).toBe(parked);
  });

  it('never produces a lot that fails its schema, for random event sequences', () => {
    const itemId = fc.constantFrom('p1', 'p2', 'p3', '');
    const text = fc.oneof(fc.constantFrom('', '  ', 'Tag'), fc.string({ maxLength: 400 }));
    const event: fc.Arbitrary<ParkingEvent> = fc.oneof(
      fc.record(
        {
          type: fc.constant('itemParked' as const),
          itemId,
          text,
          meeting: fc.constantFrom('meeting1' as const, 'meeting2' as const),
          stepId: fc.constantFrom('intro', ''),
          at: fc.constantFrom(AT, 'x'),
        },
        { requiredKeys: ['type', 'itemId', 'text', 'meeting', 'at'] },
      ),
      fc.record({ type: fc.constant('parkedItemEdited' as const), itemId, text }),
      fc.record({
        type: fc.constant('parkedItemTriaged' as const),
        itemId,
        status: fc.constantFrom(...PARKING_STATUSES),
        note: text,
      }),
      fc.record({ type: fc.constant('parkedItemRemoved' as const), itemId }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const lot = events.reduce((before, e) => {
          const next = applyParkingEvent(before, e);
          return isRejection(next) ? before : next;
        }, emptyParking());
        expect(parkingSchema.safeParse(lot).success).toBe(true);
      }),
    );
  });
});
