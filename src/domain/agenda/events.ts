import type { Agenda } from './agenda';
import {
  addBreak,
  chooseQuestions,
  moveStep,
  removeStep,
  setInterviewTurns,
  setStepMinutes,
  setStepSkipped,
  type AgendaRejection,
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

/** Why a meetings event changed nothing. */
export type MeetingsRejection =
  | AgendaRejection
  | 'unknownMeeting'
  | 'invalidTime'
  | 'invalidCount'
  | 'stepIsLive'
  | 'meetingIsLive';

type Outcome<S extends object> = S | MeetingsRejection;

/** Applies one event to its meeting; the SAME section when it changes nothing. */
export function applyMeetingsEvent(
  section: MeetingsSection,
  event: MeetingsEvent,
): Outcome<MeetingsSection> {
  if (!Object.hasOwn(section, event.meeting)) return 'unknownMeeting';
  const run = section[event.meeting];
  const next = applyToRun(run, event);
  if (typeof next === 'string') return next;
  if (next === run) return section;
  return { ...section, [event.meeting]: next };
}

function applyToRun(run: MeetingRun, event: MeetingsEvent): Outcome<MeetingRun> {
  if (event.type === 'attendanceRecorded') {
    if (!isValidPresentCount(event.present)) return 'invalidCount';
    if (event.present === run.record.present) return run;
    return { ...run, record: { ...run.record, present: event.present } };
  }
  if ('at' in event) return applyTimerEvent(run, event);
  const agenda = applyAgendaEvent(run, event);
  if (typeof agenda === 'string') return agenda;
  return agenda === run.agenda ? run : { ...run, agenda };
}

function applyAgendaEvent(run: MeetingRun, event: AgendaEvent): Outcome<Agenda> {
  const { agenda } = run;
  switch (event.type) {
    case 'stepMinutesChanged':
      return setStepMinutes(agenda, event.stepId, event.minutes);
    case 'stepMoved':
      return moveStep(agenda, event.stepId, event.toIndex);
    case 'stepSkipped':
      // The step on screen in a running meeting stays: move on first, then skip it.
      if (isLiveStep(run, event.stepId)) return 'stepIsLive';
      return setStepSkipped(agenda, event.stepId, true);
    case 'stepUnskipped':
      return setStepSkipped(agenda, event.stepId, false);
    case 'breakAdded':
      return addBreak(agenda, event);
    case 'stepRemoved':
      if (isLiveStep(run, event.stepId)) return 'stepIsLive';
      return removeStep(agenda, event.stepId);
    case 'questionsChosen':
      return chooseQuestions(agenda, event.stepId, event.questionIds);
    case 'interviewTurnsSet':
      return setInterviewTurns(agenda, event.stepId, event.turns);
    case 'agendaReset': {
      if (isLive(run.timer)) return 'meetingIsLive';
      const template = agendaTemplate(event.meeting);
      // Plain JSON data: equal serialisations mean nothing would change.
      return JSON.stringify(template) === JSON.stringify(agenda) ? agenda : template;
    }
  }
}

function applyTimerEvent(run: MeetingRun, event: TimerEvent): Outcome<MeetingRun> {
  const { at } = event;
  if (!Number.isSafeInteger(at) || at < 0) return 'invalidTime';
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
