import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { MAX_WISHES_PER_GROUP, PROPOSAL_HEADINGS } from '../plan/meeting2';
import { MARK_SLOTS, parseEntryKey, signedText, type EntryBody, type PhoneEntry } from './entry';
import { ROOM_PROTOCOL } from './view';

const stepId = z.string().check(z.minLength(1), z.maxLength(100));
const group = z.int().check(z.minimum(1), z.maximum(1000));
/** A phone's text, as long as any line the leader types (the page stops at the same length). */
const text = z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText));
const wishId = z.string().check(z.minLength(1), z.maxLength(100));

const entrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('joined') }),
  z.strictObject({ kind: z.literal('strength'), step: stepId, group, text }),
  z.strictObject({ kind: z.literal('wish'), step: stepId, group, text }),
  z.strictObject({
    kind: z.literal('mark'),
    step: stepId,
    slot: z.int().check(z.minimum(0), z.maximum(MARK_SLOTS - 1)),
    wishId: z.nullable(wishId),
  }),
  z.strictObject({
    kind: z.literal('choice'),
    step: stepId,
    group,
    wishIds: z.array(wishId).check(z.maxLength(MAX_WISHES_PER_GROUP)),
  }),
  z.strictObject({ kind: z.literal('groupProposal'), step: stepId, group, wishId, text }),
  z.strictObject({ kind: z.literal('interest'), step: stepId, wishId: z.nullable(wishId) }),
  z.strictObject({
    kind: z.literal('actionProposal'),
    step: stepId,
    wishId,
    heading: z.enum(PROPOSAL_HEADINGS),
    text,
  }),
]) satisfies z.ZodMiniType<PhoneEntry>;

const bodySchema = z.strictObject({
  protocol: z.int().check(z.minimum(1), z.maximum(1000)),
  seq: z.int().check(z.minimum(0), z.maximum(999_999)),
  entry: entrySchema,
}) satisfies z.ZodMiniType<EntryBody>;

const signedSchema = z.strictObject({
  body: z.string().check(z.maxLength(4096)),
  sig: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/)),
});

export interface PhoneArrival {
  key: string;
  participant: string;
  seq: number;
  entry: PhoneEntry;
}

export type EntryProblem = 'badKey' | 'notSealed' | 'badSignature' | 'invalid' | 'newerVersion';

/** Checks a signature: `verify(signature, text, participant)` (the store's Ed25519). */
export type Verify = (sig: string, text: string, participant: string) => boolean;

/**
 * The entry under `key`, from what was opened there with the room key (null when it did not
 * open): a key of the phones' form, a signature by the participant the key names, a body in the
 * entry schema whose sequence number is the key's. Anything else is a problem, never an entry.
 */
export function readPhoneEntry(
  key: string,
  opened: unknown,
  verify: Verify,
): { ok: true; arrival: PhoneArrival } | { ok: false; problem: EntryProblem } {
  const parsedKey = parseEntryKey(key);
  if (!parsedKey) return { ok: false, problem: 'badKey' };
  const signed = signedSchema.safeParse(opened);
  if (!signed.success) return { ok: false, problem: 'notSealed' };
  const { body, sig } = signed.data;
  if (!verify(sig, signedText(key, body), parsedKey.participant)) {
    return { ok: false, problem: 'badSignature' };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  const protocol = (json as { protocol?: unknown } | null)?.protocol;
  if (typeof protocol === 'number' && protocol > ROOM_PROTOCOL) {
    return { ok: false, problem: 'newerVersion' };
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success || parsed.data.seq !== parsedKey.seq)
    return { ok: false, problem: 'invalid' };
  return { ok: true, arrival: { key, ...parsedKey, entry: parsed.data.entry } };
}
