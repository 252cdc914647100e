/** The six phases of one APV process, in the method's order. */
export const PHASE_IDS = [
  'preparation',
  'meeting1',
  'assessment',
  'meeting2',
  'plan',
  'followup',
] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export const PHASE_STATUSES = ['notStarted', 'inProgress', 'done'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** A status for every phase: what the data shows, or what is shown after the leader's overrides. */
export type Phases = Record<PhaseId, PhaseStatus>;

/**
 * What the leader set by hand (stored since v7). Null follows what happened; a status
 * overrides it until the leader lets the phase follow the data again.
 */
export type PhaseOverrides = Record<PhaseId, PhaseStatus | null>;

export function noOverrides(): PhaseOverrides {
  return {
    preparation: null,
    meeting1: null,
    assessment: null,
    meeting2: null,
    plan: null,
    followup: null,
  };
}

/** The phase to work on now: the first one that is not done (the last one when all are). */
export function currentPhase(phases: Phases): PhaseId {
  return PHASE_IDS.find((id) => phases[id] !== 'done') ?? 'followup';
}
