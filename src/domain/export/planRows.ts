import { absencePercentage, type AbsenceFigures } from '../absence/absence';
import {
  checkCompleteness,
  initiativeGaps,
  type InitiativeGap,
  type PlanGap,
} from '../plan/completeness';
import { isLocalDate } from '../plan/fields';
import type {
  CommunicationChannel,
  Handleplan,
  Initiative,
  InitiativeStatus,
  Priority,
  ProblemDescription,
} from '../plan/handleplan';
import type { Meeting2 } from '../plan/meeting2';
import { sourceLine, traceInitiative, type SourceLabels, type TraceWish } from '../plan/trace';

/** The handleplan table's columns, defined once for every export (an A4 landscape table). */
export const PLAN_COLUMNS = [
  'order',
  'title',
  'how',
  'problem',
  'priority',
  'responsible',
  'participants',
  'start',
  'deadline',
  'followUp',
  'success',
  'status',
  'source',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];
/** The model's columns: the plan's, plus 'gaps' when an incomplete plan is exported anyway. */
export type ModelColumn = PlanColumn | 'gaps';

export const COMMUNICATION_COLUMNS = ['what', 'audience', 'when', 'channel'] as const;
export type CommunicationColumn = (typeof COMMUNICATION_COLUMNS)[number];

/** Every word an export shows, passed in from the UI's dictionary (Danish or English). */
export interface ExportLabels {
  title: string;
  workplace: string;
  exportDate: string;
  columns: Record<PlanColumn, string>;
  problem: Record<keyof ProblemDescription, string>;
  priority: Record<Priority, string>;
  status: Record<InitiativeStatus, string>;
  source: SourceLabels;
  goals: string;
  approvalDate: string;
  notApproved: string;
  absence: {
    heading: string;
    baseline: string;
    percentage: string;
    considerations: string;
    notMeasured: string;
  };
  communication: {
    heading: string;
    columns: Record<CommunicationColumn, string>;
    channels: Record<CommunicationChannel, string>;
  };
  calendar: { deadline: string; followUp: string };
  /** ',' in Danish, '.' in English. */
  decimalSeparator: string;
  /** Words for marking what is missing, used when an incomplete plan is exported anyway. */
  gaps?: GapLabels;
}

export interface GapLabels {
  /** Heading of the extra column and label of the plan-wide line. */
  column: string;
  plan: string;
  names: Record<InitiativeGap | PlanGap, string>;
}

export interface PlanExportInput {
  workplace: string;
  /** 'yyyy-MM-dd'. */
  exportDate: string;
  plan: Handleplan;
  absenceBaseline: AbsenceFigures;
  wishes: readonly TraceWish[];
  meeting2: Meeting2;
  labels: ExportLabels;
  /** Mark the completeness check's gaps in the export (needs `labels.gaps`). */
  markGaps?: boolean;
}

export type Row<K extends string> = Record<K, string>;

/** The whole printable plan as texts: what every serialiser lays out in its own format. */
export interface PlanPrintModel {
  title: string;
  workplace: string;
  /** Label–value pairs for the top: workplace, export date, approval date. */
  meta: [string, string][];
  goalsHeading: string;
  goals: string[];
  columns: { id: ModelColumn; label: string }[];
  rows: Row<ModelColumn>[];
  absenceHeading: string;
  absence: [string, string][];
  communicationHeading: string;
  communicationColumns: { id: CommunicationColumn; label: string }[];
  communication: Row<CommunicationColumn>[];
}

/** 'yyyy-MM-dd' as 'dd-mm-yyyy' (what Danish readers and Excel expect); other text as is. */
export function formatExportDate(date: string): string {
  if (!isLocalDate(date)) return date;
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}`;
}

/** Multi-part cells use line breaks; each serialiser renders them its own way. */
const lines = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n');

export function initiativeRow(
  initiative: Initiative,
  index: number,
  input: Omit<PlanExportInput, 'plan'>,
): Row<PlanColumn> {
  const { labels } = input;
  const i = initiative;
  const p = i.problem;
  const labelled = (key: keyof ProblemDescription) =>
    p[key].trim() ? `${labels.problem[key]}: ${p[key].trim()}` : '';
  const trace = traceInitiative(i, input.wishes, input.meeting2);
  return {
    order: String(index + 1),
    title: i.title,
    how: i.how,
    problem: lines(labelled('kind'), labelled('severity'), labelled('extent'), labelled('causes')),
    priority: labels.priority[i.priority],
    responsible: i.responsible,
    participants: i.participants,
    start: formatExportDate(i.start),
    deadline: formatExportDate(i.deadline),
    followUp: lines(i.followUpDates.map(formatExportDate).join(', '), i.followUpMethod),
    success: i.success,
    status: lines(labels.status[i.status], i.statusNote),
    source: sourceLine(trace, labels.source),
  };
}

function formatPercent(value: number | null, labels: ExportLabels): string {
  if (value === null) return labels.absence.notMeasured;
  return `${value.toFixed(1).replace('.', labels.decimalSeparator)} %`;
}

export function planPrintModel(input: PlanExportInput): PlanPrintModel {
  const { plan, labels, absenceBaseline: baseline } = input;
  const gapLabels = input.markGaps ? labels.gaps : undefined;
  const rowGaps = (i: Initiative) =>
    !gapLabels || i.status === 'dropped'
      ? ''
      : initiativeGaps(i)
          .map((g) => gapLabels.names[g])
          .join('\n');
  const planGapLine: [string, string][] = gapLabels
    ? [
        [
          gapLabels.plan,
          checkCompleteness(plan, baseline)
            .plan.map((g) => gapLabels.names[g])
            .join(', '),
        ],
      ]
    : [];
  const period =
    baseline.from || baseline.to
      ? `${formatExportDate(baseline.from)} – ${formatExportDate(baseline.to)}`
      : labels.absence.notMeasured;
  return {
    title: labels.title,
    workplace: input.workplace,
    meta: [
      [labels.workplace, input.workplace],
      [labels.exportDate, formatExportDate(input.exportDate)],
      [labels.approvalDate, formatExportDate(plan.approvalDate) || labels.notApproved],
      ...planGapLine.filter(([, value]) => value !== ''),
    ],
    goalsHeading: labels.goals,
    goals: plan.goals.map((g) => g.text),
    columns: [
      ...PLAN_COLUMNS.map((id) => ({ id, label: labels.columns[id] as string })),
      ...(gapLabels ? [{ id: 'gaps' as const, label: gapLabels.column }] : []),
    ],
    rows: plan.initiatives.map((i, index) => ({
      ...initiativeRow(i, index, input),
      gaps: rowGaps(i),
    })),
    absenceHeading: labels.absence.heading,
    absence: [
      [labels.absence.baseline, period],
      [labels.absence.percentage, formatPercent(absencePercentage(baseline), labels)],
      [labels.absence.considerations, plan.absenceConsiderations],
    ],
    communicationHeading: labels.communication.heading,
    communicationColumns: COMMUNICATION_COLUMNS.map((id) => ({
      id,
      label: labels.communication.columns[id],
    })),
    communication: plan.communication.map((c) => ({
      what: c.what,
      audience: c.audience,
      when: c.when,
      channel: labels.communication.channels[c.channel],
    })),
  };
}
