// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, isRoomId, isToken, isTokenHash } from './ids';

describe('room ids and tokens', () => {
  it('takes 128-bit room ids and 256-bit tokens in unpadded base64url, nothing else', () => {
    expect(isRoomId(randomBytes(16).toString('base64url'))).toBe(true);
    expect(isToken(randomBytes(32).toString('base64url'))).toBe(true);
    expect(isRoomId(randomBytes(16).toString('base64'))).toBe(false);
    expect(isRoomId(randomBytes(32).toString('base64url'))).toBe(false);
    expect(isToken(randomBytes(16).toString('base64url'))).toBe(false);
    expect(isRoomId('AAAAAAAAAAAAAAAAAAAAAB')).toBe(false);
    expect(isRoomId(42)).toBe(false);
  });

  it('hashes a token as sha256 of its text, in lowercase hex', () => {
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(isTokenHash(hashToken('abc'))).toBe(true);
    expect(isTokenHash(hashToken('abc').toUpperCase())).toBe(false);
  });
});
