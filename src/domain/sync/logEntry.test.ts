import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../version';
import { encodeHlc } from './hlc';
import { entryPayload, makeEntry, readEntry } from './logEntry';

const hlc = { wall: Date.UTC(2027, 0, 12, 13), counter: 0, device: 'device-aaaa' };
const event = { type: 'processRenamed', name: 'Solsikken' } as const;
const payload = { schemaVersion: SCHEMA_VERSION, hlc: encodeHlc(hlc), event };

describe('reading an entry that arrived', () => {
  it('takes a well-formed entry, and reads back what was written', () => {
    const entry = makeEntry('entry-0001', hlc, event);
    expect(readEntry('entry-0001', entryPayload(entry))).toEqual({ ok: true, entry });
  });

  it('sets aside what it cannot trust, naming why', () => {
    const cases: [string, unknown, string][] = [
      ['bad id!', payload, 'badId'],
      ['entry-0001', [payload], 'notAnEntry'],
      ['entry-0001', { ...payload, extra: 1 }, 'notAnEntry'],
      ['entry-0001', { ...payload, schemaVersion: SCHEMA_VERSION + 1 }, 'newerVersion'],
      ['entry-0001', { ...payload, hlc: 'yesterday' }, 'badClock'],
      ['entry-0001', { ...payload, event: { type: 'processRenamed' } }, 'invalidEvent'],
      ['entry-0001', { ...payload, event: { type: 'wipeEverything' } }, 'invalidEvent'],
    ];
    for (const [id, raw, problem] of cases)
      expect(readEntry(id, raw)).toEqual({ ok: false, problem });
  });
});
