import { describe, expect, it } from 'vitest';
import { ok } from '../testing/ok';
import { applyWishesEvent, type WishesEvent } from './events';
import { AT, replay, UNKNOWN_ROOM } from './exampleWorkplace.testHelper';
import { currentSelection } from './selection';

const counts = [9, 8, 7, 6, 5, 5, 1];
const section = replay(
  counts.flatMap((count, i): WishesEvent[] => [
    { type: 'wishAdded', wishId: `w${i}`, text: `wish ${i}`, group: 1, at: AT },
    { type: 'marksCounted', entryId: `e${i}`, wishId: `w${i}`, count, at: AT },
  ]),
);

describe('selection', () => {
  it('pre-selects without cutting through the tie for fifth place, as preliminary', () => {
    expect(currentSelection(section)).toEqual({
      wishIds: ['w0', 'w1', 'w2', 'w3'],
      preselection: { wishIds: ['w0', 'w1', 'w2', 'w3'], rule: 'beforeTie', tie: ['w4', 'w5'] },
      preliminary: true,
    });
  });

  it('lets the leader select, deselect and clear, and confirm the selection', () => {
    const s = replay(
      [
        { type: 'selectionOverridden', wishId: 'w5', selected: true },
        { type: 'selectionOverridden', wishId: 'w1', selected: false },
        { type: 'selectionPreliminarySet', preliminary: false },
      ],
      section,
    );
    expect(currentSelection(s)).toMatchObject({
      wishIds: ['w0', 'w2', 'w3', 'w5'],
      preliminary: false,
    });
    const clear = { type: 'selectionOverridden', wishId: 'w1', selected: null } as const;
    const cleared = ok(applyWishesEvent(s, clear, UNKNOWN_ROOM));
    expect(currentSelection(cleared).wishIds).toEqual(['w0', 'w1', 'w2', 'w3', 'w5']);
  });

  it('follows the target size and ignores overrides on wishes merged away since', () => {
    const s = replay(
      [
        { type: 'selectionTargetSet', target: 3 },
        { type: 'selectionOverridden', wishId: 'w6', selected: true },
        {
          type: 'wishesMerged',
          mergeId: 'm',
          targetId: 'w0',
          sourceIds: ['w6'],
          text: 'x',
          at: AT,
        },
      ],
      section,
    );
    expect(currentSelection(s).wishIds).toEqual(['w0', 'w1', 'w2']);
  });

  it('refuses a target outside 1–10 and an override on an unknown wish', () => {
    expect(applyWishesEvent(section, { type: 'selectionTargetSet', target: 0 }, UNKNOWN_ROOM)).toBe(
      'targetOutOfRange',
    );
    expect(
      applyWishesEvent(section, { type: 'selectionTargetSet', target: 2.5 }, UNKNOWN_ROOM),
    ).toBe('targetOutOfRange');
    expect(
      applyWishesEvent(
        section,
        { type: 'selectionOverridden', wishId: 'zz', selected: true },
        UNKNOWN_ROOM,
      ),
    ).toBe('unknownWish');
  });
});
