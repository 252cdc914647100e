import type { ApvProcess } from '../document';
import type { MeetingRun } from '../agenda/section';
import { ANALYSIS_POINT_IDS } from '../wishes/types';
import {
  PHASE_IDS,
  type PhaseId,
  type PhaseOverrides,
  type PhaseStatus,
  type Phases,
} from './phases';

/** The parts of a process its phases are read from (a v5 document has them too). */
export type PhaseData = Pick<ApvProcess, 'meetingRuns' | 'wishes' | 'meeting2' | 'plan'>;

function meetingStatus(run: MeetingRun): PhaseStatus {
  if (run.record.endedAt !== null || run.timer.finishedAt !== null) return 'done';
  return run.record.startedAt !== null || run.timer.stepStartedAt !== null
    ? 'inProgress'
    : 'notStarted';
}

function assessmentStatus(data: PhaseData): PhaseStatus {
  const w = data.wishes;
  // The confirmed selection is the clean bruttoliste the AMG and management stand by.
  if (!w.selection.preliminary) return 'done';
  const worked =
    w.assessments.length > 0 ||
    w.themes.length > 0 ||
    ANALYSIS_POINT_IDS.some((p) => w.analysisNotes[p].trim() !== '');
  return worked ? 'inProgress' : 'notStarted';
}

function planStatus(data: PhaseData): PhaseStatus {
  const p = data.plan;
  if (p.approvalDate !== '') return 'done';
  const drafted =
    p.goals.length > 0 ||
    p.initiatives.length > 0 ||
    p.communication.length > 0 ||
    p.absenceConsiderations.trim() !== '';
  return drafted ? 'inProgress' : 'notStarted';
}

/** Each phase by its own evidence, before the later phases are taken into account. */
function ownStatuses(data: PhaseData): Phases {
  const approved = data.plan.approvalDate !== '';
  return {
    // The preparation runs from the day the process is created until meeting 1 starts.
    preparation: 'inProgress',
    meeting1: meetingStatus(data.meetingRuns.meeting1),
    assessment: assessmentStatus(data),
    meeting2: meetingStatus(data.meetingRuns.meeting2),
    plan: planStatus(data),
    // Follow-up is never over by itself: it runs until the next APV.
    followup: approved ? 'inProgress' : 'notStarted',
  };
}

/** Whether a phase's own status shows that everything before it has happened. */
function closesEarlier(phase: PhaseId, status: PhaseStatus): boolean {
  if (status === 'done') return true;
  // A meeting that has started means the phases before it are over.
  return (
    status === 'inProgress' &&
    (phase === 'meeting1' || phase === 'meeting2' || phase === 'followup')
  );
}

/**
 * The phases as the data shows them: a meeting started is in progress and finished is done;
 * the assessment is done when the selection (the clean bruttoliste) is confirmed; the plan
 * when it is approved; follow-up runs from then on. A phase is also done once a later phase
 * shows it has happened (meeting 2 started means the assessment meeting was held).
 */
export function phasesFromData(data: PhaseData): Phases {
  const own = ownStatuses(data);
  const result = { ...own };
  let later = false;
  for (const phase of [...PHASE_IDS].reverse()) {
    if (later) result[phase] = 'done';
    later ||= closesEarlier(phase, own[phase]);
  }
  return result;
}

/** The statuses shown: the leader's override where there is one, otherwise what the data shows. */
export function effectivePhases(overrides: PhaseOverrides, derived: Phases): Phases {
  const result = { ...derived };
  for (const phase of PHASE_IDS) result[phase] = overrides[phase] ?? derived[phase];
  return result;
}

export interface PhaseReading {
  /** What is shown. */
  status: PhaseStatus;
  /** What the data shows. */
  derived: PhaseStatus;
  /** Set by the leader: the phase no longer follows the data until the leader lets it. */
  overridden: boolean;
}

/** Every phase of a process: shown status, the data's status, and whether an override rules. */
export function readPhases(doc: ApvProcess): Record<PhaseId, PhaseReading> {
  const derived = phasesFromData(doc);
  const shown = effectivePhases(doc.phases, derived);
  return Object.fromEntries(
    PHASE_IDS.map((p) => [
      p,
      { status: shown[p], derived: derived[p], overridden: doc.phases[p] !== null },
    ]),
  ) as Record<PhaseId, PhaseReading>;
}

/** The shown statuses of a process's phases. */
export function processPhases(doc: ApvProcess): Phases {
  return effectivePhases(doc.phases, phasesFromData(doc));
}
