import { ed25519 } from '@noble/curves/ed25519.js';
import { fromBase64Url, toBase64Url } from '../store/share/codec';

const encoder = new TextEncoder();

/**
 * The phone's identity in one room: an Ed25519 key pair made here (the public key is its
 * participant id); loaded after the page is shown, before the first entry is written.
 */
export interface Signer {
  participant: string;
  secret: string;
  sign(text: string): string;
}

export function signerFor(secret: string | null): Signer {
  const key = (secret && fromBase64Url(secret, 32)) || ed25519.utils.randomSecretKey();
  return {
    participant: toBase64Url(ed25519.getPublicKey(key)),
    secret: toBase64Url(key),
    sign: (text) => toBase64Url(ed25519.sign(encoder.encode(text), key)),
  };
}
