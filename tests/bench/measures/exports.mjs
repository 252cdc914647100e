import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { median, round } from '../lib/stats.mjs';

const RUNS = 7;
const INITIATIVES = 100;

/**
 * A plan of `n` initiatives, each traced to a wish and a proposal, with awkward texts, and
 * followed up: one effect check per initiative, an absence measurement, a line told to staff.
 */
function bigInput(planDa, n) {
  const wishes = Array.from({ length: 40 }, (_, i) => ({
    id: `w${i}`,
    text: `Ønske ${i}: "ro"; æøå =SUM(A1)`,
    groups: [1 + (i % 6), 2 + (i % 5)],
    marks: i % 17,
    decision: 'work',
    assessmentNote: 'Kan lade sig gøre',
  }));
  const proposals = Array.from({ length: 120 }, (_, i) => ({
    id: `p${i}`,
    wishId: `w${i % 40}`,
    text: `Forslag ${i}; med "citat"\nog linjeskift`,
    origin: { step: 'groupOfFour', group: 1 + (i % 8) },
  }));
  const day = (m, d) => `2027-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const initiatives = Array.from({ length: n }, (_, i) => ({
    id: `i${i}`,
    title: `Indsats ${i} – "stillerum"; æøå`,
    how: 'Hvad og hvordan;\nflere linjer med | og *',
    sourceWishIds: [`w${i % 40}`, `w${(i + 7) % 40}`],
    sourceProposalIds: [`p${i % 120}`],
    problem: { kind: 'Psykisk', severity: 'Middel', extent: 'Hele huset', causes: 'Travlhed' },
    priority: 'high',
    start: day(1 + (i % 6), 1),
    deadline: day(7 + (i % 5), 15),
    responsible: 'Åse Ørum',
    participants: 'AMG',
    success: '=90 % holdt',
    followUpDates: [day(7 + (i % 5), 20), day(12, 1)],
    followUpMethod: 'Spørgsmål på personalemøde',
    status: 'notStarted',
    statusNote: '',
  }));
  return {
    workplace: 'Bench "Nord"; æøå',
    exportDate: '2027-03-05',
    plan: {
      goals: [{ id: 'g', text: 'Mål', checklist: {} }],
      initiatives,
      absenceConsiderations: 'Under 4 %',
      communication: [{ id: 'c', what: 'Plan', audience: 'Alle', when: 'Marts', channel: 'email' }],
      approvalDate: '2027-02-18',
      approvals: [
        { id: 'a1', name: 'Åse Ørum', role: 'management', title: 'Leder', date: '2027-02-18' },
        { id: 'a2', name: 'Jens "AMR" Ågaard', role: 'representative', title: '', date: '' },
      ],
    },
    absenceBaseline: { from: '2026-01-01', to: '2026-12-31', plannedWorkdays: 1000, daysLost: 50 },
    wishes,
    meeting2: { groupChoices: [], proposals, joins: [] },
    followUp: {
      statusLog: [],
      checks: initiatives.map((i, n) => ({
        id: `c${n}`,
        initiativeId: i.id,
        plannedDate: i.followUpDates[0],
        heldOn: i.followUpDates[0],
        verdict: 'partly',
        note: 'Delvist; "mere tid"',
      })),
      communicationLog: [{ id: 't', what: 'Status', date: '2027-06-01', channel: 'email' }],
      team: [],
      absenceMeasurements: [
        {
          id: 'a',
          figures: { from: '2027-07-01', to: '2027-12-31', plannedWorkdays: 500, daysLost: 20 },
        },
      ],
    },
    labels: planDa.export,
  };
}

const AT = '2027-01-12T12:00:00.000Z';

/**
 * The example workplace's mapping (tests/fixtures/example-workplace.json: strengths, the
 * bruttoliste with duplicates and marks, the assessment, themes, meeting 2's proposals) with
 * the bench's 100-initiative plan and its follow-up, as one process for the APV-dokumentation.
 */
function recordProcess(createProcess, input) {
  const fx = JSON.parse(
    readFileSync(new URL('../../fixtures/example-workplace.json', import.meta.url), 'utf8'),
  );
  const mergedInto = new Map(
    fx.duplicates.flatMap(([target, ...rest]) => rest.map((id) => [id, target])),
  );
  const proposals = [
    ...fx.meeting2.groupsOfFour.flatMap((g) =>
      g.proposals.map((text, n) => ({
        id: `g${g.group}-${n}`,
        wishId: g.wish,
        text,
        origin: { step: 'groupOfFour', group: g.group },
      })),
    ),
    ...fx.meeting2.interestGroups.flatMap((ig) =>
      ['we', 'leader', 'partners'].flatMap((heading) =>
        ig[heading].map((text, n) => ({
          id: `${ig.wish}-${heading}-${n}`,
          wishId: ig.wish,
          text,
          origin: { step: 'interestGroup', heading },
        })),
      ),
    ),
  ];
  const wishIds = fx.wishes.map((w) => w.id);
  const base = createProcess({ id: 'bench', name: input.workplace, now: new Date(AT) });
  return {
    ...base,
    people: {
      participants: fx.participants,
      departments: fx.departments.map((d, n) => ({ id: `d${n}`, ...d })),
      moedeleder: fx.people.moedeleder,
      moedeassistenter: fx.people.moedeassistenter.map((name, n) => ({ id: `a${n}`, name })),
      amg: fx.people.amg.map((name, n) => ({ id: `m${n}`, name })),
    },
    meetings: Object.fromEntries(Object.entries(fx.meetings).map(([k, v]) => [k, v.slice(0, 16)])),
    absence: { baseline: input.absenceBaseline },
    wishes: {
      ...base.wishes,
      strengths: fx.strengths.flatMap((s) =>
        s.items.map((text, n) => ({ id: `s${s.group}-${n}`, text, group: s.group, createdAt: AT })),
      ),
      wishes: fx.wishes.map((w) => ({
        ...w,
        createdAt: AT,
        mergedInto: mergedInto.get(w.id) ?? null,
        removedAt: null,
      })),
      merges: fx.duplicates.map(([targetId, ...sourceIds]) => ({
        id: `merge-${targetId}`,
        targetId,
        sourceIds,
        previousText: fx.wishes.find((w) => w.id === targetId).text,
        at: AT,
      })),
      marks: Object.entries(fx.marks).map(([wishId, delta]) => ({
        id: `k-${wishId}`,
        wishId,
        delta,
        at: AT,
      })),
      assessments: fx.assessment.map((a) => ({
        wishId: a.wish,
        note: a.decision === 'not-now' ? '' : a.note,
        decision: a.decision === 'not-now' ? 'notNow' : a.decision,
        reason: a.decision === 'not-now' ? a.note : '',
      })),
      themes: fx.themes.map((t, n) => ({ id: `t${n}`, name: t.heading, wishIds: t.wishes })),
    },
    meeting2: {
      groupChoices: fx.meeting2.groupsOfFour.map((g) => ({ group: g.group, wishIds: [g.wish] })),
      interestCounts: [],
      proposals,
      joins: [],
    },
    plan: {
      ...input.plan,
      initiatives: input.plan.initiatives.map((i, n) => ({
        ...i,
        sourceWishIds: [wishIds[n % wishIds.length]],
        sourceProposalIds: [proposals[n % proposals.length].id],
      })),
    },
    followUp: input.followUp,
  };
}

async function time(fn) {
  await fn(); // warm-up
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    runs.push(performance.now() - start);
  }
  return round(median(runs), 1);
}

/**
 * exportCsvMs, exportDocxMs (model + pack), exportMarkdownMs, exportIcsMs: building each
 * export of a 100-initiative plan; exportApvDocxMs: the APV-dokumentation (model + pack) of
 * that plan with the example workplace's mapping. The app's own serialisers run in Node
 * through Vite's ssrLoadModule (median of RUNS after one warm-up). The docx is packed with Packer.toBuffer,
 * Node's equivalent of the browser's Packer.toBlob.
 */
export default {
  name: 'Build the handleplan exports (100 initiatives)',
  async run() {
    const vite = await createServer({
      server: { middlewareMode: true, hmr: false },
      appType: 'custom',
      logLevel: 'silent',
    });
    try {
      const load = (path) => vite.ssrLoadModule(path);
      const { planDa } = await load('/src/i18n/da/plan.ts');
      const { planCsv } = await load('/src/domain/export/csv.ts');
      const { planMarkdown } = await load('/src/domain/export/markdown.ts');
      const { planIcs } = await load('/src/domain/export/planIcs.ts');
      const { planPrintModel } = await load('/src/domain/export/planRows.ts');
      const { planDocModel } = await load('/src/domain/export/planDoc.ts');
      const { apvRecordModel } = await load('/src/domain/export/apvRecord.ts');
      const { docModelDocx } = await load('/src/domain/export/docModelDocx.ts');
      const { createProcess } = await load('/src/domain/document.ts');
      const { Packer } = await import('docx');
      const input = bigInput(planDa, INITIATIVES);
      const ics = planIcs(input);
      const apvProcess = recordProcess(createProcess, input);
      const record = () =>
        apvRecordModel({
          process: apvProcess,
          exportDate: input.exportDate,
          labels: planDa.record,
          plan: planDa.export,
        });
      const recordSections = record().sections.length;
      if (!ics.ok) throw new Error('planIcs failed in the bench');
      const figures = {
        exportCsvMs: await time(() => planCsv(input)),
        exportDocxMs: await time(() =>
          Packer.toBuffer(docModelDocx(planDocModel(planPrintModel(input)))),
        ),
        exportMarkdownMs: await time(() => planMarkdown(input)),
        exportIcsMs: await time(() => planIcs(input)),
        exportApvDocxMs: await time(() => Packer.toBuffer(docModelDocx(record()))),
      };
      return {
        figures,
        details: [
          ['method', `Node ${process.version}, Vite ssrLoadModule, median of ${RUNS}`],
          ['ics events', String(ics.eventCount)],
          [
            'APV-dokumentation',
            `${recordSections} sections, ${apvProcess.plan.initiatives.length} initiatives`,
          ],
        ],
      };
    } finally {
      await vite.close();
    }
  },
};
