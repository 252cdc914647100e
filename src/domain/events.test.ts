import { describe, expect, it } from 'vitest';
import { createProcess } from './document';
import { applyEvent, foldEvent } from './apply';
import { ROUTED_TYPES, type ProcessEvent } from './events';
import { EVENT_TYPES } from './eventSchema';

const doc = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2027-01-12T08:00:00Z') });
const at = '2027-01-12T13:00:00.000Z';

describe('the event path', () => {
  it('routes exactly the event types the schema knows', () => {
    expect([...ROUTED_TYPES].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('stamps an accepted change with the envelope time', () => {
    const next = applyEvent(doc, { type: 'participantsSet', count: 34 }, at);
    expect(next).toMatchObject({ updatedAt: at, people: { participants: 34 } });
  });

  it('gives back the same document for an accepted event that changes nothing', () => {
    expect(applyEvent(doc, { type: 'participantsSet', count: null }, at)).toBe(doc);
  });

  it('refuses unknown and malformed events by name and never touches the document', () => {
    const arrivals: [unknown, string][] = [
      [{ type: 'wishSung', wishId: 'a' }, 'unknownEvent'],
      [{ type: 'constructor' }, 'unknownEvent'],
      [{ type: 'toString' }, 'unknownEvent'],
      [null, 'invalidEvent'],
      ['participantsSet', 'invalidEvent'],
      [{ type: 'participantsSet' }, 'invalidEvent'],
      [{ type: 'participantsSet', count: '34' }, 'invalidEvent'],
      [{ type: 'processRenamed', name: 'x'.repeat(100_000) }, 'invalidEvent'],
      [{ type: 'participantsSet', count: 34, extra: true }, 'invalidEvent'],
      [JSON.parse('{"type":"participantsSet","count":3,"__proto__":{"x":1}}'), 'invalidEvent'],
    ];
    for (const [event, reason] of arrivals) {
      expect(applyEvent(doc, event as ProcessEvent, at)).toBe(reason);
      expect(foldEvent(doc, event as ProcessEvent, at)).toBe(doc);
    }
  });

  it('refuses an event from before the app or from after its own envelope', () => {
    const wish = (time: string): ProcessEvent => ({
      type: 'wishAdded',
      wishId: 'w1',
      text: 'Ro',
      group: 1,
      at: time,
    });
    expect(applyEvent(doc, wish('1999-12-31T23:00:00.000Z'), at)).toBe('invalidTime');
    expect(applyEvent(doc, wish('2027-01-12T14:00:00.000Z'), at)).toBe('invalidTime');
    expect(applyEvent(doc, wish('2027-01-12T13:00:30.000Z'), at)).not.toBeTypeOf('string');
    expect(applyEvent(doc, { type: 'participantsSet', count: 3 }, 'i går')).toBe('invalidTime');
  });

  it('holds the rules that protect the data whichever way an event arrives', () => {
    const room = foldEvent(doc, { type: 'participantsSet', count: 2 }, at);
    const withWish = foldEvent(
      room,
      { type: 'wishAdded', wishId: 'w1', text: 'Ro', group: 1, at },
      at,
    );
    const count = (n: number): ProcessEvent => ({
      type: 'marksCounted',
      entryId: `e${n}`,
      wishId: 'w1',
      count: n,
      at,
    });
    expect(applyEvent(withWish, count(7), at)).toBe('moreThanRoomHas');
    expect(applyEvent(withWish, count(6), at)).not.toBeTypeOf('string');
    expect(
      applyEvent(
        doc,
        { type: 'absenceBaselineChanged', patch: { plannedWorkdays: 10, daysLost: 11 } },
        at,
      ),
    ).toBe('lostExceedsPlanned');
    expect(
      applyEvent(
        doc,
        {
          type: 'initiativeAdded',
          id: 'i1',
          fields: { title: 'Ro', start: '2027-03-01', deadline: '2027-02-01' },
        },
        at,
      ),
    ).toBe('deadlineBeforeStart');
  });
});
