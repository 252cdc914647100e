import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProcess, SCHEMA_VERSION, type ApvProcess } from '../document';
import { LIMITS } from '../limits';
import { processArbitrary } from '../testing/processArbitrary';
import { createBackup, parseBackup, serializeBackup } from './backup';

const now = new Date('2026-11-25T12:00:00Z');
const sample = () => createProcess({ id: 'p1', name: 'Solsikken', now });
const parse = (text: string) => parseBackup(text, new TextEncoder().encode(text).length);

describe('backup', () => {
  it('export → import gives back the same documents', () => {
    fc.assert(
      fc.property(fc.array(processArbitrary, { minLength: 1, maxLength: 4 }), (processes) => {
        const result = parse(serializeBackup(createBackup(processes, now)));
        expect(result).toEqual({ ok: true, processes, exportedAt: now.toISOString(), migrated: 0 });
      }),
      { numRuns: 60 },
    );
  });

  it('wraps the data in an envelope that says what it is', () => {
    const envelope = JSON.parse(serializeBackup(createBackup([sample()], now)));
    expect(envelope).toMatchObject({
      app: 'apv-dialog',
      kind: 'apv-processes',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: now.toISOString(),
    });
    expect(envelope.data.processes).toHaveLength(1);
  });

  it("gives the envelope the app's schema version, whatever the processes inside", () => {
    expect(createBackup([], now).schemaVersion).toBe(SCHEMA_VERSION);
    const old = { ...sample(), schemaVersion: 1 } as unknown as ApvProcess;
    expect(createBackup([old, sample()], now).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('imports a backup of old-version processes, migrating each', () => {
    const frozen = (version: number): unknown =>
      JSON.parse(
        readFileSync(
          resolve(import.meta.dirname, `../../../tests/fixtures/v${version}.json`),
          'utf8',
        ),
      );
    const file = {
      ...createBackup([], now),
      schemaVersion: 4,
      data: { processes: [frozen(1), frozen(4)] },
    };
    const result = parse(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, migrated: 2 });
    if (!result.ok) return;
    expect(result.processes.map((p) => [p.schemaVersion, p.name])).toEqual([
      [SCHEMA_VERSION, 'Tandplejen Vestby'],
      [SCHEMA_VERSION, 'Tandplejen Vestby'],
    ]);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(parseBackup('', LIMITS.importBytes + 1)).toEqual({
      ok: false,
      error: { kind: 'tooLarge', bytes: LIMITS.importBytes + 1, limit: LIMITS.importBytes },
    });
  });

  it('names each kind of problem', () => {
    const valid = createBackup([sample()], now);
    expect(parse('')).toMatchObject({ error: { kind: 'empty' } });
    expect(parse('{"app": "apv-dialog",')).toMatchObject({ error: { kind: 'syntax' } });
    expect(parse('[1,2,3]')).toMatchObject({ error: { kind: 'notBackup' } });
    expect(parse(JSON.stringify({ ...valid, app: 'other' }))).toMatchObject({
      error: { kind: 'notBackup' },
    });
    expect(parse(JSON.stringify({ ...valid, kind: 'wishes' }))).toMatchObject({
      error: { kind: 'otherKind', found: 'wishes' },
    });
    expect(parse(JSON.stringify({ ...valid, data: { processes: [] } }))).toMatchObject({
      error: { kind: 'noProcesses' },
    });
    const broken = { ...sample(), people: { ...sample().people, participants: -3 } };
    expect(
      parse(JSON.stringify({ ...valid, data: { processes: [sample(), broken] } })),
    ).toMatchObject({
      error: { kind: 'process', index: 1, name: 'Solsikken', error: { kind: 'invalid' } },
    });
    const newer = { ...sample(), schemaVersion: 99 };
    expect(parse(JSON.stringify({ ...valid, data: { processes: [newer] } }))).toMatchObject({
      error: { kind: 'process', error: { kind: 'newerVersion', version: 99 } },
    });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parse(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
