import { MAX_PEOPLE } from '../groups/splitIntoGroups';
import { LIMITS } from '../limits';
import { clipShort, isBlank } from '../text';
import { sameFields } from './fields';
import {
  MAX_WISHES_PER_GROUP,
  joinOf,
  prioritisedWishIds,
  type InterestCount,
  type Meeting2,
  type ProposalOrigin,
} from './meeting2';

/** Changes to meeting 2's capture. */
export type Meeting2Event =
  | { type: 'groupWishesChosen'; group: number; wishIds: string[] }
  /**
   * Step 2: `count` people chose the wish (one the groups of 4 prioritised); 0 clears it. The
   * hands the leader counts, or with `source: 'phone'` those who chose it on their phones.
   */
  | { type: 'interestCounted'; wishId: string; count: number; source?: 'phone' }
  | { type: 'proposalAdded'; id: string; wishId: string; text: string; origin: ProposalOrigin }
  | { type: 'proposalChanged'; id: string; text: string }
  | { type: 'proposalRemoved'; id: string }
  | { type: 'proposalsJoined'; id: string; theme: string; text: string; proposalIds: string[] }
  | { type: 'joinChanged'; id: string; theme: string; text: string }
  | { type: 'joinUndone'; id: string };

/** Why an event was refused, for a message in the UI. */
export type Meeting2Rejection =
  | 'invalidGroup'
  | 'invalidCount'
  | 'wishNotPrioritised'
  | 'tooManyPeople'
  | 'tooManyWishes'
  | 'duplicateWish'
  | 'duplicateId'
  | 'emptyText'
  | 'wishNotChosenByGroup'
  | 'unknownProposal'
  | 'proposalJoined'
  | 'tooFewProposals'
  | 'unknownJoin';

const isGroup = (n: number) => Number.isInteger(n) && n >= 1 && n <= LIMITS.count;

/** The reason an event cannot be applied, or null when it can. */
function rejection(m: Meeting2, event: Meeting2Event): Meeting2Rejection | null {
  const proposalExists = (id: string) => m.proposals.some((p) => p.id === id);
  const idTaken = (id: string) => proposalExists(id) || m.joins.some((j) => j.id === id);
  switch (event.type) {
    case 'groupWishesChosen':
      if (!isGroup(event.group)) return 'invalidGroup';
      if (event.wishIds.length > MAX_WISHES_PER_GROUP) return 'tooManyWishes';
      if (new Set(event.wishIds).size !== event.wishIds.length) return 'duplicateWish';
      return null;
    case 'interestCounted': {
      if (!prioritisedWishIds(m).includes(event.wishId)) return 'wishNotPrioritised';
      if (!Number.isInteger(event.count) || event.count < 0) return 'invalidCount';
      const phone = event.source === 'phone';
      const sum = (counts: readonly InterestCount[], replaced: boolean) =>
        counts
          .filter((c) => !replaced || c.wishId !== event.wishId)
          .reduce((total, c) => total + c.count, 0);
      const others = sum(m.interestCounts, !phone) + sum(m.phoneInterest ?? [], phone);
      return others + event.count > MAX_PEOPLE ? 'tooManyPeople' : null;
    }
    case 'proposalAdded': {
      if (idTaken(event.id)) return 'duplicateId';
      if (isBlank(event.text)) return 'emptyText';
      const origin = event.origin;
      if (origin.step !== 'groupOfFour') return null;
      if (!isGroup(origin.group)) return 'invalidGroup';
      const choice = m.groupChoices.find((c) => c.group === origin.group);
      return choice?.wishIds.includes(event.wishId) ? null : 'wishNotChosenByGroup';
    }
    case 'proposalChanged':
      if (!proposalExists(event.id)) return 'unknownProposal';
      return isBlank(event.text) ? 'emptyText' : null;
    case 'proposalRemoved':
      if (!proposalExists(event.id)) return 'unknownProposal';
      // A joined proposal is part of a traceable join: undo the join first.
      return joinOf(m, event.id) ? 'proposalJoined' : null;
    case 'proposalsJoined':
      if (idTaken(event.id)) return 'duplicateId';
      if (isBlank(event.text)) return 'emptyText';
      if (new Set(event.proposalIds).size < 2) return 'tooFewProposals';
      if (!event.proposalIds.every(proposalExists)) return 'unknownProposal';
      return event.proposalIds.some((id) => joinOf(m, id)) ? 'proposalJoined' : null;
    case 'joinChanged':
      if (!m.joins.some((j) => j.id === event.id)) return 'unknownJoin';
      return isBlank(event.text) ? 'emptyText' : null;
    case 'joinUndone':
      return m.joins.some((j) => j.id === event.id) ? null : 'unknownJoin';
  }
}

/** Applies one event: the next capture, the same one when nothing changes, or why it was refused. */
export function applyMeeting2Event(
  m: Meeting2,
  event: Meeting2Event,
): Meeting2 | Meeting2Rejection {
  const refused = rejection(m, event);
  if (refused) return refused;
  switch (event.type) {
    case 'groupWishesChosen': {
      const current = m.groupChoices.find((c) => c.group === event.group);
      if (current && sameFields(current, { group: event.group, wishIds: event.wishIds })) return m;
      if (!current && event.wishIds.length === 0) return m;
      const others = m.groupChoices.filter((c) => c.group !== event.group);
      const choices =
        event.wishIds.length === 0
          ? others
          : [...others, { group: event.group, wishIds: [...event.wishIds] }];
      return { ...m, groupChoices: choices.sort((a, b) => a.group - b.group) };
    }
    case 'interestCounted': {
      const field = event.source === 'phone' ? 'phoneInterest' : 'interestCounts';
      const counts = m[field] ?? [];
      const current = counts.find((c) => c.wishId === event.wishId);
      if ((current?.count ?? 0) === event.count) return m;
      const others = counts.filter((c) => c.wishId !== event.wishId);
      const next =
        event.count === 0 ? others : [...others, { wishId: event.wishId, count: event.count }];
      return { ...m, [field]: next };
    }
    case 'proposalAdded':
      return {
        ...m,
        proposals: [
          ...m.proposals,
          {
            id: event.id,
            wishId: event.wishId,
            text: clipShort(event.text.trim()),
            origin: event.origin,
          },
        ],
      };
    case 'proposalChanged': {
      const text = clipShort(event.text.trim());
      if (m.proposals.some((p) => p.id === event.id && p.text === text)) return m;
      return {
        ...m,
        proposals: m.proposals.map((p) => (p.id === event.id ? { ...p, text } : p)),
      };
    }
    case 'proposalRemoved':
      return { ...m, proposals: m.proposals.filter((p) => p.id !== event.id) };
    case 'proposalsJoined':
      return {
        ...m,
        joins: [
          ...m.joins,
          {
            id: event.id,
            theme: clipShort(event.theme.trim()),
            text: clipShort(event.text.trim()),
            proposalIds: [...new Set(event.proposalIds)],
          },
        ],
      };
    case 'joinChanged': {
      const theme = clipShort(event.theme.trim());
      const text = clipShort(event.text.trim());
      if (m.joins.some((j) => j.id === event.id && j.theme === theme && j.text === text)) return m;
      return {
        ...m,
        joins: m.joins.map((j) => (j.id === event.id ? { ...j, theme, text } : j)),
      };
    }
    case 'joinUndone':
      return { ...m, joins: m.joins.filter((j) => j.id !== event.id) };
  }
}
