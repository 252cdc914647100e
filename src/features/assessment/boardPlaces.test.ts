import { describe, expect, it } from 'vitest';
import {
  destination,
  homeStop,
  keyboardStops,
  landing,
  nextStop,
  sizeAfterLanding,
  type ArrowKey,
  type BoardColumn,
} from './boardPlaces';
import { NONE, containerKey } from './themeBoardIds';

// Two themes that hold wishes, and the wishes under no theme.
const columns: BoardColumn[] = [
  { container: 'ta', wishIds: ['a1', 'a2'] },
  { container: 'tb', wishIds: ['b1'] },
  { container: NONE, wishIds: ['u1', 'u2'] },
];
const A = containerKey('ta');
const B = containerKey('tb');
const UNTHEMED = containerKey(NONE);

/** The targets a run of arrow keys visits, from the wish's own place. */
const walk = (wishId: string, keys: ArrowKey[]) => {
  let at = homeStop(columns, wishId);
  return keys.map((key) => (at = nextStop(columns, wishId, at, key)));
};

describe('landing and destination', () => {
  it('puts a wish before the wish it is over, at the end of a theme, or under no theme', () => {
    expect(landing(columns, 'u1', 'a2')).toEqual({ container: 'ta', index: 1 });
    expect(landing(columns, 'u1', A)).toEqual({ container: 'ta', index: 2 });
    expect(landing(columns, 'a1', UNTHEMED)).toEqual({ container: NONE, index: 0 });
    // Within its own theme a wish takes the place of the one it is over; the end is the last.
    expect(landing(columns, 'a1', 'a2')).toEqual({ container: 'ta', index: 1 });
    expect(landing(columns, 'a1', A)).toEqual({ container: 'ta', index: 1 });
    expect(landing(columns, 'u1', 'nowhere')).toBeNull();
  });

  it('moves nothing when the drop is where the wish is', () => {
    expect(destination(columns, 'u1', UNTHEMED)).toBeNull();
    expect(destination(columns, 'a1', 'a1')).toBeNull();
    expect(destination(columns, 'a2', A)).toBeNull();
    expect(destination(columns, 'a1', A)).toEqual({ container: 'ta', index: 1 });
    expect(destination(columns, 'b1', UNTHEMED)).toEqual({ container: NONE, index: 0 });
  });

  it('counts the wish in when it lands in another theme', () => {
    expect(sizeAfterLanding(columns, 'u1', 'ta')).toBe(3);
    expect(sizeAfterLanding(columns, 'a1', 'ta')).toBe(2);
  });
});

describe('keyboard stops', () => {
  it('starts a drag over its own place: its own row in a theme, else the unthemed column', () => {
    expect(homeStop(columns, 'a2')).toBe('a2');
    expect(homeStop(columns, 'u2')).toBe(UNTHEMED);
  });

  it("offers each theme's wishes and its end, and the own theme without an end", () => {
    expect(keyboardStops(columns, 'u1')).toEqual([['a1', 'a2', A], ['b1', B], [UNTHEMED]]);
    expect(keyboardStops(columns, 'a1')).toEqual([['a1', 'a2'], ['b1', B], [UNTHEMED]]);
  });

  it('goes up from under no theme to the end of the last theme, and on up through the board', () => {
    expect(walk('u1', ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp'])).toEqual([
      B,
      'b1',
      A,
      'a2',
      'a1',
      'a1',
    ]);
  });

  it('goes left and right a column at a time, to its end or to the own place', () => {
    expect(walk('u1', ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowRight'])).toEqual([B, A, A, B]);
    expect(
      walk('a1', ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']),
    ).toEqual([B, UNTHEMED, UNTHEMED, B, 'a1']);
  });

  it('goes down through its own theme and on into the next', () => {
    expect(walk('a1', ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'])).toEqual([
      'a2',
      'b1',
      B,
      UNTHEMED,
      UNTHEMED,
    ]);
  });

  it('goes back to the own place from a target that is gone', () => {
    expect(nextStop(columns, 'u1', containerKey('removed'), 'ArrowUp')).toBe(UNTHEMED);
  });
});
