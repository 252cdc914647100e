import { absencePercentage, type AbsenceFigures } from '../absence/absence';
import {
  checkCompleteness,
  initiativeGaps,
  type InitiativeGap,
  type PlanGap,
} from '../plan/completeness';
import type { FollowUp } from '../followup/followup';
import type {
  ApproverRole,
  CommunicationChannel,
  Handleplan,
  Initiative,
  InitiativeStatus,
  Priority,
  ProblemDescription,
} from '../plan/handleplan';
import type { Meeting2 } from '../plan/meeting2';
import { sourceLine, traceInitiative, type SourceLabels, type TraceWish } from '../plan/trace';
import type { SignatureLine } from './docModel';
import { formatExportDate, formatPercent, type Row } from './format';
import { followUpModel, type FollowUpLabels, type FollowUpModel } from './followUpTables';

/** The handleplan's fields, defined once for every export: the print view's and CSV's columns. */
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
  /** Who approved: the heading, the signature table's columns and the roles' names. */
  approval: {
    heading: string;
    columns: { role: string; name: string; date: string; signature: string };
    roles: Record<ApproverRole, string>;
  };
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
  /** The CSV's own columns: each follow-up date ("Opfølgningsdato 1") and how it is checked. */
  csv: { followUpDate: string; followUpMethod: string };
  followUp: FollowUpLabels;
  /** Words only the paged documents (Word, print, Markdown) use. */
  document: {
    /** Heading of the one-line-per-initiative table on the first page. */
    overview: string;
    /** Heading of the blocks, one per initiative. */
    initiatives: string;
    /** The footer's "Side 2 af 5": the words before and between the numbers. */
    page: string;
    of: string;
  };
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
  followUp: FollowUp;
  labels: ExportLabels;
  /** Mark the completeness check's gaps in the export (needs `labels.gaps`). */
  markGaps?: boolean;
}

/** The whole printable plan as texts: what every serialiser lays out in its own format. */
export interface PlanPrintModel {
  title: string;
  workplace: string;
  /** The document's heading: the title with the workplace. */
  heading: string;
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
  followUp: FollowUpModel;
  /** Who approved, each with a line to sign; no lines until someone is named. */
  approval: { heading: string; header: SignatureHeader; lines: SignatureLine[] };
  document: ExportLabels['document'];
}

type SignatureHeader = [string, string, string, string];

/** Who approved, with a line each to sign: role, name (and position), date. */
export function signatureLines(
  plan: Pick<Handleplan, 'approvals'>,
  roles: Record<ApproverRole, string>,
): SignatureLine[] {
  return plan.approvals.map((a) => ({
    role: roles[a.role],
    name: a.title.trim() ? `${a.name}, ${a.title}` : a.name,
    date: formatExportDate(a.date),
  }));
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
    heading: input.workplace.trim() ? `${labels.title}: ${input.workplace}` : labels.title,
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
      [
        labels.absence.percentage,
        formatPercent(
          absencePercentage(baseline),
          labels.decimalSeparator,
          labels.absence.notMeasured,
        ),
      ],
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
    document: labels.document,
    approval: {
      heading: labels.approval.heading,
      header: [
        labels.approval.columns.role,
        labels.approval.columns.name,
        labels.approval.columns.date,
        labels.approval.columns.signature,
      ],
      lines: signatureLines(plan, labels.approval.roles),
    },
    followUp: followUpModel({
      followUp: input.followUp,
      initiatives: plan.initiatives,
      approvalDate: plan.approvalDate,
      absenceBaseline: baseline,
      labels: labels.followUp,
      channels: labels.communication.channels,
      decimalSeparator: labels.decimalSeparator,
      notMeasured: labels.absence.notMeasured,
    }),
  };
}
