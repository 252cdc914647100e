import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProcess, SCHEMA_VERSION } from './document';
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

  it('drops a __proto__ key instead of letting it reach the object prototype', () => {
    const raw = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(fresh()).slice(1)}`);
    const loaded = loadProcess(raw);
    expect(loaded.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (loaded.ok) expect(Object.keys(loaded.process)).not.toContain('__proto__');
  });

  it('keeps its migration chain contiguous: step i goes from version i + 1', () => {
    MIGRATIONS.forEach((step, i) => expect(step.from).toBe(i + 1));
    expect(MIGRATIONS.length).toBe(SCHEMA_VERSION - 1);
  });

  it('runs older documents through each step in order and validates the result', () => {
    // A made-up chain, to test the mechanism independently of the real steps.
    const calls: string[] = [];
    const chain: MigrationStep[] = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => ({
      from: i + 1,
      name: `step ${i + 1}`,
      migrate: (doc) => {
        calls.push(`step ${i + 1}`);
        return doc;
      },
    }));
    if (SCHEMA_VERSION === 1) {
      expect(loadProcess({ ...fresh(), schemaVersion: 0 }, chain)).toMatchObject({ ok: false });
      return;
    }
    const loaded = loadProcess({ ...fresh(), schemaVersion: 1 }, chain);
    expect(calls).toEqual(chain.map((s) => s.name));
    expect(loaded).toMatchObject({ ok: true, migratedFrom: 1 });
  });
});
