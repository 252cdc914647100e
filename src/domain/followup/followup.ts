import type { AbsenceFigures } from '../absence/absence';
import type { CommunicationChannel, InitiativeStatus } from '../plan/handleplan';

/**
 * Opfølgning, the phase without which nothing changes: the status history of each
 * initiative, the checks of whether it works, what staff were told, who carries the
 * follow-up, and sickness absence measured after the plan started.
 */
export interface FollowUp {
  statusLog: StatusLogEntry[];
  checks: FollowUpCheck[];
  communicationLog: CommunicationLogEntry[];
  team: TeamMember[];
  absenceMeasurements: AbsenceMeasurement[];
}

export interface StatusLogEntry {
  id: string;
  initiativeId: string;
  status: InitiativeStatus;
  note: string;
  /** ISO date-time. */
  at: string;
}

/** Did the solution work? The law asks the follow-up to check exactly this. */
export const EFFECT_VERDICTS = ['works', 'partly', 'notYet', 'doesNotWork'] as const;
export type EffectVerdict = (typeof EFFECT_VERDICTS)[number];

/** A follow-up held for one of an initiative's follow-up dates. */
export interface FollowUpCheck {
  id: string;
  initiativeId: string;
  /** The planned follow-up date this check answers, 'yyyy-MM-dd'. */
  plannedDate: string;
  /** When it was held, 'yyyy-MM-dd'. */
  heldOn: string;
  verdict: EffectVerdict;
  note: string;
}

/** What staff were told, when and how: people who gave their wishes expect to hear back. */
export interface CommunicationLogEntry {
  id: string;
  what: string;
  /** 'yyyy-MM-dd'. */
  date: string;
  channel: CommunicationChannel;
}

export const TEAM_KINDS = ['dreamteam', 'trivselsagenter', 'representative'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

/** A member of the dreamteam, the trivselsagenter, or a representative who carries follow-up. */
export interface TeamMember {
  id: string;
  name: string;
  kind: TeamKind;
  /** The written role, so that expectations are clear. */
  role: string;
}

export interface AbsenceMeasurement {
  id: string;
  figures: AbsenceFigures;
}

export function emptyFollowUp(): FollowUp {
  return { statusLog: [], checks: [], communicationLog: [], team: [], absenceMeasurements: [] };
}
