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
};

describe('the phone reading the room view', () => {
  it('reads a view the leader published', () => {
    expect(readRoomView(JSON.parse(JSON.stringify(view)))).toEqual(view);
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
  ])('refuses %s', (_name, value) => {
    expect(readRoomView(value)).toBeNull();
  });

  it('runs the clock down from when the view was published', () => {
    expect(remainingAt(view.timer!, 31_000)).toBe(30_000);
    expect(remainingAt({ ...view.timer!, running: false }, 31_000)).toBe(60_000);
  });
});
