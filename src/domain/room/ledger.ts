import { PROPOSALS_PER_GROUP } from '../plan/meeting2';
import type { PhoneArrival } from './entrySchema';
import { MARK_SLOTS, type PhoneEntry } from './entry';
import type { PhoneTask, VoteState } from './view';
import type { ProcessEvent } from '../events';

export type RefusedReason =
  | 'rateLimited'
  | 'roomFull'
  | 'badGroup'
  | 'unknownWish'
  /** A group's proposal for a wish the group has not chosen. */
  | 'notChosen'
  /** A group of 4's proposal beyond the method's three for the wish. */
  | 'tooManyProposals'
  /** A group's new choice leaves out a wish it has written proposals for. */
  | 'hasProposals';

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
  /** Wishes that may take marks (listed on the bruttoliste); meeting 2's groups choose among them. */
  markable: ReadonlySet<string>;
  /** Meeting 2: the wishes the groups of 4 chose (the interest groups' wishes). */
  prioritised: ReadonlySet<string>;
  /** Meeting 2: each group of 4's chosen wishes. */
  choices: ReadonlyMap<number, readonly string[]>;
  /** Meeting 2: a group of 4's proposals per wish, keyed `<group>/<wish>`. */
  groupProposals: ReadonlyMap<string, number>;
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
  /** Meeting 2: the wish each participant burns most for, the latest entry winning. */
  interests: ReadonlyMap<string, Slot>;
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
  interests: new Map(),
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
  /** A participant's interest moved: the phone interest counts changed. */
  interestChanged: boolean;
}

/** The step task each kind of entry belongs to. */
export const TASK_OF_KIND = {
  strength: 'strengths',
  wish: 'wishes',
  mark: 'vote',
  choice: 'priority',
  groupProposal: 'priority',
  interest: 'action',
  actionProposal: 'action',
} as const satisfies Record<Exclude<PhoneEntry['kind'], 'joined'>, PhoneTask>;

/** Whether the entry belongs to the step now open for it (else it came late). */
function onTime(arrival: PhoneArrival, context: RoomContext): boolean {
  const { entry } = arrival;
  if (entry.kind === 'joined') return true;
  if (entry.step !== context.stepId || TASK_OF_KIND[entry.kind] !== context.task) return false;
  return entry.kind !== 'mark' || context.vote === 'open';
}

/** Why the step's rules refuse the entry (whatever its time), or null when they take it. */
function refusal(arrival: PhoneArrival, context: RoomContext): RefusedReason | null {
  const { entry } = arrival;
  const outsideGroups = (group: number) => context.groups !== null && group > context.groups;
  switch (entry.kind) {
    case 'joined':
      return null;
    case 'mark':
      if (entry.slot >= MARK_SLOTS) return 'unknownWish';
      return entry.wishId !== null && !context.markable.has(entry.wishId) ? 'unknownWish' : null;
    case 'wish':
    case 'strength':
      return outsideGroups(entry.group) ? 'badGroup' : null;
    case 'choice': {
      if (outsideGroups(entry.group)) return 'badGroup';
      const unique = new Set(entry.wishIds).size === entry.wishIds.length;
      if (!unique || !entry.wishIds.every((id) => context.markable.has(id))) return 'unknownWish';
      const dropped = (context.choices.get(entry.group) ?? []).filter(
        (id) => !entry.wishIds.includes(id),
      );
      const written = (id: string) => (context.groupProposals.get(`${entry.group}/${id}`) ?? 0) > 0;
      return dropped.some(written) ? 'hasProposals' : null;
    }
    case 'groupProposal': {
      if (outsideGroups(entry.group)) return 'badGroup';
      if (!context.choices.get(entry.group)?.includes(entry.wishId)) return 'notChosen';
      const written = context.groupProposals.get(`${entry.group}/${entry.wishId}`) ?? 0;
      return written >= PROPOSALS_PER_GROUP ? 'tooManyProposals' : null;
    }
    case 'interest':
      return entry.wishId !== null && !context.prioritised.has(entry.wishId) ? 'unknownWish' : null;
    case 'actionProposal':
      return context.prioritised.has(entry.wishId) ? null : 'unknownWish';
  }
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
  if (ledger.verdicts.has(arrival.key)) return { ...nothing, ledger, verdict: 'repeated' };
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
  return accept(counted, arrival, context, prior === undefined);
}

const nothing = { events: [], marksChanged: false, interestChanged: false } as const;

/**
 * The leader takes in an entry kept aside (»Tag med alligevel«): the step's rules still hold
 * (group, wish, the three proposals), its time does not, nor the rate it came at. `context` is
 * the entry's own step. One not aside (taken already) changes nothing; one the rules still
 * refuse stays aside with that reason.
 */
export function takeAside(ledger: RoomLedger, key: string, context: RoomContext): Taken {
  const kept = ledger.aside.find((a) => a.arrival.key === key);
  if (!kept) return { ...nothing, ledger, verdict: 'repeated' };
  const refused = refusal(kept.arrival, context);
  if (refused) {
    const asideNow = ledger.aside.map((a) => (a === kept ? { ...a, verdict: refused } : a));
    const verdicts = withEntry(ledger.verdicts, key, refused);
    return { ...nothing, ledger: { ...ledger, verdicts, aside: asideNow }, verdict: refused };
  }
  const rest = { ...ledger, aside: ledger.aside.filter((a) => a !== kept) };
  return accept(rest, kept.arrival, context, true);
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
    ...nothing,
    ledger: {
      ...ledger,
      verdicts: withEntry(ledger.verdicts, arrival.key, verdict),
      aside: kept ? [...ledger.aside, { arrival, verdict }] : ledger.aside,
    },
    verdict,
  };
}

/**
 * An accepted entry's events. `fresh` is false when a previous run accepted it already: then a
 * group's choice, which has no id of its own, is not made again (the leader may have changed it
 * since); everything else repeats to no effect, by its id or by its totals.
 */
function accept(
  ledger: RoomLedger,
  arrival: PhoneArrival,
  context: RoomContext,
  fresh: boolean,
): Taken {
  const { entry, key, participant } = arrival;
  const verdicts = withEntry(ledger.verdicts, key, 'accepted');
  const taken = { ...nothing, verdict: 'accepted' } as const;
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
  if (entry.kind === 'interest') {
    const current = ledger.interests.get(participant);
    if (current && current.seq >= arrival.seq) return { ...taken, ledger: next };
    const interest = { seq: arrival.seq, wishId: entry.wishId };
    const interests = withEntry(ledger.interests, participant, interest);
    return { ...taken, ledger: { ...next, interests }, interestChanged: true };
  }
  return { ...taken, ledger: next, events: eventsOf(entry, key, at, fresh) };
}

type Written = Exclude<PhoneEntry, { kind: 'joined' | 'mark' | 'interest' }>;

/** The process events of an accepted entry that writes: the entry key is the new item's id. */
function eventsOf(entry: Written, key: string, at: string, fresh: boolean): ProcessEvent[] {
  switch (entry.kind) {
    case 'wish':
      return [{ type: 'wishAdded', wishId: key, text: entry.text, group: entry.group, at }];
    case 'strength':
      return [{ type: 'strengthAdded', strengthId: key, text: entry.text, group: entry.group, at }];
    case 'choice':
      return fresh
        ? [{ type: 'groupWishesChosen', group: entry.group, wishIds: entry.wishIds }]
        : [];
    case 'groupProposal':
      return [
        {
          type: 'proposalAdded',
          id: key,
          wishId: entry.wishId,
          text: entry.text,
          origin: { step: 'groupOfFour', group: entry.group },
        },
      ];
    case 'actionProposal':
      return [
        {
          type: 'proposalAdded',
          id: key,
          wishId: entry.wishId,
          text: entry.text,
          origin: { step: 'interestGroup', heading: entry.heading },
        },
      ];
  }
}

/** Phones that have joined (each participant once; two phones of one person are two). */
export const phonesIn = (ledger: RoomLedger): number => ledger.participants.size;

/** Phone interest per wish: the wish each participant burns most for now. */
export function interestTotals(ledger: RoomLedger): Map<string, number> {
  const totals = new Map<string, number>();
  for (const { wishId } of ledger.interests.values()) {
    if (wishId !== null) totals.set(wishId, (totals.get(wishId) ?? 0) + 1);
  }
  return totals;
}

/** Phone marks per wish: the wish each participant's three slots point at now. */
export function slotTotals(ledger: RoomLedger): Map<string, number> {
  const totals = new Map<string, number>();
  for (const { wishId } of ledger.slots.values()) {
    if (wishId !== null) totals.set(wishId, (totals.get(wishId) ?? 0) + 1);
  }
  return totals;
}
