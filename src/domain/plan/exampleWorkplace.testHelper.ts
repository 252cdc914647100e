/**
 * Test-only: maps the example workplace (tests/fixtures/example-workplace.json, a fictional
 * daycare) onto the plan types. Texts stay in the fixture file; nothing here ships in the app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AbsenceFigures } from '../absence/absence';
import type { ExportLabels } from '../export/planRows';
import { emptyFollowUp, type EffectVerdict, type FollowUp } from '../followup/followup';
import {
  emptyHandleplan,
  type CommunicationChannel,
  type Handleplan,
  type Initiative,
} from './handleplan';
import { PROPOSAL_HEADINGS, type Meeting2, type Proposal } from './meeting2';
import type { TraceWish } from './trace';

interface Fixture {
  workplace: string;
  absenceBaseline: { period: string; plannedWorkdays: number; daysLost: number };
  absenceFollowUps: { period: string; plannedWorkdays: number; daysLost: number }[];
  wishes: { id: string; group: number; text: string }[];
  duplicates: string[][];
  marks: Record<string, number>;
  assessment: { wish: string; decision: string; note: string }[];
  meeting2: {
    groupsOfFour: { group: number; wish: string; proposals: string[] }[];
    interestGroups: ({ wish: string } & Record<'we' | 'leader' | 'partners', string[]>)[];
  };
  initiatives: {
    title: string;
    fromWishes: string[];
    how: string;
    responsible: string;
    start: string;
    deadline: string;
    followUp: string[];
    success: string;
  }[];
  /** `initiative` counts from 1, in plan order. */
  effectChecks: {
    initiative: number;
    planned: string;
    held: string;
    verdict: EffectVerdict;
    note: string;
  }[];
  staffInformed: { date: string; what: string; channel: CommunicationChannel }[];
}

const FIXTURE_PATH = resolve(import.meta.dirname, '../../../tests/fixtures/example-workplace.json');
const fixture = JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as Fixture;

export const workplaceName = fixture.workplace;

function figures(f: Fixture['absenceBaseline']): AbsenceFigures {
  const [from = '', to = ''] = f.period.split('/');
  return { from, to, plannedWorkdays: f.plannedWorkdays, daysLost: f.daysLost };
}

export const absenceBaseline = figures(fixture.absenceBaseline);
export const absenceFollowUps = fixture.absenceFollowUps.map(figures);

/** Kept wishes of the bruttoliste: a duplicate set keeps its first id and all its groups. */
export function exampleWishes(): TraceWish[] {
  const struck = new Set(fixture.duplicates.flatMap((set) => set.slice(1)));
  return fixture.wishes
    .filter((w) => !struck.has(w.id))
    .map((w) => {
      const set = fixture.duplicates.find((s) => s[0] === w.id) ?? [w.id];
      const groups = set.map((id) => fixture.wishes.find((x) => x.id === id)!.group);
      const assessed = fixture.assessment.find((a) => a.wish === w.id);
      return {
        id: w.id,
        text: w.text,
        groups: [...new Set(groups)].sort((a, b) => a - b),
        marks: fixture.marks[w.id] ?? 0,
        ...(assessed ? { decision: assessed.decision, assessmentNote: assessed.note } : {}),
      };
    });
}

export function exampleMeeting2(): Meeting2 {
  const proposals: Proposal[] = [];
  for (const g of fixture.meeting2.groupsOfFour) {
    g.proposals.forEach((text, n) =>
      proposals.push({
        id: `g${g.group}-${n + 1}`,
        wishId: g.wish,
        text,
        origin: { step: 'groupOfFour', group: g.group },
      }),
    );
  }
  for (const ig of fixture.meeting2.interestGroups) {
    for (const heading of PROPOSAL_HEADINGS) {
      ig[heading].forEach((text, n) =>
        proposals.push({
          id: `${ig.wish}-${heading}-${n + 1}`,
          wishId: ig.wish,
          text,
          origin: { step: 'interestGroup', heading },
        }),
      );
    }
  }
  return {
    groupChoices: fixture.meeting2.groupsOfFour.map((g) => ({ group: g.group, wishIds: [g.wish] })),
    interestCounts: [],
    proposals,
    joins: [],
  };
}

/** The fixture's initiatives as `init-1`…; the law's problem fields are filled in by the test. */
export function exampleInitiatives(): Initiative[] {
  const meeting2 = exampleMeeting2();
  return fixture.initiatives.map((i, n) => ({
    id: `init-${n + 1}`,
    title: i.title,
    how: i.how,
    sourceWishIds: i.fromWishes,
    sourceProposalIds: meeting2.proposals
      .filter((p) => i.fromWishes.includes(p.wishId))
      .map((p) => p.id),
    problem: { kind: 'k', severity: 's', extent: 'e', causes: 'c' },
    priority: 'high',
    start: i.start,
    deadline: i.deadline,
    responsible: i.responsible,
    participants: '',
    success: i.success,
    followUpDates: i.followUp,
    followUpMethod: 'm',
    status: 'notStarted',
    statusNote: '',
  }));
}

export function examplePlan(): Handleplan {
  return {
    ...emptyHandleplan(),
    goals: [{ id: 'goal-1', text: 'g', checklist: { ...allCriteria(true) } }],
    initiatives: exampleInitiatives(),
    absenceConsiderations: 'a',
    approvalDate: '2027-02-18',
  };
}

/** Three years of follow-up in short: effect checks, absence measured twice, what staff were told. */
export function exampleFollowUp(): FollowUp {
  return {
    ...emptyFollowUp(),
    checks: fixture.effectChecks.map((c, n) => ({
      id: `check-${n + 1}`,
      initiativeId: `init-${c.initiative}`,
      plannedDate: c.planned,
      heldOn: c.held,
      verdict: c.verdict,
      note: c.note,
    })),
    absenceMeasurements: absenceFollowUps.map((figures, n) => ({ id: `abs-${n + 1}`, figures })),
    communicationLog: fixture.staffInformed.map((e, n) => ({ id: `told-${n + 1}`, ...e })),
  };
}

function allCriteria(value: boolean) {
  return {
    positive: value,
    specific: value,
    measurable: value,
    attractive: value,
    ownResponsibility: value,
    realistic: value,
    timeBound: value,
    ecological: value,
  };
}

export const testLabels: ExportLabels = {
  title: 'Handleplan',
  workplace: 'Arbejdsplads',
  exportDate: 'Dato',
  columns: {
    order: 'Nr.',
    title: 'Indsats',
    how: 'Hvad og hvordan',
    problem: 'Problem',
    priority: 'Prioritet',
    responsible: 'Ansvarlig',
    participants: 'Deltagere',
    start: 'Start',
    deadline: 'Frist',
    followUp: 'Opfølgning',
    success: 'Succeskriterium',
    status: 'Status',
    source: 'Kilde',
  },
  problem: { kind: 'Art', severity: 'Alvor', extent: 'Omfang', causes: 'Årsager' },
  priority: { high: 'Høj', medium: 'Middel', low: 'Lav' },
  status: {
    notStarted: 'Ikke startet',
    inProgress: 'I gang',
    done: 'Færdig',
    dropped: 'Droppet',
  },
  source: {
    wishes: 'Ønsker',
    proposals: 'Forslag',
    groups: 'gr.',
    marks: 'streger',
    none: '—',
    decisions: { work: 'Arbejdes der med', partly: 'Delvist', notNow: 'Ikke nu' },
    origin: { group: 'gruppe', headings: { we: 'Vi', leader: 'Leder', partners: 'Partnere' } },
  },
  goals: 'Mål',
  approvalDate: 'Godkendt',
  notApproved: 'Ikke godkendt',
  approval: {
    heading: 'Godkendelse',
    columns: { role: 'Rolle', name: 'Navn', date: 'Dato', signature: 'Underskrift' },
    roles: { management: 'Ledelsen', representative: 'AMR', amo: 'AMO' },
  },
  absence: {
    heading: 'Sygefravær',
    baseline: 'Udgangspunkt',
    percentage: 'Fraværsprocent',
    considerations: 'Overvejelser og mål',
    notMeasured: 'Ikke målt',
  },
  communication: {
    heading: 'Kommunikation',
    columns: { what: 'Hvad', audience: 'Til hvem', when: 'Hvornår', channel: 'Kanal' },
    channels: {
      email: 'E-mail',
      staffMeeting: 'Personalemøde',
      separateMeeting: 'Særskilt møde',
      other: 'Andet',
    },
  },
  calendar: { deadline: 'Frist', followUp: 'Opfølgning' },
  csv: { followUpDate: 'Opfølgningsdato', followUpMethod: 'Hvordan effekten tjekkes' },
  followUp: {
    heading: 'Opfølgning',
    checks: {
      heading: 'Tjek af effekten',
      columns: {
        initiative: 'Indsats',
        plannedDate: 'Planlagt',
        heldOn: 'Holdt',
        verdict: 'Virker det?',
        note: 'Note',
      },
    },
    verdicts: {
      works: 'Ja, det virker',
      partly: 'Delvist',
      notYet: 'Ikke endnu',
      doesNotWork: 'Nej, det virker ikke',
    },
    absence: {
      heading: 'Sygefravær efter planens start',
      columns: {
        period: 'Periode',
        plannedWorkdays: 'Planlagte arbejdsdage',
        daysLost: 'Tabte arbejdsdage',
        percentage: 'Fraværsprocent',
        difference: 'Forskel fra udgangspunktet',
      },
      baseline: 'Udgangspunkt',
      points: 'procentpoint',
      below: 'under',
      above: 'over',
      same: 'Som udgangspunktet',
      beforePlan: 'Begyndte før planen',
    },
    told: {
      heading: 'Hvad personalet har fået at vide',
      columns: { date: 'Dato', what: 'Hvad blev fortalt', channel: 'Hvordan' },
    },
  },
  document: {
    overview: 'Indsatserne kort',
    initiatives: 'Indsatserne',
    page: 'Side',
    of: 'af',
  },
  decimalSeparator: ',',
};
