import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyProjectorEvent,
  initialProjector,
  MAX_PROJECTOR_PAGE,
  PROJECTOR_VIEWS,
  type ProjectorEvent,
  type ProjectorState,
} from './projector';

const apply = (state: ProjectorState, event: ProjectorEvent) => {
  const next = applyProjectorEvent(state, event);
  if (next === 'unknownView') throw new Error('refused');
  return next;
};

describe('the projector page', () => {
  it('turns the page of the view shown, and a new view starts at its first page', () => {
    let state = apply(initialProjector(), {
      type: 'projectorShown',
      meeting: 'meeting2',
      view: 'themedList',
    });
    state = apply(state, { type: 'projectorPaged', view: 'themedList', page: 2 });
    expect(state).toEqual({ meeting: 'meeting2', view: 'themedList', page: 2 });
    // Showing the same view again keeps its page; another view starts at page 0.
    expect(apply(state, { type: 'projectorShown', meeting: 'meeting2', view: 'themedList' })).toBe(
      state,
    );
    expect(apply(state, { type: 'projectorShown', meeting: 'meeting2', view: 'ranking' })).toEqual({
      meeting: 'meeting2',
      view: 'ranking',
      page: 0,
    });
  });

  it('ignores a page turn meant for a view that is no longer shown', () => {
    const state: ProjectorState = { meeting: 'meeting1', view: 'gallery', page: 1 };
    expect(apply(state, { type: 'projectorPaged', view: 'ranking', page: 3 })).toBe(state);
  });

  it('keeps every page within 0 and the highest page, whatever arrives', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            view: fc.constantFrom(...PROJECTOR_VIEWS),
            page: fc.oneof(fc.integer(), fc.double()),
          }),
        ),
        (turns) => {
          let state: ProjectorState = { meeting: 'meeting1', view: 'ranking', page: 0 };
          for (const turn of turns) {
            state = apply(state, { type: 'projectorPaged', ...turn });
            expect(Number.isInteger(state.page)).toBe(true);
            expect(state.page).toBeGreaterThanOrEqual(0);
            expect(state.page).toBeLessThanOrEqual(MAX_PROJECTOR_PAGE);
            expect(state.view).toBe('ranking');
          }
        },
      ),
    );
  });

  it('refuses a view it does not know', () => {
    expect(
      applyProjectorEvent(initialProjector(), {
        type: 'projectorPaged',
        view: 'wall' as never,
        page: 1,
      }),
    ).toBe('unknownView');
  });
});
