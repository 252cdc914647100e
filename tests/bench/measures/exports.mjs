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
 * export of a 100-initiative plan with the app's own serialisers, run in Node through Vite's
 * ssrLoadModule (median of RUNS after one warm-up). The docx is packed with Packer.toBuffer,
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
      const { planDocx } = await load('/src/domain/export/docx.ts');
      const { Packer } = await import('docx');
      const input = bigInput(planDa, INITIATIVES);
      const ics = planIcs(input);
      if (!ics.ok) throw new Error('planIcs failed in the bench');
      const figures = {
        exportCsvMs: await time(() => planCsv(input)),
        exportDocxMs: await time(() => Packer.toBuffer(planDocx(planPrintModel(input)))),
        exportMarkdownMs: await time(() => planMarkdown(input)),
        exportIcsMs: await time(() => planIcs(input)),
      };
      return {
        figures,
        details: [
          ['method', `Node ${process.version}, Vite ssrLoadModule, median of ${RUNS}`],
          ['ics events', String(ics.eventCount)],
        ],
      };
    } finally {
      await vite.close();
    }
  },
};
