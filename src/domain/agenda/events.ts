import type { Agenda } from './agenda';
import {
  addBreak,
  chooseQuestions,
  moveStep,
  removeStep,
  setInterviewTurns,
  setStepMinutes,
  setStepSkipped,
} from './customise';
import type { MeetingKey, QuestionId } from './ids';
import { emptyMeetingRecord, isValidPresentCount, syncRecord } from './record';
import type { MeetingRun, MeetingsSection } from './section';
import { agendaTemplate } from './templates';
import {
  currentStep,
  extendStep,
  finishMeeting,
  idleTimer,
  jumpToStep,
  nextStep,
  pauseTimer,
  previousStep,
  restartStep,
  resumeTimer,
  startTimer,
  timerStatus,
  type TimerState,
} from './timer';

type On = { meeting: MeetingKey };
/** Timer events carry the controller's clock (epoch ms), so every window replays them alike. */
type OnAt = On & { at: number };

export type AgendaEvent =
  | (On & { type: 'stepMinutesChanged'; stepId: string; minutes: number })
  | (On & { type: 'stepMoved'; stepId: string; toIndex: number })
  | (On & { type: 'stepSkipped'; stepId: string })
  | (On & { type: 'stepUnskipped'; stepId: string })
  | (On & { type: 'breakAdded'; stepId: string; minutes: number; atIndex: number })
  | (On & { type: 'stepRemoved'; stepId: string })
  | (On & { type: 'questionsChosen'; stepId: string; questionIds: QuestionId[] })
  | (On & { type: 'interviewTurnsSet'; stepId: string; turns: number })
  | (On & { type: 'agendaReset' });

export type TimerEvent =
  | (OnAt & { type: 'timerStarted' })
  | (OnAt & { type: 'timerPaused' })
  | (OnAt & { type: 'timerResumed' })
  | (OnAt & { type: 'timerExtended'; minutes: number })
  | (OnAt & { type: 'timerMovedToNextStep' })
  | (OnAt & { type: 'timerMovedToPreviousStep' })
  | (OnAt & { type: 'timerJumpedToStep'; stepId: string })
  | (OnAt & { type: 'timerStepRestarted' })
  | (OnAt & { type: 'meetingFinished' })
  | (OnAt & { type: 'timerReset' });

export type MeetingsEvent =
  AgendaEvent | TimerEvent | (On & { type: 'attendanceRecorded'; present: number | null });

/** Every event type of this section; a Record, so the compiler notices a missing one. */
const MEETINGS_EVENT_TYPES: Record<MeetingsEvent['type'], true> = {
  stepMinutesChanged: true,
  stepMoved: true,
  stepSkipped: true,
  stepUnskipped: true,
  breakAdded: true,
  stepRemoved: true,
  questionsChosen: true,
  interviewTurnsSet: true,
  agendaReset: true,
  timerStarted: true,
  timerPaused: true,
  timerResumed: true,
  timerExtended: true,
  timerMovedToNextStep: true,
  timerMovedToPreviousStep: true,
  timerJumpedToStep: true,
  timerStepRestarted: true,
  meetingFinished: true,
  timerReset: true,
  attendanceRecorded: true,
};

/** Lets the root reducer route a process event to this section. */
export function isMeetingsEvent(event: { type: string }): event is MeetingsEvent {
  return Object.hasOwn(MEETINGS_EVENT_TYPES, event.type);
}

/** Applies one event; the SAME section comes back when the event is invalid or changes nothing. */
export function applyMeetingsEvent(
  section: MeetingsSection,
  event: MeetingsEvent,
): MeetingsSection {
  const run = section[event.meeting];
  if (!run) return section;
  const next = applyToRun(run, event);
  return next === run ? section : { ...section, [event.meeting]: next };
}

function applyToRun(run: MeetingRun, event: MeetingsEvent): MeetingRun {
  if (event.type === 'attendanceRecorded') {
    if (!isValidPresentCount(event.present) || event.present === run.record.present) return run;
    return { ...run, record: { ...run.record, present: event.present } };
  }
  if ('at' in event) return applyTimerEvent(run, event);
  const agenda = applyAgendaEvent(run, event);
  return agenda === run.agenda ? run : { ...run, agenda };
}

function applyAgendaEvent(run: MeetingRun, event: AgendaEvent): Agenda {
  const { agenda } = run;
  switch (event.type) {
    case 'stepMinutesChanged':
      return setStepMinutes(agenda, event.stepId, event.minutes);
    case 'stepMoved':
      return moveStep(agenda, event.stepId, event.toIndex);
    case 'stepSkipped':
      // The step on screen in a running meeting stays: move on first, then skip it.
      return isLiveStep(run, event.stepId) ? agenda : setStepSkipped(agenda, event.stepId, true);
    case 'stepUnskipped':
      return setStepSkipped(agenda, event.stepId, false);
    case 'breakAdded':
      return addBreak(agenda, event);
    case 'stepRemoved':
      return isLiveStep(run, event.stepId) ? agenda : removeStep(agenda, event.stepId);
    case 'questionsChosen':
      return chooseQuestions(agenda, event.stepId, event.questionIds);
    case 'interviewTurnsSet':
      return setInterviewTurns(agenda, event.stepId, event.turns);
    case 'agendaReset': {
      const template = agendaTemplate(event.meeting);
      // Plain JSON data: equal serialisations mean nothing would change.
      const same = JSON.stringify(template) === JSON.stringify(agenda);
      return isLive(run.timer) || same ? agenda : template;
    }
  }
}

function applyTimerEvent(run: MeetingRun, event: TimerEvent): MeetingRun {
  const { at } = event;
  if (!Number.isSafeInteger(at) || at < 0) return run;
  const timer = nextTimer(run, event);
  if (timer === run.timer) return run;
  const record =
    event.type === 'timerReset'
      ? { ...emptyMeetingRecord(), present: run.record.present }
      : syncRecord(run.record, timer);
  return { ...run, timer, record };
}

function nextTimer(run: MeetingRun, event: TimerEvent): TimerState {
  const { timer, agenda } = run;
  const { at } = event;
  switch (event.type) {
    case 'timerStarted':
      return startTimer(timer, agenda, at);
    case 'timerPaused':
      return pauseTimer(timer, at);
    case 'timerResumed':
      return resumeTimer(timer, at);
    case 'timerExtended':
      return extendStep(timer, agenda, event.minutes, at);
    case 'timerMovedToNextStep':
      return nextStep(timer, agenda, at);
    case 'timerMovedToPreviousStep':
      return previousStep(timer, agenda, at);
    case 'timerJumpedToStep':
      return jumpToStep(timer, agenda, event.stepId, at);
    case 'timerStepRestarted':
      return restartStep(timer, agenda, at);
    case 'meetingFinished':
      return finishMeeting(timer, agenda, at);
    case 'timerReset':
      return isPristine(timer) ? timer : idleTimer();
  }
}

function isPristine(timer: TimerState): boolean {
  return (
    timerStatus(timer) === 'idle' &&
    timer.stepId === null &&
    Object.keys(timer.extensionMs).length === 0 &&
    Object.keys(timer.actualMs).length === 0
  );
}

function isLive(timer: TimerState): boolean {
  const status = timerStatus(timer);
  return status === 'running' || status === 'paused';
}

function isLiveStep(run: MeetingRun, stepId: string): boolean {
  return isLive(run.timer) && currentStep(run.timer, run.agenda)?.step.id === stepId;
}
