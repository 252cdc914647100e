import { format, parseISO } from 'date-fns';
import type { ApvProcess } from '../document';
import type { TeamKind } from '../followup/followup';
import type { InitiativeStatus } from '../plan/handleplan';
import { interestTotal } from '../plan/meeting2';
import { originLabel } from '../plan/trace';
import { MEETING_IDS, parseMeetingTime, type MeetingId } from '../preparation/meetingPlan';
import { assessmentRows } from '../wishes/assessment';
import { bruttoliste } from '../wishes/bruttoliste';
import { marksBySource } from '../wishes/marks';
import { ownTotals } from '../wishes/mergeTree';
import { currentSelection } from '../wishes/selection';
import {
  ANALYSIS_POINT_IDS,
  type AnalysisPointId,
  type WishDecision,
  type WishesSection,
} from '../wishes/types';
import {
  filledFields,
  listBlock,
  subheading,
  tableBlock,
  type DocBlock,
  type DocModel,
  type DocRow,
  type DocSection,
} from './docModel';
import { formatExportDate } from './format';
import {
  approvalBlocks,
  communicationBlocks,
  followUpTableBlocks,
  initiativeBlocks,
  TABLE_WIDTHS,
} from './planDoc';
import { planPrintModel, type ExportLabels, type PlanPrintModel } from './planRows';
import { planExportInput } from './processExport';

/*
 * "APV-dokumentation": the whole APV on record, the document a workplace shows Arbejdstilsynet.
 * One section per part of the method, each only as far as the process has come (a section
 * with nothing recorded yet is left out): the process, the mapping (meeting 1), the
 * assessment, meeting 2's proposals, the handleplan with its approval, sickness absence and
 * the follow-up. The Word file and the print view (the PDF) both lay out this model.
 */

export const RECORD_SECTIONS = [
  'process',
  'mapping',
  'assessment',
  'meeting2',
  'plan',
  'absence',
  'followUp',
] as const;
export type RecordSectionId = (typeof RECORD_SECTIONS)[number];

/** The record's own words, from the UI's dictionary; the plan's come from ExportLabels. */
export interface RecordLabels {
  title: string;
  sections: Record<RecordSectionId, string>;
  process: {
    invited: string;
    departments: string;
    moedeleder: string;
    assistants: string;
    amg: string;
    meetings: string;
    meetingColumns: { meeting: string; planned: string; held: string; present: string };
    meetingNames: Record<MeetingId, string>;
  };
  mapping: {
    strengths: string;
    /** "gruppe", before a group number. */
    group: string;
    bruttoliste: string;
    columns: {
      order: string;
      wish: string;
      groups: string;
      marks: string;
      selected: string;
      note: string;
    };
    selected: string;
    preliminary: string;
    /** "Dublet af nr." before the number of the wish it was merged into. */
    duplicateOf: string;
    removed: string;
    /** The bruttoliste's marks by where they were placed (shown once phones took part). */
    marksFromPhones: string;
    marksFromPaper: string;
  };
  assessment: {
    decisions: string;
    columns: { wish: string; marks: string; decision: string; reason: string };
    decisionNames: Record<WishDecision, string>;
    undecided: string;
    analysis: string;
    points: Record<AnalysisPointId, string>;
    themes: string;
  };
  meeting2: {
    choices: string;
    /** "Gruppe", before a group number. */
    group: string;
    interest: string;
    proposals: string;
    columns: { wish: string; proposal: string; origin: string; join: string };
  };
  followUp: {
    statusHistory: string;
    statusColumns: { date: string; initiative: string; status: string; note: string };
    team: string;
    teamKinds: Record<TeamKind, string>;
  };
}

export interface RecordInput {
  process: ApvProcess;
  /** 'yyyy-MM-dd'. */
  exportDate: string;
  labels: RecordLabels;
  plan: ExportLabels;
}

type Builder = (input: RecordInput, plan: PlanPrintModel) => DocBlock[];

const joinNames = (names: readonly { name: string }[]) =>
  names
    .map((p) => p.name.trim())
    .filter((n) => n !== '')
    .join(', ');

/** A planned meeting's time, 'dd-mm-yyyy kl. HH:mm'. */
function plannedAt(value: string): string {
  const at = parseMeetingTime(value);
  return at ? format(at, 'dd-MM-yyyy HH:mm') : '';
}

const processBlocks: Builder = ({ process: p, labels }) => {
  const l = labels.process;
  const people = p.people;
  const runs: Partial<Record<MeetingId, keyof ApvProcess['meetingRuns']>> = {
    dialogmoede1: 'meeting1',
    dialogmoede2: 'meeting2',
  };
  const rows: DocRow[] = MEETING_IDS.flatMap((id) => {
    const run = runs[id];
    const record = run ? p.meetingRuns[run].record : null;
    const held = record?.startedAt ? format(new Date(record.startedAt), 'dd-MM-yyyy HH:mm') : '';
    const present = record?.present ? String(record.present) : '';
    const planned = plannedAt(p.meetings[id]);
    if (!planned && !held && !present) return [];
    return [{ cells: [l.meetingNames[id], planned, held, present] }];
  });
  const c = l.meetingColumns;
  return [
    ...filledFields([
      [l.invited, people.participants === null ? '' : String(people.participants)],
      [l.departments, people.departments.map((d) => `${d.name} (${d.headcount})`).join(', ')],
      [l.moedeleder, people.moedeleder],
      [l.assistants, joinNames(people.moedeassistenter)],
      [l.amg, joinNames(people.amg)],
    ]),
    ...tableBlock([c.meeting, c.planned, c.held, c.present], [30, 25, 25, 20], rows, l.meetings),
  ];
};

/** The bruttoliste as meeting 1 left it: each wish, its duplicates struck under it, then the removed. */
function bruttolisteRows(section: WishesSection, labels: RecordLabels): DocRow[] {
  const l = labels.mapping;
  const own = ownTotals(section.marks);
  const selected = new Set(currentSelection(section).wishIds);
  const rows: DocRow[] = [];
  bruttoliste(section).forEach((row, n) => {
    rows.push({
      cells: [
        String(n + 1),
        row.wish.text,
        row.groups.map(String).join(', '),
        String(row.total),
        selected.has(row.wish.id) ? l.selected : '',
        '',
      ],
    });
    for (const dup of row.merged) {
      rows.push({
        struck: true,
        cells: [
          '',
          dup.text,
          String(dup.group),
          String(own.get(dup.id) ?? 0),
          '',
          `${l.duplicateOf} ${n + 1}`,
        ],
      });
    }
  });
  for (const w of section.wishes.filter((x) => x.removedAt !== null)) {
    rows.push({
      struck: true,
      cells: ['', w.text, String(w.group), String(own.get(w.id) ?? 0), '', l.removed],
    });
  }
  return rows;
}

const mappingBlocks: Builder = ({ process: p, labels }) => {
  const l = labels.mapping;
  const c = l.columns;
  const strengths = [...p.wishes.strengths]
    .sort((a, b) => a.group - b.group)
    .map((s) => `${s.text} (${l.group} ${s.group})`);
  const rows = bruttolisteRows(p.wishes, labels);
  const sources = marksBySource(p.wishes);
  return [
    ...listBlock(strengths, l.strengths),
    ...tableBlock(
      [c.order, c.wish, c.groups, c.marks, c.selected, c.note],
      [6, 37, 13, 12, 12, 20],
      rows,
      l.bruttoliste,
    ),
    ...(sources.phone > 0
      ? filledFields([
          [l.marksFromPhones, String(sources.phone)],
          [l.marksFromPaper, String(sources.paper)],
        ])
      : []),
    ...(rows.length > 0 && p.wishes.selection.preliminary ? listBlock([l.preliminary]) : []),
  ];
};

const assessmentBlocks: Builder = ({ process: p, labels }) => {
  const l = labels.assessment;
  const c = l.columns;
  const listed = assessmentRows(p.wishes);
  const rows: DocRow[] = listed
    .filter((r) => r.assessment && (r.assessment.decision || r.assessment.note.trim()))
    .map((r) => {
      const a = r.assessment!;
      const why = [a.reason, a.note].filter((t) => t.trim() !== '').join('\n');
      return {
        cells: [
          r.wish.text,
          String(r.total),
          a.decision ? l.decisionNames[a.decision] : l.undecided,
          why,
        ],
      };
    });
  const text = new Map(listed.map((r) => [r.wish.id, r.wish.text]));
  const themes = p.wishes.themes.flatMap((t) => {
    const wishes = t.wishIds.flatMap((id) => text.get(id) ?? []);
    return wishes.length > 0 || t.name.trim() ? [`${t.name}: ${wishes.join('; ')}`] : [];
  });
  const analysis = ANALYSIS_POINT_IDS.map(
    (id) => [l.points[id], p.wishes.analysisNotes[id]] as [string, string],
  );
  const fields = filledFields(analysis);
  return [
    ...tableBlock([c.wish, c.marks, c.decision, c.reason], [38, 10, 17, 35], rows, l.decisions),
    ...(fields.length > 0 ? [subheading(l.analysis), ...fields] : []),
    ...listBlock(themes, l.themes),
  ];
};

const meeting2Blocks: Builder = ({ process: p, labels, plan }) => {
  const l = labels.meeting2;
  const c = l.columns;
  const wishText = new Map(p.wishes.wishes.map((w) => [w.id, w.text]));
  const choices = [...p.meeting2.groupChoices]
    .sort((a, b) => a.group - b.group)
    .map(
      (g) => `${l.group} ${g.group}: ${g.wishIds.map((id) => wishText.get(id) ?? id).join('; ')}`,
    );
  const counted = [...p.meeting2.interestCounts, ...(p.meeting2.phoneInterest ?? [])];
  const interest = [...new Set(counted.map((i) => i.wishId))].map(
    (id) => [wishText.get(id) ?? id, String(interestTotal(p.meeting2, id))] as [string, string],
  );
  const joinOf = (id: string) => p.meeting2.joins.find((j) => j.proposalIds.includes(id));
  const rows: DocRow[] = p.meeting2.proposals.map((pr) => {
    const join = joinOf(pr.id);
    return {
      cells: [
        wishText.get(pr.wishId) ?? '',
        pr.text,
        originLabel(pr.origin, plan.source.origin),
        join ? [join.theme, join.text].filter((t) => t.trim() !== '').join(': ') : '',
      ],
    };
  });
  return [
    ...listBlock(choices, l.choices),
    ...(interest.length > 0 ? [subheading(l.interest), ...filledFields(interest)] : []),
    ...tableBlock([c.wish, c.proposal, c.origin, c.join], [27, 38, 13, 22], rows, l.proposals),
  ];
};

const planBlocks: Builder = ({ plan: labels }, m) => {
  if (m.goals.length === 0 && m.rows.length === 0) return [];
  const approvalDate = labels.approvalDate;
  return [
    ...listBlock(m.goals, m.goalsHeading),
    ...initiativeBlocks(m),
    ...communicationBlocks(m, true),
    subheading(m.approval.heading),
    ...filledFields(m.meta.filter(([label]) => label === approvalDate)),
    ...approvalBlocks(m),
  ];
};

const absenceBlocks: Builder = ({ process: p }, m) => {
  const b = p.absence.baseline;
  const measured = b.from || b.to || b.plannedWorkdays !== null || b.daysLost !== null;
  const considered = p.plan.absenceConsiderations.trim() !== '';
  if (!measured && !considered && p.followUp.absenceMeasurements.length === 0) return [];
  return [
    ...filledFields(m.absence),
    ...followUpTableBlocks(m.followUp.absence, TABLE_WIDTHS.absence),
  ];
};

const followUpBlocks: Builder = ({ process: p, labels, plan }, m) => {
  const l = labels.followUp;
  const c = l.statusColumns;
  const order = new Map(p.plan.initiatives.map((i, n) => [i.id, n]));
  const status = (s: InitiativeStatus) => plan.status[s];
  const history: DocRow[] = [...p.followUp.statusLog]
    .filter((e) => order.has(e.initiativeId))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((e) => {
      const n = order.get(e.initiativeId)!;
      return {
        cells: [
          format(parseISO(e.at), 'dd-MM-yyyy'),
          `${n + 1}. ${p.plan.initiatives[n]!.title}`,
          status(e.status),
          e.note,
        ],
      };
    });
  const team = p.followUp.team.map((t) =>
    [t.name, l.teamKinds[t.kind], t.role].filter((x) => x.trim() !== '').join(' – '),
  );
  return [
    ...tableBlock(
      [c.date, c.initiative, c.status, c.note],
      [14, 34, 16, 36],
      history,
      l.statusHistory,
    ),
    ...followUpTableBlocks(m.followUp.checks, TABLE_WIDTHS.checks),
    ...followUpTableBlocks(m.followUp.told, TABLE_WIDTHS.told),
    ...listBlock(team, l.team),
  ];
};

const BUILDERS: Record<RecordSectionId, Builder> = {
  process: processBlocks,
  mapping: mappingBlocks,
  assessment: assessmentBlocks,
  meeting2: meeting2Blocks,
  plan: planBlocks,
  absence: absenceBlocks,
  followUp: followUpBlocks,
};

/** The APV on record, as far as the process has come. */
export function apvRecordModel(input: RecordInput): DocModel {
  const { process: p, labels } = input;
  const plan = planPrintModel(planExportInput(p, input.plan, input.exportDate));
  const sections: DocSection[] = RECORD_SECTIONS.map((id) => ({
    id,
    heading: labels.sections[id],
    blocks: BUILDERS[id](input, plan),
  })).filter((s) => s.blocks.length > 0);
  return {
    heading: p.name.trim() ? `${labels.title}: ${p.name}` : labels.title,
    meta: [
      [input.plan.workplace, p.name],
      [input.plan.exportDate, formatExportDate(input.exportDate)],
    ],
    sections,
    page: { page: input.plan.document.page, of: input.plan.document.of },
  };
}
