import { z } from 'zod/mini';
import { MAX_PEOPLE } from '../groups/splitIntoGroups';
import {
  MAX_WISHES_PER_GROUP,
  PROPOSAL_HEADINGS,
  PROPOSALS_PER_GROUP,
  type ProposalHeading,
} from './meeting2Rules';
import { count, idList, itemId, list, shortText, wholeNumber } from '../schemaParts';

export { MAX_WISHES_PER_GROUP, PROPOSAL_HEADINGS, PROPOSALS_PER_GROUP, type ProposalHeading };

/**
 * Meeting 2 (prioritering og forslag til handling), as data:
 * step 1, each group of 4 picks a wish and writes 3 short proposals;
 * step 2, interest groups write proposals per wish under three headings;
 * step 3, proposals that several groups reached are joined by theme (the originals stay).
 */
export interface Meeting2 {
  groupChoices: GroupChoice[];
  /** Step 2: how many people chose each wish, so the interest groups can form (a show of hands). */
  interestCounts: InterestCount[];
  /**
   * Step 2: how many chose each wish on their phones (the meeting room), beside the hands;
   * absent in documents from before phones, which need no migration.
   */
  phoneInterest?: InterestCount[];
  proposals: Proposal[];
  joins: ProposalJoin[];
}

/** Step 1: the wish a group of 4 chose (two are allowed for a small staff group). */
export interface GroupChoice {
  group: number;
  wishIds: string[];
}

/** Step 2: how many in the room chose to work on a wish (a show of hands). */
export interface InterestCount {
  wishId: string;
  count: number;
}

export type ProposalOrigin =
  { step: 'groupOfFour'; group: number } | { step: 'interestGroup'; heading: ProposalHeading };

export interface Proposal {
  id: string;
  /** The wish the proposal is meant to make come true. */
  wishId: string;
  text: string;
  origin: ProposalOrigin;
}

/** Step 3: one wording for proposals several groups reached; the originals stay traceable. */
export interface ProposalJoin {
  id: string;
  theme: string;
  text: string;
  proposalIds: string[];
}

export function emptyMeeting2(): Meeting2 {
  return { groupChoices: [], interestCounts: [], proposals: [], joins: [] };
}

const groupNumber = count;

export const meeting2Schema = z.object({
  groupChoices: list(
    z.object({
      group: groupNumber,
      wishIds: list(itemId, MAX_WISHES_PER_GROUP),
    }),
  ),
  interestCounts: list(z.object({ wishId: itemId, count: wholeNumber(1, MAX_PEOPLE) })),
  phoneInterest: z.optional(list(z.object({ wishId: itemId, count: wholeNumber(1, MAX_PEOPLE) }))),
  proposals: list(
    z.object({
      id: itemId,
      wishId: itemId,
      text: shortText,
      origin: z.discriminatedUnion('step', [
        z.object({ step: z.literal('groupOfFour'), group: groupNumber }),
        z.object({ step: z.literal('interestGroup'), heading: z.enum(PROPOSAL_HEADINGS) }),
      ]),
    }),
  ),
  joins: list(z.object({ id: itemId, theme: shortText, text: shortText, proposalIds: idList })),
}) satisfies z.ZodMiniType<Meeting2>;

/** A group of 4's proposals for one of its chosen wishes, in entry order. */
export function groupProposals(meeting2: Meeting2, group: number, wishId: string): Proposal[] {
  return meeting2.proposals.filter(
    (p) => p.wishId === wishId && p.origin.step === 'groupOfFour' && p.origin.group === group,
  );
}

/** Step 2's proposals for a wish, under each heading. */
export function proposalsByHeading(
  meeting2: Meeting2,
  wishId: string,
): Record<ProposalHeading, Proposal[]> {
  const under = (heading: ProposalHeading) =>
    meeting2.proposals.filter(
      (p) =>
        p.wishId === wishId && p.origin.step === 'interestGroup' && p.origin.heading === heading,
    );
  return { we: under('we'), leader: under('leader'), partners: under('partners') };
}

/** The wishes prioritised in step 1 (chosen by at least one group), in order of first choice. */
export function prioritisedWishIds(meeting2: Meeting2): string[] {
  return [...new Set(meeting2.groupChoices.flatMap((c) => c.wishIds))];
}

/** Where a count of interest came from: hands in the room (or paper), or phones. */
export type InterestSource = 'paper' | 'phone';

/** How many chose a wish, by where the count came from. */
export function interestOf(meeting2: Meeting2, wishId: string): Record<InterestSource, number> {
  const of = (counts: readonly InterestCount[] | undefined) =>
    counts?.find((c) => c.wishId === wishId)?.count ?? 0;
  return { paper: of(meeting2.interestCounts), phone: of(meeting2.phoneInterest) };
}

/** How many chose a wish in all: hands and phones. */
export function interestTotal(meeting2: Meeting2, wishId: string): number {
  const { paper, phone } = interestOf(meeting2, wishId);
  return paper + phone;
}

/** The join a proposal belongs to, if any. */
export function joinOf(meeting2: Meeting2, proposalId: string): ProposalJoin | undefined {
  return meeting2.joins.find((j) => j.proposalIds.includes(proposalId));
}
