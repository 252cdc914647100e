import { ed25519 } from '@noble/curves/ed25519.js';
import type { Verify } from '../../domain/room/entrySchema';
import { fromBase64Url } from '../share/codec';

const encoder = new TextEncoder();

/** Checks a phone's Ed25519 signature (the participant id is its public key, base64url). */
export const verifyPhone: Verify = (sig, text, participant) => {
  const signature = fromBase64Url(sig, 64);
  const publicKey = fromBase64Url(participant, 32);
  if (!signature || !publicKey) return false;
  try {
    return ed25519.verify(signature, encoder.encode(text), publicKey);
  } catch {
    return false;
  }
};
