/**
 * Test-only: the example workplace (tests/fixtures/example-workplace.json) as a whole ApvProcess
 * at each stage of the method, built through the wishes section's own events.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createProcess, type ApvProcess } from '../document';
import {
  absenceBaseline,
  exampleFollowUp,
  exampleMeeting2,
  examplePlan,
  testLabels,
  workplaceName,
} from '../plan/exampleWorkplace.testHelper';
import type { Approval } from '../plan/handleplan';
import type { WishesEvent } from '../wishes/events';
import {
  AT,
  captureEvents,
  markEvents,
  mergeEvents,
  readFixture,
  replay,
} from '../wishes/exampleWorkplace.testHelper';
import type { RecordInput, RecordLabels } from './apvRecord';

export const STAGES = [
  'prepared',
  'meeting1',
  'assessment',
  'meeting2',
  'plan',
  'followUp',
] as const;
export type Stage = (typeof STAGES)[number];

interface More {
  departments: { name: string; headcount: number }[];
  people: { moedeleder: string; moedeassistenter: string[]; amg: string[] };
  meetings: Record<'dialogmoede1' | 'vurderingsmoede' | 'dialogmoede2' | 'handleplanmoede', string>;
  approvals: Omit<Approval, 'id'>[];
}
const more = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../tests/fixtures/example-workplace.json'),
    'utf8',
  ),
) as More;

/** The fixture's approvers, as the plan stores them. */
export const exampleApprovals = (): Approval[] =>
  more.approvals.map((a, n) => ({ id: `approval-${n + 1}`, ...a }));

const reached = (stage: Stage, at: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(at);

function assessmentEvents(): WishesEvent[] {
  const f = readFixture();
  const decision = (d: string) => (d === 'not-now' ? 'notNow' : d) as 'work' | 'partly' | 'notNow';
  return [
    ...f.assessment.flatMap((a): WishesEvent[] =>
      decision(a.decision) === 'notNow'
        ? [{ type: 'wishDecided', wishId: a.wish, decision: 'notNow', reason: a.note }]
        : [
            { type: 'wishDecided', wishId: a.wish, decision: decision(a.decision), reason: '' },
            { type: 'wishAssessed', wishId: a.wish, note: a.note },
          ],
    ),
    ...f.themes.flatMap((t, i): WishesEvent[] => [
      { type: 'themeCreated', themeId: `theme-${i}`, name: t.heading },
      ...t.wishes.map((wishId, index): WishesEvent => ({
        type: 'wishThemed',
        wishId,
        themeId: `theme-${i}`,
        index,
      })),
    ]),
    { type: 'analysisNoted', point: 'frame', text: 'Budgettet til akustik kommer i 2028.' },
  ];
}

/** The example workplace as far as `stage`. */
export function exampleProcess(stage: Stage): ApvProcess {
  const f = readFixture();
  const base = createProcess({
    id: 'p1',
    name: workplaceName,
    now: new Date('2026-12-01T09:00:00Z'),
  });
  let id = 0;
  const person = (name: string) => ({ id: `person-${++id}`, name });
  const doc: ApvProcess = {
    ...base,
    people: {
      participants: f.participants,
      departments: more.departments.map((d, n) => ({ id: `dep-${n + 1}`, ...d })),
      moedeleder: more.people.moedeleder,
      moedeassistenter: more.people.moedeassistenter.map(person),
      amg: more.people.amg.map(person),
    },
    meetings: {
      dialogmoede1: more.meetings.dialogmoede1.slice(0, 16),
      vurderingsmoede: more.meetings.vurderingsmoede.slice(0, 16),
      dialogmoede2: more.meetings.dialogmoede2.slice(0, 16),
      handleplanmoede: more.meetings.handleplanmoede.slice(0, 16),
    },
    absence: { baseline: absenceBaseline },
  };
  if (!reached(stage, 'meeting1')) return doc;
  const events = [
    ...captureEvents(f),
    ...mergeEvents(f),
    ...markEvents(f),
    ...(reached(stage, 'assessment') ? assessmentEvents() : []),
  ];
  const run = doc.meetingRuns.meeting1;
  const withMeeting1: ApvProcess = {
    ...doc,
    wishes: replay(events),
    meetingRuns: {
      ...doc.meetingRuns,
      meeting1: { ...run, record: { ...run.record, startedAt: Date.parse(AT), present: 31 } },
    },
  };
  if (!reached(stage, 'meeting2')) return withMeeting1;
  const withMeeting2 = { ...withMeeting1, meeting2: exampleMeeting2() };
  if (!reached(stage, 'plan')) return withMeeting2;
  const withPlan = {
    ...withMeeting2,
    plan: { ...examplePlan(), approvals: exampleApprovals() },
  };
  if (!reached(stage, 'followUp')) return withPlan;
  return {
    ...withPlan,
    followUp: {
      ...exampleFollowUp(),
      statusLog: [
        {
          id: 'log-1',
          initiativeId: 'init-1',
          status: 'inProgress',
          note: 'Vagtplanen er lavet om',
          at: '2027-03-01T08:00:00.000Z',
        },
        {
          id: 'log-2',
          initiativeId: 'init-4',
          status: 'done',
          note: '',
          at: '2027-05-31T12:00:00.000Z',
        },
      ],
      team: [
        {
          id: 'team-1',
          name: 'Karim Haddad',
          kind: 'trivselsagenter',
          role: 'Samler op hver måned',
        },
      ],
    },
  };
}

export const recordLabels: RecordLabels = {
  title: 'APV-dokumentation',
  sections: {
    process: 'Processen',
    mapping: 'Kortlægning',
    assessment: 'Vurdering',
    meeting2: 'Forslag',
    plan: 'Handleplan',
    absence: 'Sygefravær',
    followUp: 'Opfølgning',
  },
  process: {
    invited: 'Inviterede',
    departments: 'Afdelinger',
    moedeleder: 'Mødeleder',
    assistants: 'Mødeassistenter',
    amg: 'AMG',
    meetings: 'Møderne',
    meetingColumns: { meeting: 'Møde', planned: 'Planlagt', held: 'Holdt', present: 'Fremmødte' },
    meetingNames: {
      dialogmoede1: '1. dialogmøde',
      vurderingsmoede: 'Vurderingsmøde',
      dialogmoede2: '2. dialogmøde',
      handleplanmoede: 'Handleplanmøde',
    },
  },
  mapping: {
    strengths: 'Styrker',
    group: 'gruppe',
    bruttoliste: 'Bruttolisten',
    columns: {
      order: 'Nr.',
      wish: 'Ønske',
      groups: 'Grupper',
      marks: 'Streger',
      selected: 'Valgt',
      note: 'Bemærkning',
    },
    selected: 'Ja',
    preliminary: 'Foreløbig',
    duplicateOf: 'Dublet af nr.',
    removed: 'Strøget',
    marksFromPhones: 'Fra telefoner',
    marksFromPaper: 'Fra papir',
  },
  assessment: {
    decisions: 'Beslutninger',
    columns: { wish: 'Ønske', marks: 'Streger', decision: 'Beslutning', reason: 'Begrundelse' },
    decisionNames: { work: 'Arbejdes der med', partly: 'Delvist', notNow: 'Ikke nu' },
    undecided: 'Ikke besluttet',
    analysis: 'Drøftelsen',
    points: {
      strengths: 'Styrker',
      connections: 'Sammenhænge',
      developmentAreas: 'Udviklingsområder',
      keepChange: 'Bevare og forandre',
      agreement: 'Enighed',
      frame: 'Rammen',
    },
    themes: 'Temaer',
  },
  meeting2: {
    choices: 'Valgte ønsker',
    group: 'Gruppe',
    interest: 'Interesse',
    proposals: 'Forslag til handling',
    columns: { wish: 'Ønske', proposal: 'Forslag', origin: 'Fra', join: 'Samlet som' },
  },
  followUp: {
    statusHistory: 'Status undervejs',
    statusColumns: { date: 'Dato', initiative: 'Indsats', status: 'Status', note: 'Note' },
    team: 'Teamet',
    teamKinds: {
      dreamteam: 'Dreamteam',
      trivselsagenter: 'Trivselsagent',
      representative: 'AMR/TR',
    },
  },
};

export const recordInput = (stage: Stage): RecordInput => ({
  process: exampleProcess(stage),
  exportDate: '2029-12-01',
  labels: recordLabels,
  plan: testLabels,
});
