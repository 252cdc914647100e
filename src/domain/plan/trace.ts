import type { Initiative } from './handleplan';
import type { Meeting2, Proposal, ProposalJoin } from './meeting2';

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
}

/**
 * The "Kilde" in one line, e.g. `Ønsker: "…" (gr. 1, 4; 21 streger) · Forslag: "…"`.
 * Joined proposals appear once, by the join's wording.
 */
export function sourceLine(trace: InitiativeTrace, labels: SourceLabels): string {
  const parts: string[] = [];
  if (trace.wishes.length > 0) {
    const wishes = trace.wishes.map((w) => {
      const groups = w.groups.length > 0 ? `${labels.groups} ${w.groups.join(', ')}; ` : '';
      return `"${w.text}" (${groups}${w.marks} ${labels.marks})`;
    });
    parts.push(`${labels.wishes}: ${wishes.join('; ')}`);
  }
  const texts = [...new Set(trace.proposals.map((p) => p.join?.text ?? p.proposal.text))];
  if (texts.length > 0) {
    parts.push(`${labels.proposals}: ${texts.map((t) => `"${t}"`).join('; ')}`);
  }
  return parts.length > 0 ? parts.join(' · ') : labels.none;
}
