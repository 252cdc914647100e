import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProcess, SCHEMA_VERSION, type ApvProcess } from './document';
import { loadProcess, MIGRATIONS, type MigrationStep } from './migrations';
import { processArbitrary } from './testing/processArbitrary';

const fresh = () =>
  createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2026-11-25T10:00:00Z') });

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
    // A made-up chain of no-op steps, to test the mechanism independently of the real steps.
    const calls: string[] = [];
    const chain: MigrationStep[] = MIGRATIONS.map((step) => ({
      ...step,
      migrate: (doc) => {
        calls.push(step.name);
        return step.migrate(doc);
      },
    }));
    const loaded = loadProcess(version1(), chain);
    expect(calls).toEqual(MIGRATIONS.map((s) => s.name));
    expect(loaded).toMatchObject({ ok: true, migratedFrom: 1 });
  });

  it('migrates a version 1 document to the current version with empty new sections', () => {
    const loaded = loadProcess(version1());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const expected = fresh();
    expect(loaded.process).toEqual(expected);
  });

  it('keeps what meeting 2 held when a version 4 document gains the interest counts', () => {
    const v4 = stripSince(fresh(), 5);
    const meeting2 = {
      groupChoices: [{ group: 1, wishIds: ['w1'] }],
      proposals: [
        { id: 'p1', wishId: 'w1', text: 'Faste tider', origin: { step: 'groupOfFour', group: 1 } },
      ],
      joins: [],
    };
    const loaded = loadProcess({ ...v4, meeting2 });
    expect(loaded.ok && loaded.process.meeting2).toEqual({ ...meeting2, interestCounts: [] });
  });

  it.each(MIGRATIONS.map((step) => [step.name, step] as const))(
    'step %s turns a document of its version into one of the next',
    (_, step) => {
      const after = step.migrate(stripSince(fresh(), step.from + 1));
      expect({ ...after, schemaVersion: step.from + 1 }).toEqual(
        stripSince(fresh(), step.from + 2),
      );
    },
  );
});

/** What each version added, taken away again to build older documents in tests. */
const ADDED_IN: Record<number, (doc: Record<string, unknown>) => void> = {
  2: (doc) => {
    delete doc.meetingRuns;
    delete doc.projector;
  },
  3: (doc) => {
    delete doc.meeting2;
    delete doc.plan;
    delete doc.followUp;
  },
  4: (doc) => {
    delete doc.wishes;
    delete doc.parking;
  },
  5: (doc) => {
    const { interestCounts: _, ...meeting2 } = doc.meeting2 as ApvProcess['meeting2'];
    doc.meeting2 = meeting2;
  },
};

/** A current document cut back to what version `version - 1` stored. */
function stripSince(doc: ApvProcess, version: number): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...doc, schemaVersion: version - 1 };
  for (let v = SCHEMA_VERSION; v >= version; v--) ADDED_IN[v]?.(copy);
  return copy;
}

const version1 = () => stripSince(fresh(), 2);
