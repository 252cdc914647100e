/**
 * A meeting room's short code, for those who type an address rather than scan the QR code:
 * 10 characters of Crockford's base32 (50 bits), shown as »K7P29 XQM4H«. Everything a phone
 * needs — the room, its token and its key — is derived from the code (roomFromCode.ts), so
 * the server never learns the key and a short address needs no lookup.
 */
export const ROOM_CODE_LENGTH = 10;

/** Where the phone page is, beside the app (a second page of the same build). */
export const PHONE_PAGE = 'src/phone/';
/** The short address the sync server sends on to the phone page, where the code is typed. */
export const SHORT_PAGE = 'm';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new code from `random` (ROOM_CODE_LENGTH random bytes; each byte's low 5 bits is a letter). */
export function roomCodeOf(random: Uint8Array): string {
  if (random.length !== ROOM_CODE_LENGTH) throw new Error('a room code takes 10 random bytes');
  return Array.from(random, (byte) => ALPHABET[byte & 31]).join('');
}

/**
 * The code in what someone typed or the link's fragment, or null when it is none: case, spaces
 * and dashes do not matter, and the letters Crockford reads as digits (O, I, L) count as them.
 */
export function readRoomCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== ROOM_CODE_LENGTH) return null;
  return [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** The code in two groups of five, as the projector shows it. */
export const formatRoomCode = (code: string): string => `${code.slice(0, 5)} ${code.slice(5)}`;
