import {
  compareAbsence,
  planStartDate,
  type AbsenceComparison,
} from '../followup/absenceComparison';
import type { EffectVerdict, FollowUp } from '../followup/followup';
import type { CommunicationChannel, Initiative } from '../plan/handleplan';
import type { AbsenceFigures } from '../absence/absence';
import { formatExportDate, formatPercent, type Row } from './format';

export const CHECK_COLUMNS = ['initiative', 'plannedDate', 'heldOn', 'verdict', 'note'] as const;
export type CheckColumn = (typeof CHECK_COLUMNS)[number];

export const MEASUREMENT_COLUMNS = [
  'period',
  'plannedWorkdays',
  'daysLost',
  'percentage',
  'difference',
] as const;
export type MeasurementColumn = (typeof MEASUREMENT_COLUMNS)[number];

export const TOLD_COLUMNS = ['date', 'what', 'channel'] as const;
export type ToldColumn = (typeof TOLD_COLUMNS)[number];

/** The follow-up's words, from the UI's dictionary. */
export interface FollowUpLabels {
  heading: string;
  checks: { heading: string; columns: Record<CheckColumn, string> };
  verdicts: Record<EffectVerdict, string>;
  absence: {
    heading: string;
    columns: Record<MeasurementColumn, string>;
    /** The first row's period label. */
    baseline: string;
    /** "procentpoint"; a difference reads "0,6 procentpoint under". */
    points: string;
    below: string;
    above: string;
    same: string;
    beforePlan: string;
  };
  told: { heading: string; columns: Record<ToldColumn, string> };
}

/** One table of the model: a heading, its columns and rows of texts. */
export interface ModelTable<K extends string> {
  heading: string;
  columns: { id: K; label: string }[];
  rows: Row<K>[];
}

/** The follow-up as far as it has come; a table with no rows is left out (null). */
export interface FollowUpModel {
  heading: string;
  checks: ModelTable<CheckColumn> | null;
  absence: ModelTable<MeasurementColumn> | null;
  told: ModelTable<ToldColumn> | null;
}

export interface FollowUpInput {
  followUp: FollowUp;
  initiatives: readonly Initiative[];
  approvalDate: string;
  absenceBaseline: AbsenceFigures;
  labels: FollowUpLabels;
  channels: Record<CommunicationChannel, string>;
  decimalSeparator: string;
  notMeasured: string;
}

function columns<K extends string>(ids: readonly K[], labels: Record<K, string>) {
  return ids.map((id) => ({ id, label: labels[id] }));
}

const table = <K extends string>(
  heading: string,
  ids: readonly K[],
  labels: Record<K, string>,
  rows: Row<K>[],
): ModelTable<K> | null =>
  rows.length > 0 ? { heading, columns: columns(ids, labels), rows } : null;

const period = (f: AbsenceFigures) => `${formatExportDate(f.from)} – ${formatExportDate(f.to)}`;
const whole = (n: number | null) => (n === null ? '' : String(n));

function difference(points: number | null, input: FollowUpInput): string {
  const l = input.labels.absence;
  if (points === null) return input.notMeasured;
  if (points === 0) return l.same;
  const size = Math.abs(points).toFixed(1).replace('.', input.decimalSeparator);
  return `${size} ${l.points} ${points < 0 ? l.below : l.above}`;
}

function measurementRows(input: FollowUpInput, compared: AbsenceComparison[]) {
  const l = input.labels.absence;
  const pct = (p: number | null) => formatPercent(p, input.decimalSeparator, input.notMeasured);
  const b = input.absenceBaseline;
  const baseline: Row<MeasurementColumn> = {
    period: b.from || b.to ? `${l.baseline}\n${period(b)}` : l.baseline,
    plannedWorkdays: whole(b.plannedWorkdays),
    daysLost: whole(b.daysLost),
    percentage: pct(compared[0]?.baselinePercentage ?? null),
    difference: '',
  };
  return [
    baseline,
    ...compared.map((c) => ({
      period: c.startsBeforePlan ? `${period(c.figures)}\n${l.beforePlan}` : period(c.figures),
      plannedWorkdays: whole(c.figures.plannedWorkdays),
      daysLost: whole(c.figures.daysLost),
      percentage: pct(c.percentage),
      difference: difference(c.differencePoints, input),
    })),
  ];
}

/** A table as plain texts, the way each serialiser lays it out. */
export interface TextTable {
  heading: string;
  header: string[];
  rows: string[][];
}

function texts<K extends string>(t: ModelTable<K> | null): TextTable[] {
  if (!t) return [];
  const header = t.columns.map((c) => c.label);
  return [{ heading: t.heading, header, rows: t.rows.map((r) => t.columns.map((c) => r[c.id])) }];
}

/** The follow-up's tables that have rows, in document order. */
export function followUpTables(f: FollowUpModel): TextTable[] {
  return [...texts(f.checks), ...texts(f.absence), ...texts(f.told)];
}

/**
 * The follow-up for the exports: the effect checks (in plan order, then by planned date),
 * sickness absence measured after the baseline against it, and what staff were told (by date).
 */
export function followUpModel(input: FollowUpInput): FollowUpModel {
  const { followUp: f, initiatives, labels } = input;
  const order = new Map(initiatives.map((i, n) => [i.id, n]));
  const title = (id: string) => {
    const n = order.get(id);
    return n === undefined ? '' : `${n + 1}. ${initiatives[n]!.title}`;
  };
  const checks = [...f.checks]
    .filter((c) => order.has(c.initiativeId))
    .sort(
      (a, b) =>
        order.get(a.initiativeId)! - order.get(b.initiativeId)! ||
        a.plannedDate.localeCompare(b.plannedDate),
    )
    .map((c) => ({
      initiative: title(c.initiativeId),
      plannedDate: formatExportDate(c.plannedDate),
      heldOn: formatExportDate(c.heldOn),
      verdict: labels.verdicts[c.verdict],
      note: c.note,
    }));
  const compared = compareAbsence(
    input.absenceBaseline,
    f.absenceMeasurements,
    planStartDate(initiatives, input.approvalDate),
  );
  const told = [...f.communicationLog]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({
      date: formatExportDate(e.date),
      what: e.what,
      channel: input.channels[e.channel],
    }));
  return {
    heading: labels.heading,
    checks: table(labels.checks.heading, CHECK_COLUMNS, labels.checks.columns, checks),
    absence:
      compared.length > 0
        ? table(
            labels.absence.heading,
            MEASUREMENT_COLUMNS,
            labels.absence.columns,
            measurementRows(input, compared),
          )
        : null,
    told: table(labels.told.heading, TOLD_COLUMNS, labels.told.columns, told),
  };
}
