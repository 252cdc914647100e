import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, openJson, randomKey, sealJson, toBase64Url } from './codec';

describe('sealing shared values', () => {
  it('opens what it sealed, under the same key and the same place', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ minLength: 1, maxLength: 40 }), (value, under) => {
        const key = randomKey();
        expect(openJson(key, under, sealJson(key, under, value))).toEqual(
          JSON.parse(JSON.stringify(value)),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('opens nothing with another key, moved to another place, or changed by a bit', () => {
    const key = randomKey();
    const sealed = sealJson(key, 'entry-1', { type: 'processRenamed', name: 'Solsikken' });
    expect(openJson(randomKey(), 'entry-1', sealed)).toBeNull();
    expect(openJson(key, 'entry-2', sealed)).toBeNull();
    const flipped = sealed.slice();
    flipped[30] = flipped[30]! ^ 1;
    expect(openJson(key, 'entry-1', flipped)).toBeNull();
    expect(openJson(key, 'entry-1', 'not bytes')).toBeNull();
    expect(openJson(key, 'entry-1', new Uint8Array(10))).toBeNull();
  });

  it('never holds the plaintext, and uses a new nonce every time', () => {
    const key = randomKey();
    const a = sealJson(key, 'x', 'Mere trivsel i pauserne');
    const b = sealJson(key, 'x', 'Mere trivsel i pauserne');
    expect(new TextDecoder().decode(a)).not.toContain('trivsel');
    expect(toBase64Url(a)).not.toBe(toBase64Url(b));
  });

  it('reads base64url back exactly, and refuses other text or lengths', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes), bytes.length)).toEqual(bytes);
      }),
    );
    expect(fromBase64Url('abc$', 3)).toBeNull();
    expect(fromBase64Url(toBase64Url(new Uint8Array(32)), 31)).toBeNull();
  });
});
