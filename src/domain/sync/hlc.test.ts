import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, decodeHlc, encodeHlc, hlcSeen, hlcStart, hlcTick } from './hlc';

const device = fc.stringMatching(/^[A-Za-z0-9_-]{8,12}$/);
const now = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });

describe('the hybrid logical clock', () => {
  it('always moves forward, even when the wall clock goes back', () => {
    fc.assert(
      fc.property(device, fc.array(now, { minLength: 1, maxLength: 30 }), (id, times) => {
        let clock = hlcStart(id);
        for (const t of times) {
          const next = hlcTick(clock, t);
          expect(compareHlc(next, clock)).toBeGreaterThan(0);
          clock = next;
        }
      }),
    );
  });

  it('puts an event made after seeing another after it, whatever the clocks say', () => {
    fc.assert(
      fc.property(device, device, now, now, (a, b, ta, tb) => {
        const remote = hlcTick(hlcStart(a), ta);
        const made = hlcTick(hlcSeen(hlcStart(b), remote), tb);
        expect(compareHlc(made, remote)).toBeGreaterThan(0);
      }),
    );
  });

  it('encodes to a text that sorts as the clock does and reads back the same', () => {
    fc.assert(
      fc.property(device, device, now, now, fc.nat(999_999), (a, b, ta, tb, n) => {
        const x = { wall: ta, counter: n, device: a };
        const y = hlcTick({ wall: tb, counter: 0, device: b }, tb);
        expect(decodeHlc(encodeHlc(x))).toEqual(x);
        const text = Math.sign(
          encodeHlc(x) < encodeHlc(y) ? -1 : encodeHlc(x) > encodeHlc(y) ? 1 : 0,
        );
        expect(text).toBe(Math.sign(compareHlc(x, y)));
      }),
    );
  });

  it('reads no clock from junk or from far outside the app’s years', () => {
    for (const junk of [
      null,
      5,
      '',
      'x',
      '000000000000000.000000.device-a',
      `${'9'.repeat(15)}.000000.device-aa`,
      '001767225600000.000000.bad id!',
    ]) {
      expect(decodeHlc(junk)).toBeNull();
    }
  });
});
