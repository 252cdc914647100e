import type { ProposalHeading } from '../plan/meeting2Rules';

/**
 * What a phone writes to the meeting room: one entry per key `p.<participant>.<seq>.<nonce>`,
 * where the participant is the phone's Ed25519 public key (base64url), `seq` counts its entries
 * and the nonce keeps two tabs of one phone from writing the same key. The value is sealed with
 * the room key; inside, the entry's JSON text and its signature over `<key>\n<text>`, so that
 * nobody else holding the room key can write as this participant.
 */
export type PhoneEntry =
  | { kind: 'joined' }
  | { kind: 'strength'; step: string; group: number; text: string }
  | { kind: 'wish'; step: string; group: number; text: string }
  | { kind: 'mark'; step: string; slot: number; wishId: string | null }
  /** Meeting 2, step 1: the wish (two for a small staff group) a group of 4 chose. */
  | { kind: 'choice'; step: string; group: number; wishIds: string[] }
  /** Meeting 2, step 1: one of a group of 4's proposals for a wish it chose. */
  | { kind: 'groupProposal'; step: string; group: number; wishId: string; text: string }
  /** Meeting 2, step 2: the prioritised wish this person burns most for (null: none). */
  | { kind: 'interest'; step: string; wishId: string | null }
  /** Meeting 2, step 2: an interest group's proposal for its wish, under one of the headings. */
  | {
      kind: 'actionProposal';
      step: string;
      wishId: string;
      heading: ProposalHeading;
      text: string;
    };

export interface EntryBody {
  /** The room protocol the phone speaks (`ROOM_PROTOCOL`). */
  protocol: number;
  seq: number;
  entry: PhoneEntry;
}

/** What is sealed under an entry's key. */
export interface SignedEntry {
  /** The entry body as JSON text, exactly as signed. */
  body: string;
  /** Ed25519 signature, base64url. */
  sig: string;
}

/** Three marks each: a participant's marks are three slots, each pointing at a wish or at none. */
export const MARK_SLOTS = 3;
export const ENTRY_PREFIX = 'p.';
const KEY_PATTERN = /^p\.([A-Za-z0-9_-]{43})\.(\d{1,6})\.([A-Za-z0-9_-]{4,12})$/;

export const entryKey = (participant: string, seq: number, nonce: string): string =>
  `${ENTRY_PREFIX}${participant}.${seq}.${nonce}`;

/** The participant and sequence number of an entry key, or null when it is none. */
export function parseEntryKey(key: string): { participant: string; seq: number } | null {
  const match = KEY_PATTERN.exec(key);
  if (!match?.[1] || !match[2]) return null;
  return { participant: match[1], seq: Number(match[2]) };
}

/** The text a phone signs for an entry: its key and its body. */
export const signedText = (key: string, body: string): string => `${key}\n${body}`;
