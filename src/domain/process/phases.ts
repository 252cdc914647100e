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

export type Phases = Record<PhaseId, PhaseStatus>;

export function initialPhases(): Phases {
  return {
    preparation: 'inProgress',
    meeting1: 'notStarted',
    assessment: 'notStarted',
    meeting2: 'notStarted',
    plan: 'notStarted',
    followup: 'notStarted',
  };
}

/** The phase to work on now: the first one that is not done (the last one when all are). */
export function currentPhase(phases: Phases): PhaseId {
  return PHASE_IDS.find((id) => phases[id] !== 'done') ?? 'followup';
}
