import { absencePercentage, type AbsenceFigures } from '../absence/absence';
import { isBlank } from '../text';
import { isLocalDate } from './fields';
import type { Handleplan, Initiative } from './handleplan';

/**
 * What a written action plan must hold since 1 February 2024 (bekendtgørelse nr. 65 of
 * 22 January 2024 on systematic work-environment work): for each problem not solved at
 * once, its kind, severity, extent and causes; when and how it will be solved; who is
 * responsible; a follow-up that checks the solution works. The APV must include sickness
 * absence. 'source' is our own advice: the method wants every initiative traceable.
 */
export const INITIATIVE_GAPS = [
  'kind',
  'severity',
  'extent',
  'causes',
  'how',
  'start',
  'deadline',
  'responsible',
  'followUp',
  'followUpMethod',
  'success',
  'source',
  'deadlineBeforeStart',
  'followUpBeforeStart',
] as const;
export type InitiativeGap = (typeof INITIATIVE_GAPS)[number];

export const PLAN_GAPS = [
  'noInitiatives',
  'absenceBaseline',
  'absenceConsiderations',
  'approvalDate',
] as const;
export type PlanGap = (typeof PLAN_GAPS)[number];

/** 'missing' and 'invalid' gaps make the plan incomplete; 'advice' is only flagged. */
export type GapLevel = 'missing' | 'invalid' | 'advice';

export function gapLevel(gap: InitiativeGap | PlanGap): GapLevel {
  if (gap === 'source') return 'advice';
  if (gap === 'deadlineBeforeStart' || gap === 'followUpBeforeStart') return 'invalid';
  return 'missing';
}

export interface InitiativeGaps {
  initiativeId: string;
  gaps: InitiativeGap[];
}

export interface CompletenessReport {
  plan: PlanGap[];
  /** Only initiatives with gaps, in plan order. */
  initiatives: InitiativeGaps[];
  /** True when no gap but advice is left. */
  complete: boolean;
}

export function initiativeGaps(initiative: Initiative): InitiativeGap[] {
  const i = initiative;
  const checks: [InitiativeGap, boolean][] = [
    ['kind', isBlank(i.problem.kind)],
    ['severity', isBlank(i.problem.severity)],
    ['extent', isBlank(i.problem.extent)],
    ['causes', isBlank(i.problem.causes)],
    ['how', isBlank(i.how)],
    ['start', !isLocalDate(i.start)],
    ['deadline', !isLocalDate(i.deadline)],
    ['responsible', isBlank(i.responsible)],
    ['followUp', !i.followUpDates.some(isLocalDate)],
    ['followUpMethod', isBlank(i.followUpMethod)],
    ['success', isBlank(i.success)],
    ['source', i.sourceWishIds.length === 0 && i.sourceProposalIds.length === 0],
  ];
  const gaps = checks.filter(([, missing]) => missing).map(([gap]) => gap);
  // Every date that is out of order is its own gap, so fixing one does not reveal another.
  if (isLocalDate(i.start)) {
    if (isLocalDate(i.deadline) && i.deadline < i.start) gaps.push('deadlineBeforeStart');
    if (i.followUpDates.some((d) => isLocalDate(d) && d < i.start))
      gaps.push('followUpBeforeStart');
  }
  return gaps;
}

export function planGaps(plan: Handleplan, absenceBaseline: AbsenceFigures): PlanGap[] {
  const gaps: PlanGap[] = [];
  if (!plan.initiatives.some(isActive)) gaps.push('noInitiatives');
  const baselineMeasured =
    isLocalDate(absenceBaseline.from) &&
    isLocalDate(absenceBaseline.to) &&
    absencePercentage(absenceBaseline) !== null;
  if (!baselineMeasured) gaps.push('absenceBaseline');
  if (isBlank(plan.absenceConsiderations)) gaps.push('absenceConsiderations');
  if (!isLocalDate(plan.approvalDate)) gaps.push('approvalDate');
  return gaps;
}

/** Dropped initiatives are no longer part of the plan's promise, so they are not checked. */
function isActive(initiative: Initiative): boolean {
  return initiative.status !== 'dropped';
}

/** The plan's gaps against the legal requirements, plan-wide and initiative by initiative. */
export function checkCompleteness(
  plan: Handleplan,
  absenceBaseline: AbsenceFigures,
): CompletenessReport {
  const planLevel = planGaps(plan, absenceBaseline);
  const initiatives = plan.initiatives
    .filter(isActive)
    .map((i) => ({ initiativeId: i.id, gaps: initiativeGaps(i) }))
    .filter((entry) => entry.gaps.length > 0);
  const complete =
    planLevel.length === 0 &&
    initiatives.every((entry) => entry.gaps.every((gap) => gapLevel(gap) === 'advice'));
  return { plan: planLevel, initiatives, complete };
}
