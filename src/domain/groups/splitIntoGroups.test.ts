import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GROUPING_KINDS, type GroupingKind } from './groupSizes';
import { MAX_PEOPLE, splitIntoGroups, type GroupSplit } from './splitIntoGroups';
import type { DepartmentHeadcount } from './departmentShares';

/**
 * The bounds each kind promises, stated independently of the implementation:
 * [smallest allowed group, largest allowed group] for N people.
 */
function sizeBounds(kind: GroupingKind, n: number): [number, number] {
  switch (kind) {
    case 'interview3':
      if (n < 3) return [n, n];
      if (n === 5) return [5, 5];
      return [3, 4];
    case 'brainstorm6':
      if (n < 4) return [n, n];
      if (n < 12) return [Math.floor(n / 2), Math.ceil(n / 2)];
      return [5, 7];
    case 'meeting2Four':
      if (n <= 5) return [n, n];
      return [3, 4];
  }
}

function mustSplit(kind: GroupingKind, n: number, departments: DepartmentHeadcount[] = []) {
  const result = splitIntoGroups(kind, n, departments);
  if (!result.ok) throw new Error(`expected a split, got ${JSON.stringify(result.error)}`);
  return result.split;
}

function expectValidSplit(split: GroupSplit) {
  const { kind, people } = split;
  // Everyone is in exactly one group: each person number 0..N-1 appears once.
  const timesSeen = new Array<number>(people).fill(0);
  let countOffMatches = true;
  for (const group of split.groups) {
    for (const { person } of group.members) {
      timesSeen[person] = (timesSeen[person] ?? 0) + 1;
      // Counting off 1..G around the room puts person p in group (p mod G) + 1.
      if ((person % split.groupCount) + 1 !== group.number) countOffMatches = false;
    }
  }
  expect(timesSeen.length).toBe(people);
  expect(timesSeen.every((t) => t === 1)).toBe(true);
  expect(countOffMatches).toBe(true);
  expect(split.groups.map((g) => g.number)).toEqual(
    Array.from({ length: split.groupCount }, (_, i) => i + 1),
  );
  expect(split.groups.map((g) => g.members.length)).toEqual(split.sizes);
  expect(split.groups.map((g) => g.size)).toEqual(split.sizes);
  const smallest = Math.min(...split.sizes);
  const largest = Math.max(...split.sizes);
  const [min, max] = sizeBounds(kind, people);
  expect(smallest).toBeGreaterThanOrEqual(min);
  expect(largest).toBeLessThanOrEqual(max);
  expect(largest - smallest).toBeLessThanOrEqual(1);
  // At least 2 brainstorm groups once each can have 2 people.
  if (kind === 'brainstorm6' && people >= 4) expect(split.groupCount).toBeGreaterThanOrEqual(2);
}

/** For each department (null = unknown), its count in every group. */
function departmentCountsPerGroup(split: GroupSplit): Map<string | null, number[]> {
  const counts = new Map<string | null, number[]>();
  split.groups.forEach((group, g) => {
    for (const { department } of group.members) {
      const row = counts.get(department) ?? new Array<number>(split.groupCount).fill(0);
      row[g] = (row[g] ?? 0) + 1;
      counts.set(department, row);
    }
  });
  return counts;
}

const departmentsArb = fc
  .array(fc.integer({ min: 0, max: 60 }), { maxLength: 8 })
  .map((counts) => counts.map((headcount, i) => ({ id: `d${i}`, headcount })));

describe('splitIntoGroups: sizes', () => {
  it.each(GROUPING_KINDS)(
    '%s: for every N from 1 to 300, everyone is in one group, within bounds, balanced',
    (kind) => {
      for (let n = 1; n <= 300; n += 1) expectValidSplit(mustSplit(kind, n));
    },
  );

  it('holds the same rules for any N up to the maximum', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUPING_KINDS),
        fc.integer({ min: 1, max: MAX_PEOPLE }),
        (kind, n) => expectValidSplit(mustSplit(kind, n)),
      ),
      { numRuns: 200 },
    );
  });

  it('makes interview groups of 3, with 4s for the people left over', () => {
    expect(mustSplit('interview3', 9).sizes).toEqual([3, 3, 3]);
    expect(mustSplit('interview3', 10).sizes).toEqual([4, 3, 3]);
    expect(mustSplit('interview3', 11).sizes).toEqual([4, 4, 3]);
    expect(mustSplit('interview3', 11).sizeCounts).toEqual([
      { size: 4, groups: 2 },
      { size: 3, groups: 1 },
    ]);
    expect(mustSplit('interview3', 2).sizes).toEqual([2]);
    expect(mustSplit('interview3', 5).sizes).toEqual([5]);
  });

  it('makes at least 2 brainstorm groups under 12 people, about 6 each above', () => {
    expect(mustSplit('brainstorm6', 7).sizes).toEqual([4, 3]);
    expect(mustSplit('brainstorm6', 11).sizes).toEqual([6, 5]);
    expect(mustSplit('brainstorm6', 12).sizes).toEqual([6, 6]);
    expect(mustSplit('brainstorm6', 15).sizes).toEqual([5, 5, 5]);
    expect(mustSplit('brainstorm6', 20).sizes).toEqual([7, 7, 6]);
    expect(mustSplit('brainstorm6', 1).sizes).toEqual([1]);
    // 2 or 3 people brainstorm together rather than one of them alone.
    expect(mustSplit('brainstorm6', 2).sizes).toEqual([2]);
    expect(mustSplit('brainstorm6', 3).sizes).toEqual([3]);
    expect(mustSplit('brainstorm6', 4).sizes).toEqual([2, 2]);
  });

  it.each(GROUPING_KINDS)('%s: no group under 2 for any N from 2 to 300', (kind) => {
    for (let n = 2; n <= 300; n += 1) {
      expect(Math.min(...mustSplit(kind, n).sizes), `${n} people`).toBeGreaterThanOrEqual(2);
    }
  });

  it('makes groups of 4, with 3s rather than 5s, for meeting 2', () => {
    expect(mustSplit('meeting2Four', 8).sizes).toEqual([4, 4]);
    expect(mustSplit('meeting2Four', 9).sizes).toEqual([3, 3, 3]);
    expect(mustSplit('meeting2Four', 10).sizes).toEqual([4, 3, 3]);
    expect(mustSplit('meeting2Four', 6).sizes).toEqual([3, 3]);
    expect(mustSplit('meeting2Four', 5).sizes).toEqual([5]);
  });

  it('tells the UI how far to count off', () => {
    const split = mustSplit('interview3', 25);
    expect(split.groupCount).toBe(8);
    expect(split.sizes).toEqual([4, 3, 3, 3, 3, 3, 3, 3]);
  });
});

describe('splitIntoGroups: departments', () => {
  it('spreads every department so any two groups hold counts within 1 of each other', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUPING_KINDS),
        fc.integer({ min: 1, max: 300 }),
        departmentsArb,
        (kind, n, departments) => {
          const split = mustSplit(kind, n, departments);
          expectValidSplit(split);
          for (const row of departmentCountsPerGroup(split).values()) {
            expect(Math.max(...row) - Math.min(...row)).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  it('mixes departments: 6 from A and 3 from B give 3 interview groups of 2 A + 1 B', () => {
    const split = mustSplit('interview3', 9, [
      { id: 'A', headcount: 6 },
      { id: 'B', headcount: 3 },
    ]);
    for (const group of split.groups) {
      expect(group.members.map((m) => m.department).sort()).toEqual(['A', 'A', 'B']);
    }
    expect(split.headcountAdjustment).toBeNull();
  });

  it('puts people beyond the head counts in an unknown department', () => {
    fc.assert(
      fc.property(departmentsArb, fc.integer({ min: 0, max: 50 }), (departments, extra) => {
        const listed = departments.reduce((sum, d) => sum + d.headcount, 0);
        const n = listed + extra;
        fc.pre(n >= 1);
        const split = mustSplit('brainstorm6', n, departments);
        const counts = departmentCountsPerGroup(split);
        for (const d of departments) {
          const total = (counts.get(d.id) ?? []).reduce((a, b) => a + b, 0);
          expect(total).toBe(d.headcount);
        }
        expect((counts.get(null) ?? []).reduce((a, b) => a + b, 0)).toBe(extra);
        if (extra > 0 && departments.length > 0) {
          expect(split.headcountAdjustment).toEqual({
            kind: 'unknownAdded',
            listed,
            unknown: extra,
          });
        } else {
          expect(split.headcountAdjustment).toBeNull();
        }
      }),
    );
  });

  it('scales head counts down to the people present, keeping each share proportional', () => {
    fc.assert(
      fc.property(departmentsArb, fc.integer({ min: 1, max: 300 }), (departments, n) => {
        const listed = departments.reduce((sum, d) => sum + d.headcount, 0);
        fc.pre(listed > n);
        const split = mustSplit('meeting2Four', n, departments);
        expect(split.headcountAdjustment).toEqual({ kind: 'scaledDown', listed });
        const used = new Map(split.departments.map((s) => [s.department, s.count]));
        expect(used.has(null)).toBe(false);
        for (const d of departments) {
          const count = used.get(d.id) ?? 0;
          // Largest remainder: floor or ceil of the exact proportional share.
          expect(Math.abs(count - (d.headcount * n) / listed)).toBeLessThan(1);
        }
      }),
    );
  });

  it('scales 10 + 10 listed down to 5 present as 3 + 2, ties by list order', () => {
    const split = mustSplit('interview3', 5, [
      { id: 'A', headcount: 10 },
      { id: 'B', headcount: 10 },
    ]);
    expect(split.departments).toEqual([
      { department: 'A', count: 3 },
      { department: 'B', count: 2 },
    ]);
  });

  it('reports no departments when none were given', () => {
    const split = mustSplit('interview3', 6);
    expect(split.departments).toEqual([]);
    expect(split.groups.flatMap((g) => g.members).every((m) => m.department === null)).toBe(true);
  });
});

describe('splitIntoGroups: bad input', () => {
  it.each([
    [0, 'tooFew'],
    [-4, 'tooFew'],
    [2.5, 'notWholeNumber'],
    [Number.NaN, 'notWholeNumber'],
    [Number.POSITIVE_INFINITY, 'notWholeNumber'],
    [MAX_PEOPLE + 1, 'tooMany'],
    [1e12, 'tooMany'],
  ])('rejects %s people as %s', (n, kind) => {
    const result = splitIntoGroups('interview3', n);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  it('rejects an unknown kind of grouping', () => {
    const result = splitIntoGroups('pairs' as GroupingKind, 10);
    expect(result).toEqual({ ok: false, error: { kind: 'unknownKind' } });
  });

  it('rejects bad departments', () => {
    expect(splitIntoGroups('interview3', 10, [{ id: 'A', headcount: -1 }])).toEqual({
      ok: false,
      error: { kind: 'badHeadcount', department: 'A', headcount: -1 },
    });
    expect(splitIntoGroups('interview3', 10, [{ id: 'A', headcount: 1.5 }])).toMatchObject({
      ok: false,
      error: { kind: 'badHeadcount' },
    });
    expect(
      splitIntoGroups('interview3', 10, [
        { id: 'A', headcount: 1 },
        { id: 'A', headcount: 2 },
      ]),
    ).toEqual({ ok: false, error: { kind: 'duplicateDepartment', department: 'A' } });
    expect(splitIntoGroups('interview3', 10, [{ id: '', headcount: 2 }])).toEqual({
      ok: false,
      error: { kind: 'badDepartmentId', index: 0 },
    });
  });

  it('never throws, whatever number it gets', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GROUPING_KINDS), fc.double(), (kind, n) => {
        const result = splitIntoGroups(kind, n);
        if (result.ok) expectValidSplit(result.split);
        else expect(Number.isInteger(n) && n >= 1 && n <= MAX_PEOPLE).toBe(false);
      }),
    );
  });
});
