import { describe, expect, it } from 'vitest';
import { assessmentRows } from './assessment';
import { bruttoliste } from './bruttoliste';
import { markBudget } from './marks';
import { rankRows } from './ranking';
import { wishesSectionSchema } from './schema';
import { currentSelection } from './selection';
import { themedList } from './themes';
import type { WishesEvent } from './events';
import {
  captureEvents,
  markEvents,
  mergeEvents,
  readFixture,
  replay,
} from './exampleWorkplace.testHelper';

const fixture = readFixture();
const captured = replay(captureEvents(fixture));
const merged = replay(mergeEvents(fixture), captured);
const marked = replay(markEvents(fixture), merged);

describe('the example workplace, meeting 1', () => {
  it('captures every strength and all 30 wishes with their groups', () => {
    const strengths = fixture.strengths.reduce((n, s) => n + s.items.length, 0);
    expect(captured.strengths).toHaveLength(strengths);
    expect(bruttoliste(captured)).toHaveLength(30);
    expect(bruttoliste(captured).map((r) => r.groups)).toEqual(
      fixture.wishes.map((w) => [w.group]),
    );
  });

  it('merging the 8 duplicate sets leaves 30 − (sum of set sizes − 8) rows', () => {
    const setSizes = fixture.duplicates.reduce((n, set) => n + set.length, 0);
    expect(fixture.duplicates).toHaveLength(8);
    expect(bruttoliste(merged)).toHaveLength(30 - (setSizes - 8));
  });

  it('shows each merged row with the source groups and wishes of its whole set', () => {
    const rows = new Map(bruttoliste(merged).map((r) => [r.wish.id, r]));
    for (const [targetId, ...sourceIds] of fixture.duplicates) {
      const row = rows.get(targetId as string);
      const groups = [targetId, ...sourceIds].map(
        (id) => fixture.wishes.find((w) => w.id === id)?.group,
      );
      expect(row?.groups).toEqual([...new Set(groups)].sort((a = 0, b = 0) => a - b));
      expect(row?.merged.map((w) => w.id).sort()).toEqual([...sourceIds].sort());
      expect(row?.merged.every((w) => w.mergedInto === targetId)).toBe(true);
    }
  });

  it('counts exactly three marks per participant', () => {
    expect(markBudget(marked, fixture.participants)).toEqual({
      used: 3 * fixture.participants,
      available: 3 * fixture.participants,
      remaining: 0,
      over: false,
    });
  });

  it('ranks by marks and pre-selects the top five, marked preliminary', () => {
    const byMarks = Object.entries(fixture.marks).sort(([, a], [, b]) => b - a);
    expect(
      rankRows(bruttoliste(marked))
        .slice(0, 5)
        .map((r) => r.wish.id),
    ).toEqual(byMarks.slice(0, 5).map(([id]) => id));
    const selection = currentSelection(marked);
    expect(selection.wishIds).toEqual(byMarks.slice(0, 5).map(([id]) => id));
    expect(selection.preselection.rule).toBe('top');
    expect(selection.preliminary).toBe(true);
  });

  it('groups the list under the fixture headings, every row once, unthemed last', () => {
    const events: WishesEvent[] = fixture.themes.flatMap((theme, t) => [
      { type: 'themeCreated', themeId: `t${t}`, name: theme.heading },
      ...theme.wishes.map((wishId, index): WishesEvent => ({
        type: 'wishThemed',
        wishId,
        themeId: `t${t}`,
        index,
      })),
    ]);
    const themed = replay(events, marked);
    const groups = themedList(themed);
    expect(groups.slice(0, -1).map((g) => g.rows.map((r) => r.wish.id))).toEqual(
      fixture.themes.map((t) => t.wishes),
    );
    const themedIds = new Set(fixture.themes.flatMap((t) => t.wishes));
    expect(groups.at(-1)?.theme).toBeNull();
    expect(groups.at(-1)?.rows.map((r) => r.wish.id)).toEqual(
      bruttoliste(marked)
        .map((r) => r.wish.id)
        .filter((id) => !themedIds.has(id)),
    );
    expect(wishesSectionSchema.safeParse(themed).success).toBe(true);
  });

  it("keeps a 'not now' wish on the assessed list with its reason", () => {
    const decision = (d: string) => (d === 'not-now' ? 'notNow' : (d as 'work' | 'partly'));
    const assessed = replay(
      fixture.assessment.map((a) => ({
        type: 'wishDecided',
        wishId: a.wish,
        decision: decision(a.decision),
        reason: a.note,
      })),
      marked,
    );
    const rows = assessmentRows(assessed);
    expect(rows).toHaveLength(bruttoliste(marked).length);
    const notNow = fixture.assessment.find((a) => a.decision === 'not-now');
    const row = rows.find((r) => r.wish.id === notNow?.wish);
    expect(row?.assessment).toMatchObject({ decision: 'notNow', reason: notNow?.note });
  });
});
