import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoomCode, readRoomCode, ROOM_CODE_LENGTH, roomCodeOf } from './roomCode';

const randomBytes = fc.uint8Array({ minLength: ROOM_CODE_LENGTH, maxLength: ROOM_CODE_LENGTH });

describe('a meeting room’s short code', () => {
  it('reads back however it is typed: shown, in lower case, with dashes or without spaces', () => {
    fc.assert(
      fc.property(randomBytes, (bytes) => {
        const code = roomCodeOf(bytes);
        const shown = formatRoomCode(code);
        expect(readRoomCode(shown)).toBe(code);
        expect(readRoomCode(shown.toLowerCase())).toBe(code);
        expect(readRoomCode(` ${shown.replace(' ', '-')} `)).toBe(code);
        expect(readRoomCode(code)).toBe(code);
      }),
    );
  });

  it('uses every letter of its alphabet equally, so each letter carries 5 bits', () => {
    const all = roomCodeOf(Uint8Array.from({ length: ROOM_CODE_LENGTH }, (_, i) => i * 26));
    expect(all).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    const seen = new Set<string>();
    for (let byte = 0; byte < 256; byte++) {
      seen.add(roomCodeOf(new Uint8Array(ROOM_CODE_LENGTH).fill(byte))[0]!);
    }
    expect(seen.size).toBe(32);
  });

  it('reads O as 0 and I or L as 1, the letters people mistake for digits', () => {
    expect(readRoomCode('OOIIL 23456')).toBe('00111' + '23456');
  });

  it.each([
    ['too short', 'K7P29 XQM4'],
    ['too long', 'K7P29 XQM4HH'],
    ['a letter not in the alphabet', 'K7P29 XQM4U'],
    ['a full link', 'abc/def/ghi'],
    ['nothing', ''],
  ])('is no code when %s', (_name, typed) => {
    expect(readRoomCode(typed)).toBeNull();
  });

  it('refuses to make a code from the wrong number of random bytes', () => {
    expect(() => roomCodeOf(new Uint8Array(4))).toThrow();
  });
});
