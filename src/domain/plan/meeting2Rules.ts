/**
 * Meeting 2's numbers and headings, on their own so that the phone page can read them without
 * the schema (zod) that `meeting2.ts` holds.
 */

/** Step 2's headings: what must WE, the LEADER, and our customers or PARTNERS do differently. */
export const PROPOSAL_HEADINGS = ['we', 'leader', 'partners'] as const;
export type ProposalHeading = (typeof PROPOSAL_HEADINGS)[number];

/** The method: one wish per group of 4, two for a small staff group. */
export const MAX_WISHES_PER_GROUP = 2;
/** The method asks each group of 4 for 3 short proposals. */
export const PROPOSALS_PER_GROUP = 3;
