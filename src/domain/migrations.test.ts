import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProcess, processSchema, SCHEMA_VERSION, type ApvProcess } from './document';
import { processPhases } from './process/derivedPhases';
import { loadProcess, MIGRATIONS, type MigrationStep } from './migrations';
import { processArbitrary } from './testing/processArbitrary';

const fresh = () =>
  createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2026-11-25T10:00:00Z') });

/**
 * tests/fixtures/vN.json: a document as version N of the app saved it, written once and then
 * frozen. Never regenerate one from today's code; when SCHEMA_VERSION goes up, the current
 * version's file stays as it is and a new one is added for the new version.
 */
const fixturePath = (version: number) =>
  resolve(import.meta.dirname, `../../tests/fixtures/v${version}.json`);
const frozen = (version: number) =>
  JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Record<string, unknown>;
const OLD_VERSIONS = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1);

function loaded(raw: unknown): ApvProcess {
  const result = loadProcess(raw);
  if (!result.ok) throw new Error(`not loaded: ${JSON.stringify(result.error)}`);
  return result.process;
}

/** Top-level keys, and the keys of each section: what a migration step changes. */
function shape(doc: Record<string, unknown>): Record<string, string[] | null> {
  return Object.fromEntries(
    Object.entries(doc).map(([key, value]) => [
      key,
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.keys(value).sort()
        : null,
    ]),
  );
}

describe('loadProcess', () => {
  it('accepts every valid current document unchanged', () => {
    fc.assert(
      fc.property(processArbitrary, (doc) => {
        const loaded = loadProcess(JSON.parse(JSON.stringify(doc)));
        expect(loaded).toEqual({ ok: true, process: doc, migratedFrom: null });
      }),
    );
  });

  it('rejects what is not a process, and says why', () => {
    expect(loadProcess(null)).toEqual({ ok: false, error: { kind: 'notAnObject' } });
    expect(loadProcess([1, 2])).toEqual({ ok: false, error: { kind: 'notAnObject' } });
    expect(loadProcess({ name: 'x' })).toEqual({ ok: false, error: { kind: 'noVersion' } });
    expect(loadProcess({ ...fresh(), schemaVersion: SCHEMA_VERSION + 1 })).toEqual({
      ok: false,
      error: { kind: 'newerVersion', version: SCHEMA_VERSION + 1 },
    });
  });

  it('names the fields that fail validation', () => {
    const bad = { ...fresh(), people: { ...fresh().people, participants: 'mange' } };
    expect(loadProcess(bad)).toEqual({
      ok: false,
      error: { kind: 'invalid', paths: ['people.participants'] },
    });
    const huge = { ...fresh(), name: 'x'.repeat(1_000_000) };
    expect(loadProcess(huge)).toMatchObject({
      ok: false,
      error: { kind: 'invalid', paths: ['name'] },
    });
  });

  it('refuses a document carrying a __proto__ key, at any depth, without polluting prototypes', () => {
    const top = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(fresh()).slice(1)}`);
    expect(loadProcess(top)).toEqual({ ok: false, error: { kind: 'unsafeKey', key: '__proto__' } });
    const deep = JSON.parse(
      JSON.stringify(fresh()).replace('"answers":{', '"answers":{"constructor":{"x":1},'),
    );
    expect(loadProcess(deep)).toEqual({
      ok: false,
      error: { kind: 'unsafeKey', key: 'constructor' },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps its migration chain contiguous: step i goes from version i + 1', () => {
    MIGRATIONS.forEach((step, i) => expect(step.from).toBe(i + 1));
    expect(MIGRATIONS.length).toBe(SCHEMA_VERSION - 1);
  });

  it('runs older documents through each step in order and validates the result', () => {
    // The real steps wrapped to record their calls, to test the mechanism on its own.
    const calls: string[] = [];
    const chain: MigrationStep[] = MIGRATIONS.map((step) => ({
      ...step,
      migrate: (doc) => {
        calls.push(step.name);
        return step.migrate(doc);
      },
    }));
    const result = loadProcess(frozen(1), chain);
    expect(calls).toEqual(MIGRATIONS.map((s) => s.name));
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
  });

  it('still refuses an old document whose data was invalid, naming the field', () => {
    const v1 = frozen(1);
    const bad = { ...v1, people: { ...(v1.people as object), participants: 'mange' } };
    expect(loadProcess(bad)).toEqual({
      ok: false,
      error: { kind: 'invalid', paths: ['people.participants'] },
    });
  });
});

describe('frozen documents of every version (tests/fixtures/vN.json)', () => {
  it('has one for each version up to the current one, each of its own version', () => {
    for (let version = 1; version <= SCHEMA_VERSION; version++) {
      expect(existsSync(fixturePath(version)), `tests/fixtures/v${version}.json`).toBe(true);
      expect(frozen(version).schemaVersion).toBe(version);
    }
  });

  it('loads the current version unchanged (a schema change needs a new version and step)', () => {
    const current = frozen(SCHEMA_VERSION);
    expect(loadProcess(current)).toEqual({ ok: true, process: current, migratedFrom: null });
  });

  it.each(OLD_VERSIONS)(
    'brings version %i to a valid current document that keeps all it held',
    (version) => {
      const old = frozen(version);
      const result = loadProcess(old);
      expect(result).toMatchObject({ ok: true, migratedFrom: version });
      const doc = loaded(old) as unknown as Record<string, unknown>;
      expect(processSchema.safeParse(doc).success).toBe(true);
      expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
      const empty = fresh() as unknown as Record<string, unknown>;
      for (const key of Object.keys(empty)) {
        if (key === 'schemaVersion') continue;
        if (!(key in old)) {
          // Sections the old version did not have start empty.
          expect(doc[key], key).toEqual(empty[key]);
        } else if (key === 'phases') {
          // Version 7 keeps only the statuses the data does not show by itself (below).
          expect(Object.keys(doc[key] as object), key).toEqual(Object.keys(old[key] as object));
        } else if (key === 'meeting2') {
          // Version 5 added the interest counts; none were taken before.
          expect(doc[key], key).toEqual({ interestCounts: [], ...(old[key] as object) });
        } else if (key === 'projector') {
          // Version 8 added the page of a long view; every view started at its first.
          expect(doc[key], key).toEqual({ ...(old[key] as object), page: 0 });
        } else if (key === 'plan') {
          // Version 6 added who approved the plan; before, only its date was kept.
          expect(doc[key], key).toEqual({ approvals: [], ...(old[key] as object) });
        } else {
          expect(doc[key], key).toEqual(old[key]);
        }
      }
    },
  );

  it.each(MIGRATIONS.map((step) => [step.name, step] as const))(
    'step %s gives a document of its version the shape of the next',
    (_, step) => {
      const after = { ...step.migrate(frozen(step.from)), schemaVersion: step.from + 1 };
      expect(shape(after)).toEqual(shape(frozen(step.from + 1)));
    },
  );

  it('version 1: the preparation stays as it was', () => {
    const doc = loaded(frozen(1));
    expect(doc).toMatchObject({
      id: 'c5b1e2a0-4f7d-4b8e-9a61-2d3f0e7c9a14',
      name: 'Tandplejen Vestby',
      updatedAt: '2026-09-14T12:05:31.000Z',
      people: { participants: 18, moedeleder: 'Hanne Riis' },
      meetings: { dialogmoede1: '2026-10-06T13:00', handleplanmoede: '2026-11-12T10:00' },
      preparation: { seriousProblems: 'no' },
      absence: {
        baseline: { from: '2025-01-01', to: '2025-12-31', plannedWorkdays: 3960, daysLost: 198 },
      },
    });
    expect(doc.people.departments.map((d) => d.headcount)).toEqual([8, 6, 4]);
    expect(doc.people.amg.map((p) => p.id)).toEqual(['amg-1', 'amg-2', 'amg-3']);
    expect(doc.preparation.answers.circumstances).toMatch(/^Ny klinikchef/);
  });

  it('version 2: meeting 1 as it was run, and the projector', () => {
    const doc = loaded(frozen(2));
    const run = doc.meetingRuns.meeting1;
    expect(run.agenda.steps.map((s) => s.id)).toContain('break-kaffe');
    expect(run.timer.extensionMs).toEqual({ 'm1-interview': 300_000 });
    expect(run.record).toMatchObject({ present: 17, startedAt: 1791284580000 });
    expect(run.record.actualMinutes['m1-brainstorm']).toBe(31);
    expect(doc.projector).toEqual({ meeting: 'meeting1', view: 'ranking', page: 0 });
    expect(processPhases(doc).meeting1).toBe('done');
  });

  it('version 3: meeting 2, the handleplan and its follow-up', () => {
    const doc = loaded(frozen(3));
    expect(doc.meeting2.groupChoices).toHaveLength(4);
    expect(doc.meeting2.proposals).toHaveLength(10);
    expect(doc.meeting2.joins).toEqual([
      expect.objectContaining({ id: 'join-1', proposalIds: ['g1-1', 'g4-1'] }),
    ]);
    expect(doc.meeting2.interestCounts).toEqual([]);
    expect(doc.plan.initiatives.map((i) => i.title)).toEqual([
      'Pauser i kalenderen',
      'Faste akuttider',
      'Ergonomisk gennemgang',
    ]);
    expect(doc.plan.initiatives[0]).toMatchObject({
      sourceWishIds: ['w01'],
      followUpDates: ['2027-02-01', '2027-05-01'],
      status: 'inProgress',
    });
    expect(doc.plan.approvalDate).toBe('2026-11-12');
    expect(doc.followUp.statusLog.map((e) => e.initiativeId)).toEqual(['init-1', 'init-2']);
    expect(doc.followUp.team).toEqual([expect.objectContaining({ kind: 'trivselsagenter' })]);
  });

  it('version 4: the bruttoliste with merges, marks, themes and assessment, and the parking lot', () => {
    const doc = loaded(frozen(4));
    const { wishes } = doc;
    expect(wishes.wishes).toHaveLength(12);
    expect(wishes.strengths).toHaveLength(6);
    expect(wishes.wishes.find((w) => w.id === 'w05')?.mergedInto).toBe('w01');
    expect(wishes.merges.map((m) => [m.targetId, m.sourceIds])).toEqual([
      ['w01', ['w05']],
      ['w04', ['w09']],
    ]);
    const marksOf = (id: string) =>
      wishes.marks.filter((m) => m.wishId === id).reduce((sum, m) => sum + m.delta, 0);
    expect([marksOf('w01'), marksOf('w07')]).toEqual([14, 6]);
    expect(wishes.selection).toEqual({ target: 4, overrides: [], preliminary: false });
    expect(wishes.themes.map((t) => t.name)).toEqual([
      'Pauser og tempo',
      'Krop og indretning',
      'Samarbejde',
    ]);
    expect(wishes.assessments.find((a) => a.wishId === 'w03')).toMatchObject({
      decision: 'notNow',
      reason: 'Supervision er aftalt i regionen fra foråret.',
    });
    expect(doc.parking.items.map((i) => [i.id, i.status])).toEqual([
      ['park-1', 'handled'],
      ['park-2', 'open'],
    ]);
    expect(doc.parking.items[0]?.stepId).toBe('m1-brainstorm');
    expect(doc.followUp.checks).toEqual([expect.objectContaining({ verdict: 'partly' })]);
    expect(doc.meeting2.interestCounts).toEqual([]);
  });

  it('version 6: who approved the plan, by name, role and date', () => {
    const doc = loaded(frozen(6));
    expect(doc.plan.approvalDate).toBe('2026-11-12');
    expect(doc.plan.approvals.map((a) => [a.name, a.role, a.date])).toEqual([
      ['Peter Æbelø', 'management', '2026-11-12'],
      ['Birgitte Holm', 'representative', '2026-11-12'],
      ['Hanne Riis', 'amo', ''],
    ]);
    expect(loaded(frozen(5)).plan.approvals).toEqual([]);
  });

  it('version 7: statuses the data shows follow it; one it does not show stays set by hand', () => {
    const v6 = frozen(6);
    // Version 6 marked everything as the data shows it, and follow-up in progress.
    expect(loaded(v6).phases).toEqual({
      preparation: null,
      meeting1: null,
      assessment: null,
      meeting2: null,
      plan: null,
      followup: null,
    });
    const handSet = loaded({
      ...v6,
      phases: { ...(v6.phases as object), meeting2: 'inProgress', plan: 'inProgress' },
    });
    expect(handSet.phases).toMatchObject({
      meeting1: null,
      meeting2: 'inProgress',
      plan: 'inProgress',
    });
    // A fresh version 6 document (preparation in progress, the rest not started) has no overrides.
    const blank = { ...fresh(), schemaVersion: 6 } as unknown as Record<string, unknown>;
    blank.phases = {
      preparation: 'inProgress',
      meeting1: 'notStarted',
      assessment: 'notStarted',
      meeting2: 'notStarted',
      plan: 'notStarted',
      followup: 'notStarted',
    };
    expect(Object.values(loaded(blank).phases).every((s) => s === null)).toBe(true);
  });

  it('version 8: the projector keeps the page of a long view; older ones start at the first', () => {
    expect(loaded(frozen(8)).projector).toEqual({
      meeting: 'meeting2',
      view: 'themedList',
      page: 1,
    });
    expect(loaded(frozen(7)).projector).toEqual({ meeting: 'meeting2', view: 'gallery', page: 0 });
  });
});
