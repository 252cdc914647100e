import { scryptAsync } from '@noble/hashes/scrypt.js';
import { toBase64Url } from '../share/codec';

/** What a phone needs to join a room: the room's id, the phones' token and the room's key. */
export interface RoomSecrets {
  room: string;
  token: string;
  key: Uint8Array;
}

/**
 * The room, token and key a room code stands for, by scrypt (an audited library). The code
 * has 50 bits; scrypt's cost keeps an offline search through them out of reach for whoever
 * sees a room's id or token hash (the server), and a phone pays it once, in well under a second.
 */
export async function roomFromCode(code: string): Promise<RoomSecrets> {
  const bytes = await scryptAsync(code, 'apv-dialog meeting room v1', {
    N: 2 ** 14,
    r: 8,
    p: 1,
    dkLen: 80,
  });
  return {
    room: toBase64Url(bytes.subarray(0, 16)),
    token: toBase64Url(bytes.subarray(16, 48)),
    key: bytes.slice(48, 80),
  };
}
