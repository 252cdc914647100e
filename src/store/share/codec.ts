import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { managedNonce, randomBytes } from '@noble/ciphers/utils.js';

/**
 * Sealing what a shared process stores on the server: XChaCha20-Poly1305 from an audited
 * library, a random nonce per value, and the key it is stored under as additional data, so
 * that a value moved to another key no longer opens. Works without `crypto.subtle` (plain
 * http to a LAN address), as it needs only `crypto.getRandomValues`.
 */
const cipher = managedNonce(xchacha20poly1305);
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const KEY_BYTES = 32;

export function sealJson(key: Uint8Array, storedUnder: string, value: unknown): Uint8Array {
  return cipher(key, encoder.encode(storedUnder)).encrypt(encoder.encode(JSON.stringify(value)));
}

/** The value sealed under `storedUnder`, or null when it does not open with this key or is no JSON. */
export function openJson(key: Uint8Array, storedUnder: string, sealed: unknown): unknown {
  if (!(sealed instanceof Uint8Array)) return null;
  try {
    return JSON.parse(decoder.decode(cipher(key, encoder.encode(storedUnder)).decrypt(sealed)));
  } catch {
    return null;
  }
}

export const randomKey = (): Uint8Array => randomBytes(KEY_BYTES);

/** Random bytes as base64url text, for ids and tokens. */
export const randomText = (bytes: number): string => toBase64Url(randomBytes(bytes));

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url `text`, or null when it is none (or not `length` bytes, if given). */
export function fromBase64Url(text: string, length?: number): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    if (length !== undefined && binary.length !== length) return null;
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
