import { describe, expect, it } from 'vitest';
import { readRoomView, remainingAt, ROOM_PROTOCOL, type RoomView } from './view';

const view: RoomView = {
  protocol: ROOM_PROTOCOL,
  open: true,
  meeting: 'meeting1',
  step: { id: 'm1-selection', index: 4, count: 5, task: 'vote', groups: null },
  timer: { running: true, remainingMs: 60_000, at: 1_000 },
  vote: 'open',
  wishes: [{ id: 'w1', text: '<i>Ro</i>', total: null }],
  lines: [{ group: 2, text: 'Mere tid 🙂' }],
  choices: [],
  proposals: [],
};

const meeting2: RoomView = {
  ...view,
  meeting: 'meeting2',
  step: { id: 'm2-priority', index: 0, count: 3, task: 'priority', groups: 5 },
  vote: 'notYet',
  lines: [],
  choices: [{ group: 1, wishIds: ['w1', 'w2'] }],
  proposals: [
    { wishId: 'w1', text: 'Faste møder', group: 1, heading: null },
    { wishId: 'w1', text: 'Spørg os', group: null, heading: 'leader' },
  ],
};

describe('the phone reading the room view', () => {
  it('reads a view the leader published', () => {
    expect(readRoomView(JSON.parse(JSON.stringify(view)))).toEqual(view);
  });

  it("reads meeting 2's choices and proposals", () => {
    expect(readRoomView(JSON.parse(JSON.stringify(meeting2)))).toEqual(meeting2);
  });

  it('asks for a reload when the view speaks a later protocol', () => {
    expect(readRoomView({ ...view, protocol: ROOM_PROTOCOL + 1 })).toBe('newer');
  });

  it.each([
    ['no object', 'view'],
    ['an unknown task', { ...view, step: { ...view.step, task: 'admin' } }],
    ['too long a wish', { ...view, wishes: [{ id: 'w', text: 'x'.repeat(301), total: null }] }],
    ['a count that is no number', { ...view, wishes: [{ id: 'w', text: 'x', total: '9' }] }],
    ['no vote state', { ...view, vote: undefined }],
    ['no choices', { ...view, choices: undefined }],
    [
      'a group choosing three wishes',
      { ...view, choices: [{ group: 1, wishIds: ['a', 'b', 'c'] }] },
    ],
    [
      'a proposal under an unknown heading',
      { ...meeting2, proposals: [{ wishId: 'w', text: 'x', group: null, heading: 'boss' }] },
    ],
    [
      'a proposal of group 0',
      { ...meeting2, proposals: [{ wishId: 'w', text: 'x', group: 0, heading: null }] },
    ],
  ])('refuses %s', (_name, value) => {
    expect(readRoomView(value)).toBeNull();
  });

  it('runs the clock down from when the view was published', () => {
    expect(remainingAt(view.timer!, 31_000)).toBe(30_000);
    expect(remainingAt({ ...view.timer!, running: false }, 31_000)).toBe(60_000);
  });
});
