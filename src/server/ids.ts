import { createHash } from 'node:crypto';

/** A room id: 128 random bits as 22 characters of base64url (no padding). */
export const ROOM_ID_BYTES = 16;
/** An edit or read token: 256 random bits as 43 characters of base64url (no padding). */
export const TOKEN_BYTES = 32;

/** True when `value` is exactly the unpadded base64url encoding of `bytes` bytes. */
function isBase64Url(value: unknown, bytes: number): value is string {
  if (typeof value !== 'string' || value.length !== Math.ceil((bytes * 4) / 3)) return false;
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return false;
  // Only one string decodes to the same bytes: this refuses stray bits in the last character.
  return Buffer.from(value, 'base64url').toString('base64url') === value;
}

export const isRoomId = (value: unknown): value is string => isBase64Url(value, ROOM_ID_BYTES);

export const isToken = (value: unknown): value is string => isBase64Url(value, TOKEN_BYTES);

/** A token's hash as the client sends it when it creates a room: sha256, lowercase hex. */
export const isTokenHash = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');
