import { LIMITS } from '../limits';

/** A department and how many of its people take part; matches preparation's Department. */
export interface DepartmentHeadcount {
  id: string;
  headcount: number;
}

/** How many of the people in the room come from one department; null = unknown department. */
export interface DepartmentShare {
  department: string | null;
  count: number;
}

/**
 * How the head counts were made to fit the number of people in the room:
 * - unknownAdded: the counts add up to fewer; the rest are from an unknown department.
 * - scaledDown: the counts add up to more (some are absent, we do not know who); each
 *   department's count is scaled to the people present, by largest remainder.
 */
export type HeadcountAdjustment =
  | { kind: 'unknownAdded'; listed: number; unknown: number }
  | { kind: 'scaledDown'; listed: number };

export type DepartmentError =
  | { kind: 'tooManyDepartments'; limit: number }
  | { kind: 'badDepartmentId'; index: number }
  | { kind: 'duplicateDepartment'; department: string }
  | { kind: 'badHeadcount'; department: string; headcount: number };

export type DepartmentSharesResult =
  | { ok: true; shares: DepartmentShare[]; adjustment: HeadcountAdjustment | null }
  | { ok: false; error: DepartmentError };

/** The most people one department may list: the same bound as people in a split. */
const MAX_HEADCOUNT = 10_000;

function validate(departments: readonly DepartmentHeadcount[]): DepartmentError | null {
  if (departments.length > LIMITS.listItems) {
    return { kind: 'tooManyDepartments', limit: LIMITS.listItems };
  }
  const seen = new Set<string>();
  for (const [index, d] of departments.entries()) {
    if (typeof d.id !== 'string' || d.id === '' || d.id.length > LIMITS.shortText) {
      return { kind: 'badDepartmentId', index };
    }
    if (seen.has(d.id)) return { kind: 'duplicateDepartment', department: d.id };
    seen.add(d.id);
    if (!Number.isInteger(d.headcount) || d.headcount < 0 || d.headcount > MAX_HEADCOUNT) {
      return { kind: 'badHeadcount', department: d.id, headcount: d.headcount };
    }
  }
  return null;
}

/** Scales counts that sum to `listed` down to `people`, by largest remainder (ties: list order). */
function scaleDown(departments: readonly DepartmentHeadcount[], listed: number, people: number) {
  const exact = departments.map((d, index) => ({
    index,
    count: Math.floor((d.headcount * people) / listed),
    remainder: (d.headcount * people) % listed,
  }));
  let left = people - exact.reduce((sum, e) => sum + e.count, 0);
  const byRemainder = [...exact].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const e of byRemainder) {
    if (left === 0) break;
    e.count += 1;
    left -= 1;
  }
  return departments.map((d, i) => ({ department: d.id, count: exact[i]?.count ?? 0 }));
}

/**
 * The department of each of `people` people (a whole number ≥ 1), from the listed head
 * counts: departments in list order, then the unknown department when counts fall short.
 * Departments with no one present are left out.
 */
export function departmentShares(
  people: number,
  departments: readonly DepartmentHeadcount[],
): DepartmentSharesResult {
  const error = validate(departments);
  if (error) return { ok: false, error };
  const listed = departments.reduce((sum, d) => sum + d.headcount, 0);
  if (listed > people) {
    const shares = scaleDown(departments, listed, people).filter((s) => s.count > 0);
    return { ok: true, shares, adjustment: { kind: 'scaledDown', listed } };
  }
  const shares: DepartmentShare[] = departments
    .filter((d) => d.headcount > 0)
    .map((d) => ({ department: d.id, count: d.headcount }));
  if (listed === people) return { ok: true, shares, adjustment: null };
  const unknown = people - listed;
  // With no departments listed at all there is nothing to adjust: everyone is simply unknown.
  const adjustment: HeadcountAdjustment | null =
    departments.length === 0 ? null : { kind: 'unknownAdded', listed, unknown };
  return { ok: true, shares: [...shares, { department: null, count: unknown }], adjustment };
}
