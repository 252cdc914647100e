import type { PhoneArrival } from './entrySchema';
import { MARK_SLOTS } from './entry';
import type { PhoneTask, VoteState } from './view';
import type { ProcessEvent } from '../events';

export type RefusedReason = 'rateLimited' | 'roomFull' | 'badGroup' | 'unknownWish';

/**
 * How the leader's app decided on an entry: accepted, late (its step had closed), or why it
 * was refused. Kept with the room, so that a reload decides the same again.
 */
export type Verdict = 'accepted' | 'late' | RefusedReason;

/** The meeting as the leader's app sees it when an entry arrives. */
export interface RoomContext {
  /** The leader's clock, epoch ms. */
  now: number;
  stepId: string | null;
  task: PhoneTask | null;
  vote: VoteState;
  /** Groups of the step, when known. */
  groups: number | null;
  /** Wishes that may take marks (listed on the bruttoliste). */
  markable: ReadonlySet<string>;
}

export interface AsideEntry {
  arrival: PhoneArrival;
  verdict: Exclude<Verdict, 'accepted'>;
}

interface Participant {
  entries: number;
  /** Token bucket on the leader's clock. */
  tokens: number;
  at: number;
}

export interface Slot {
  seq: number;
  wishId: string | null;
}

/** What the room's entries have come to on the leader's device. */
export interface RoomLedger {
  verdicts: ReadonlyMap<string, Verdict>;
  participants: ReadonlyMap<string, Participant>;
  /** The latest mark per participant and slot, keyed `<participant>/<slot>`. */
  slots: ReadonlyMap<string, Slot>;
  /** Participants with an accepted entry, per step id. */
  tookPart: ReadonlyMap<string, ReadonlySet<string>>;
  /** Entries kept aside: arrived after their step closed, or refused; shown to the leader. */
  aside: readonly AsideEntry[];
}

export const ROOM_RULES = {
  /** Entries one phone may make in a burst, and one more per `refillMs` after that. */
  burst: 20,
  refillMs: 2_000,
  maxEntriesPerParticipant: 500,
  maxParticipants: 2_000,
  maxAside: 500,
} as const;

export const emptyLedger = (): RoomLedger => ({
  verdicts: new Map(),
  participants: new Map(),
  slots: new Map(),
  tookPart: new Map(),
  aside: [],
});

export interface Taken {
  ledger: RoomLedger;
  verdict: Verdict | 'repeated';
  /** Process events the entry makes (strengths and wishes; marks go through `phoneMarkEvents`). */
  events: readonly ProcessEvent[];
  /** A slot moved: the phone mark totals changed. */
  marksChanged: boolean;
}

const task = { strength: 'strengths', wish: 'wishes', mark: 'vote' } as const;

/** Whether the entry belongs to the step now open for it (else it came late). */
function onTime(arrival: PhoneArrival, context: RoomContext): boolean {
  const { entry } = arrival;
  if (entry.kind === 'joined') return true;
  if (entry.step !== context.stepId || task[entry.kind] !== context.task) return false;
  return entry.kind !== 'mark' || context.vote === 'open';
}

function refusal(arrival: PhoneArrival, context: RoomContext): RefusedReason | null {
  const { entry } = arrival;
  if (entry.kind === 'mark') {
    if (entry.slot >= MARK_SLOTS) return 'unknownWish';
    if (entry.wishId !== null && !context.markable.has(entry.wishId)) return 'unknownWish';
  }
  if (entry.kind === 'wish' || entry.kind === 'strength') {
    if (context.groups !== null && entry.group > context.groups) return 'badGroup';
  }
  return null;
}

/** The participant's bucket after one more entry at `now`, or null when it is empty. */
function spend(participant: Participant | undefined, now: number): Participant | null {
  const { burst, refillMs, maxEntriesPerParticipant } = ROOM_RULES;
  if (!participant) return { entries: 1, tokens: burst - 1, at: now };
  if (participant.entries >= maxEntriesPerParticipant) return null;
  const refilled = Math.min(
    burst,
    participant.tokens + Math.max(0, now - participant.at) / refillMs,
  );
  if (refilled < 1) return null;
  return {
    entries: participant.entries + 1,
    tokens: refilled - 1,
    at: Math.max(now, participant.at),
  };
}

const withEntry = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V): Map<K, V> =>
  new Map(map).set(key, value);

/**
 * Takes one checked entry into the ledger: accepted (its events), late (its step closed:
 * kept aside), or refused (rate, size or rules: kept aside); one seen before changes nothing.
 * `prior` is the verdict a previous run gave it, which stands: a reload decides the same.
 */
export function takeEntry(
  ledger: RoomLedger,
  arrival: PhoneArrival,
  context: RoomContext,
  prior?: Verdict,
): Taken {
  if (ledger.verdicts.has(arrival.key)) {
    return { ledger, verdict: 'repeated', events: [], marksChanged: false };
  }
  const known = ledger.participants.get(arrival.participant);
  if (!known && ledger.participants.size >= ROOM_RULES.maxParticipants && !prior) {
    return aside(ledger, arrival, 'roomFull');
  }
  const spent = spend(known, context.now);
  const participants = withEntry(
    ledger.participants,
    arrival.participant,
    spent ?? known ?? { entries: 1, tokens: 0, at: context.now },
  );
  const counted = { ...ledger, participants };
  const verdict = prior ?? decide(arrival, context, spent === null);
  if (verdict !== 'accepted') return aside(counted, arrival, verdict);
  return accept(counted, arrival, context);
}

function decide(arrival: PhoneArrival, context: RoomContext, overRate: boolean): Verdict {
  if (overRate) return 'rateLimited';
  if (!onTime(arrival, context)) return 'late';
  return refusal(arrival, context) ?? 'accepted';
}

function aside(
  ledger: RoomLedger,
  arrival: PhoneArrival,
  verdict: Exclude<Verdict, 'accepted'>,
): Taken {
  const kept = ledger.aside.length < ROOM_RULES.maxAside;
  return {
    ledger: {
      ...ledger,
      verdicts: withEntry(ledger.verdicts, arrival.key, verdict),
      aside: kept ? [...ledger.aside, { arrival, verdict }] : ledger.aside,
    },
    verdict,
    events: [],
    marksChanged: false,
  };
}

function accept(ledger: RoomLedger, arrival: PhoneArrival, context: RoomContext): Taken {
  const { entry, key, participant } = arrival;
  const verdicts = withEntry(ledger.verdicts, key, 'accepted');
  const taken = { verdict: 'accepted', events: [], marksChanged: false } as const;
  if (entry.kind === 'joined') return { ...taken, ledger: { ...ledger, verdicts } };
  const stepSet = new Set(ledger.tookPart.get(entry.step)).add(participant);
  const next = { ...ledger, verdicts, tookPart: withEntry(ledger.tookPart, entry.step, stepSet) };
  const at = new Date(context.now).toISOString();
  if (entry.kind === 'mark') {
    const slotKey = `${participant}/${entry.slot}`;
    const current = ledger.slots.get(slotKey);
    // A mark moved on an older page arriving after a newer one changes nothing.
    if (current && current.seq >= arrival.seq) return { ...taken, ledger: next };
    const slots = withEntry(ledger.slots, slotKey, { seq: arrival.seq, wishId: entry.wishId });
    return { ...taken, ledger: { ...next, slots }, marksChanged: true };
  }
  const { text, group } = entry;
  const event: ProcessEvent =
    entry.kind === 'wish'
      ? { type: 'wishAdded', wishId: key, text, group, at }
      : { type: 'strengthAdded', strengthId: key, text, group, at };
  return { ...taken, ledger: next, events: [event] };
}

/** Phones that have joined (each participant once; two phones of one person are two). */
export const phonesIn = (ledger: RoomLedger): number => ledger.participants.size;

/** Phone marks per wish: the wish each participant's three slots point at now. */
export function slotTotals(ledger: RoomLedger): Map<string, number> {
  const totals = new Map<string, number>();
  for (const { wishId } of ledger.slots.values()) {
    if (wishId !== null) totals.set(wishId, (totals.get(wishId) ?? 0) + 1);
  }
  return totals;
}
