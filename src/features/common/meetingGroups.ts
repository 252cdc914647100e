import type { Agenda, AgendaStep } from '../../domain/agenda/agenda';
import type { Grouping } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import type { ApvProcess } from '../../domain/document';
import { GROUPING_KINDS, type GroupingKind } from '../../domain/groups/groupSizes';
import {
  splitIntoGroups,
  type GroupSplit,
  type SplitResult,
} from '../../domain/groups/splitIntoGroups';
import { wishGroupsFromCounts, type WishGroupResult } from '../../domain/groups/wishGroups';
import { interestOf, prioritisedWishIds } from '../../domain/plan/meeting2';

/** How many people the groups are made for: those counted present, else those invited. */
export function roomSize(
  process: ApvProcess,
  run: MeetingRun,
): { people: number | null; source: 'present' | 'participants' } {
  const present = run.record.present;
  if (present !== null) return { people: present, source: 'present' };
  return { people: process.people.participants, source: 'participants' };
}

export const isGroupingKind = (g: string | null): g is GroupingKind =>
  (GROUPING_KINDS as readonly string[]).includes(g ?? '');

/** The split of the room for one step that groups by size (not by wish). */
export function splitForStep(process: ApvProcess, people: number, kind: GroupingKind): SplitResult {
  const departments = process.people.departments.map((d) => ({
    id: d.id,
    headcount: d.headcount,
  }));
  return splitIntoGroups(kind, people, departments);
}

/** The interview groups of a step that groups by interview3; null when they are not known. */
export function interviewSplit(
  process: ApvProcess,
  run: MeetingRun,
  step: AgendaStep,
): GroupSplit | null {
  if (step.grouping !== 'interview3') return null;
  const { people } = roomSize(process, run);
  if (people === null || people < 1) return null;
  const result = splitForStep(process, people, step.grouping);
  return result.ok ? result.split : null;
}

/**
 * The step whose groups the projector shows: the current one if it groups, else the last one
 * before it that does (the groups the room is still in), else the first that does.
 */
export function groupingStep(
  agenda: Agenda,
  currentId: string | null,
): { step: AgendaStep; kind: Grouping } | null {
  const steps = agenda.steps.filter((step) => !step.skipped);
  const upToCurrent = steps.slice(0, steps.findIndex((step) => step.id === currentId) + 1);
  const step =
    upToCurrent.filter((s) => s.grouping !== null).at(-1) ?? steps.find((s) => s.grouping !== null);
  return step?.grouping ? { step, kind: step.grouping } : null;
}

/**
 * Meeting 2, step 2: the wishes the groups of 4 prioritised (with their wording), how many chose
 * each, and the interest groups those counts make (one per wish with people).
 */
export function interestGroups(process: ApvProcess): {
  /** `count` is everyone who chose the wish: the hands counted (`paper`) and the `phone`s. */
  wishes: { id: string; text: string; count: number; paper: number; phone: number }[];
  total: number;
  result: WishGroupResult;
} {
  const texts = new Map(process.wishes.wishes.map((w) => [w.id, w.text]));
  const wishes = prioritisedWishIds(process.meeting2).map((id) => {
    const { paper, phone } = interestOf(process.meeting2, id);
    return { id, text: texts.get(id) ?? id, count: paper + phone, paper, phone };
  });
  return {
    wishes,
    total: wishes.reduce((sum, w) => sum + w.count, 0),
    result: wishGroupsFromCounts(wishes.map((w) => ({ wish: w.id, count: w.count }))),
  };
}
