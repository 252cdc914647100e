import type { Initiative } from './handleplan';
import type { WishDecision } from '../wishes/types';
import type { Meeting2, Proposal, ProposalHeading, ProposalJoin, ProposalOrigin } from './meeting2';

/**
 * What the trace needs to know of a wish on the bruttoliste. A structural input so the plan
 * does not depend on how the wishes section stores it.
 */
export interface TraceWish {
  id: string;
  text: string;
  /** Groups in meeting 1 that wrote it (several when duplicates were merged). */
  groups: number[];
  /** Tally marks in meeting 1's step 5. */
  marks: number;
  /** The assessment meeting's decision, as the wishes section names it. */
  decision?: string;
  assessmentNote?: string;
}

/** A meeting-2 proposal behind an initiative, with the join it was reached through, if any. */
export interface TracedProposal {
  proposal: Proposal;
  join: ProposalJoin | null;
}

export interface InitiativeTrace {
  wishes: TraceWish[];
  proposals: TracedProposal[];
  /** Source ids that no longer match a wish or proposal: worth a warning, never an error. */
  missingIds: string[];
}

/** From an initiative back to its wishes (with marks and assessment) and meeting-2 proposals. */
export function traceInitiative(
  initiative: Pick<Initiative, 'sourceWishIds' | 'sourceProposalIds'>,
  wishes: readonly TraceWish[],
  meeting2: Meeting2,
): InitiativeTrace {
  const missingIds: string[] = [];
  const found: TraceWish[] = [];
  for (const id of initiative.sourceWishIds) {
    const wish = wishes.find((w) => w.id === id);
    if (wish) found.push(wish);
    else missingIds.push(id);
  }
  const proposals: TracedProposal[] = [];
  const add = (proposal: Proposal, join: ProposalJoin | null) => {
    if (!proposals.some((p) => p.proposal.id === proposal.id)) proposals.push({ proposal, join });
  };
  for (const id of initiative.sourceProposalIds) {
    const proposal = meeting2.proposals.find((p) => p.id === id);
    const join = meeting2.joins.find((j) => j.id === id);
    if (proposal) add(proposal, meeting2.joins.find((j) => j.proposalIds.includes(id)) ?? null);
    else if (join) {
      // A join stands for its originals: list every one of them.
      for (const original of meeting2.proposals.filter((p) => join.proposalIds.includes(p.id))) {
        add(original, join);
      }
    } else missingIds.push(id);
  }
  return { wishes: found, proposals, missingIds };
}

/** Words for the one-line "Kilde" text, from the UI's dictionary. */
export interface SourceLabels {
  wishes: string;
  proposals: string;
  /** Short word before group numbers, e.g. 'gr.' */
  groups: string;
  marks: string;
  /** Shown when an initiative has no source. */
  none: string;
  /** The assessment's decisions, as on screen ("Arbejdes der med"). */
  decisions: Record<WishDecision, string>;
  /** Where a proposal came from: "gruppe 3" (a group of 4), »Vi«, »Leder« (an interest group). */
  origin: { group: string; headings: Record<ProposalHeading, string> };
}

/** "gruppe 3" or »Vi«: where a proposal was written in meeting 2. */
export function originLabel(origin: ProposalOrigin, labels: SourceLabels['origin']): string {
  return origin.step === 'groupOfFour'
    ? `${labels.group} ${origin.group}`
    : `»${labels.headings[origin.heading]}«`;
}

function wishPart(w: TraceWish, labels: SourceLabels): string {
  const decision = w.decision ? (labels.decisions[w.decision as WishDecision] ?? w.decision) : '';
  const assessed = [decision, w.assessmentNote ?? ''].filter((t) => t.trim() !== '').join(': ');
  const about = [
    w.groups.length > 0 ? `${labels.groups} ${w.groups.join(', ')}` : '',
    `${w.marks} ${labels.marks}`,
    assessed,
  ].filter((t) => t !== '');
  return `»${w.text}« (${about.join('; ')})`;
}

/**
 * The "Kilde" in one line, e.g.
 * `Ønsker: »…« (gr. 1, 4; 21 streger; Arbejdes der med: …) · Forslag: »…« (gruppe 3); »…« (»Vi«)`.
 * Joined proposals appear once, by the join's wording, with the origins of all they join.
 */
export function sourceLine(trace: InitiativeTrace, labels: SourceLabels): string {
  const parts: string[] = [];
  if (trace.wishes.length > 0) {
    parts.push(`${labels.wishes}: ${trace.wishes.map((w) => wishPart(w, labels)).join('; ')}`);
  }
  const origins = new Map<string, string[]>();
  for (const { proposal, join } of trace.proposals) {
    const text = join?.text ?? proposal.text;
    const from = originLabel(proposal.origin, labels.origin);
    const known = origins.get(text) ?? [];
    if (!known.includes(from)) known.push(from);
    origins.set(text, known);
  }
  if (origins.size > 0) {
    const texts = [...origins].map(([text, from]) => `»${text}« (${from.join(', ')})`);
    parts.push(`${labels.proposals}: ${texts.join('; ')}`);
  }
  return parts.length > 0 ? parts.join(' · ') : labels.none;
}
