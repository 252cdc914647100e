import { rootFinder, rowTotals } from './mergeTree';
import type { WishesSection } from './types';
import { themeNameKey } from './themes';

/**
 * Cross-reference problems a stored section must not have (described for developers, not
 * users): unique ids, references to existing wishes, merges matching the wishes, no
 * merge cycles, a wish under at most one heading, distinct heading names, no row below zero
 * marks. Linear in the size of the section.
 */
export function integrityProblems(section: WishesSection): string[] {
  const problems: string[] = [];
  const wishIds = new Set(section.wishes.map((w) => w.id));
  const idLists: [string, string[]][] = [
    ['strength id', section.strengths.map((s) => s.id)],
    ['wish id', section.wishes.map((w) => w.id)],
    ['merge id', section.merges.map((m) => m.id)],
    ['mark id', section.marks.map((m) => m.id)],
    ['theme id', section.themes.map((t) => t.id)],
    ['theme name', section.themes.map((t) => themeNameKey(t.name))],
    ['themed wish', section.themes.flatMap((t) => t.wishIds)],
    ['override', section.selection.overrides.map((o) => o.wishId)],
    ['assessment', section.assessments.map((a) => a.wishId)],
  ];
  for (const [what, ids] of idLists) {
    if (new Set(ids).size !== ids.length) problems.push(`duplicate ${what}`);
  }
  const referenced = [
    ...section.marks.map((m) => m.wishId),
    ...section.themes.flatMap((t) => t.wishIds),
    ...section.selection.overrides.map((o) => o.wishId),
    ...section.assessments.map((a) => a.wishId),
    ...section.merges.flatMap((m) => [m.targetId, ...m.sourceIds]),
  ];
  if (referenced.some((id) => !wishIds.has(id))) problems.push('reference to an unknown wish');
  problems.push(...mergeProblems(section));
  for (const total of rowTotals(section.wishes, section.marks).values()) {
    if (total < 0) problems.push('row with fewer than zero marks');
  }
  return problems;
}

/** Every merged wish belongs to exactly one open merge, and merges form no cycle. */
function mergeProblems(section: WishesSection): string[] {
  const problems: string[] = [];
  const mergedBy = new Map<string, string>();
  for (const merge of section.merges) {
    for (const id of merge.sourceIds) {
      if (mergedBy.has(id)) problems.push('wish in two merges');
      mergedBy.set(id, merge.targetId);
    }
  }
  const byId = new Map(section.wishes.map((w) => [w.id, w]));
  const rootOf = rootFinder(section.wishes);
  for (const wish of section.wishes) {
    if (wish.mergedInto !== (mergedBy.get(wish.id) ?? null))
      problems.push('wish and merge disagree');
    // In a cycle the walk up stops at a wish that is itself merged.
    if (byId.get(rootOf(wish.id))?.mergedInto) problems.push('merge cycle');
  }
  return problems;
}
