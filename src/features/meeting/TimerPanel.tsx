import { useRef, useState } from 'react';
import { agendaProblem } from '../../domain/agenda/agenda';
import type { MeetingKey } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import { currentStep } from '../../domain/agenda/timer';
import { readTimer } from '../../domain/agenda/timerReading';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/useT';
import { clockDisplay } from '../common/clockFormat';
import { interviewTurns } from '../../domain/agenda/customise';
import { roundsForSplit } from '../../domain/groups/interviewRotation';
import { interviewSplit } from '../common/meetingGroups';
import { useCurrentProcess } from '../common/ProcessContext';
import { currentRotation } from '../common/rotation';
import { RotationLines } from '../common/RotationText';
import { FinishedMeeting } from './FinishedMeeting';
import { InterviewTurnsNotice } from './InterviewTurnsNotice';
import { useShortcuts } from './useShortcuts';
import { useStepTexts } from '../common/stepTexts';
import { useTimerActions } from './useTimerActions';

interface TimerPanelProps {
  meeting: MeetingKey;
  run: MeetingRun;
  now: number;
}

/** The leader's view of the clock: the step, the big time, the round, and the controls. */
export function TimerPanel({ meeting, run, now }: TimerPanelProps) {
  const t = useT();
  const { process } = useCurrentProcess();
  const tc = t.meeting.controller;
  const texts = useStepTexts();
  const actions = useTimerActions(meeting);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const finishButton = useRef<HTMLButtonElement>(null);
  const reading = readTimer(run.timer, run.agenda, now);
  const current = currentStep(run.timer, run.agenda);
  const status = reading?.status ?? 'idle';
  const live = status === 'running' || status === 'paused';

  const togglePause = () => {
    if (status === 'idle' && reading) actions.start();
    else if (status === 'running') actions.pause();
    else if (status === 'paused') actions.resume();
  };
  useShortcuts({
    togglePause,
    next: actions.next,
    previous: actions.previous,
    addMinute: () => actions.extend(1),
  });

  const problem = agendaProblem(run.agenda);
  if (!reading || !current || problem) {
    return (
      <section aria-labelledby="timer-title" className="card timer-panel">
        <h2 id="timer-title">{tc.heading}</h2>
        <p className="message warning">{t.agenda.problems[problem ?? 'empty']}</p>
      </section>
    );
  }

  if (status === 'finished') return <FinishedMeeting run={run} />;

  const { step, steps } = current;
  const text = texts(step);
  const following = steps[current.index + 1];
  const time = clockDisplay(reading.remainingMs);
  const sub = reading.subRound;
  const split = interviewSplit(process, run, step);
  const rotation = currentRotation(step, sub, split);
  const turnsDiffer =
    split !== null &&
    interviewTurns(step) > 0 &&
    interviewTurns(step) !== roundsForSplit(split).length;
  const toggleLabel =
    status === 'idle'
      ? t.agenda.timer.start
      : status === 'paused'
        ? t.agenda.timer.resume
        : t.agenda.timer.pause;

  return (
    <section
      aria-labelledby="timer-title"
      className={`card timer-panel status-${status}${time.overrun ? ' is-overrun' : ''}`}
    >
      <h2 id="timer-title">{tc.heading}</h2>
      <p className="timer-meta">
        <span>{tc.stepOf(reading.stepIndex + 1, reading.stepCount)}</span>
        <span className="timer-status" data-testid="timer-status">
          {t.agenda.timer.status[status]}
        </span>
      </p>
      <h3 className="timer-step" data-testid="controller-step">
        {status === 'idle' ? `${tc.firstStep}: ` : null}
        {text.title}
      </h3>
      <p className="timer-big" data-testid="controller-time" role="timer">
        <span className="timer-digits">{time.text}</span>{' '}
        <span className="timer-word">{time.overrun ? tc.overrun : tc.remaining}</span>
      </p>
      {sub ? (
        <p className="timer-round" data-testid="controller-round">
          {t.agenda.subRounds[sub.kind]}
          {sub.rounds > 1 ? ` – ${t.agenda.roundOf(sub.round, sub.rounds)}` : null}
          {!time.overrun && sub.index < step.subRounds.length - 1
            ? ` – ${t.meeting.screen.roundLeft(clockDisplay(sub.remainingMs).text)}`
            : null}
        </p>
      ) : null}
      {rotation ? (
        <div className="timer-rotation" data-testid="controller-rotation">
          <span className="visually-hidden">{t.meeting.rotation.label}: </span>
          <RotationLines rotation={rotation} />
        </div>
      ) : null}
      {split && turnsDiffer && live ? (
        <InterviewTurnsNotice meeting={meeting} step={step} split={split} />
      ) : null}

      <div className="timer-controls" role="group" aria-label={tc.controls}>
        <button type="button" className="button primary" onClick={togglePause}>
          {toggleLabel}
        </button>
        {[1, 5, -1].map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="button"
            aria-label={tc.extendLabel(minutes)}

            onClick={() => actions.extend(minutes)}
          >
            {t.agenda.timer.extendBy(minutes)}
          </button>
        ))}
        <button
          type="button"
          className="button"
          onClick={actions.previous}
          disabled={current.index === 0}
        >
          {t.agenda.timer.previous}
        </button>
        <button type="button" className="button" onClick={actions.next} disabled={!following}>
          {t.agenda.timer.next}
        </button>
        <button type="button" className="button" onClick={actions.restart} disabled={!live}>
          {t.agenda.timer.restart}
        </button>
        <button
          type="button"
          ref={finishButton}
          className="button danger"
          onClick={() => setConfirmFinish(true)}
          disabled={!live}
        >
          {t.agenda.timer.finish}
        </button>
      </div>

      <p className="timer-next">
        {following ? (
          <>
            <strong>{tc.nextUp}:</strong> {texts(following).title} ({tc.minutes(following.minutes)})
          </>
        ) : (
          tc.lastStep
        )}
      </p>

      <div className="timer-guide" data-testid="controller-guide">
        <p>
          <strong>{tc.purpose}:</strong> {text.purpose}
        </p>
        <p>
          <strong>{tc.leaderNotes}:</strong> {text.leader}
        </p>
      </div>

      <div className="shortcuts">
        <h3>{tc.shortcutsHeading}</h3>
        <ul>
          {Object.values(tc.shortcuts).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="field-hint">{tc.shortcutsNote}</p>
      </div>

      <ConfirmDialog
        open={confirmFinish}
        title={tc.finishTitle}
        onCancel={() => setConfirmFinish(false)}
        returnFocus={finishButton}
        actions={[
          { label: t.common.actions.cancel, onClick: () => setConfirmFinish(false) },
          {
            label: tc.finishConfirm,
            tone: 'danger',
            onClick: () => {
              setConfirmFinish(false);
              actions.finish();
            },
          },
        ]}
      >
        <p>{tc.finishBody}</p>
      </ConfirmDialog>
    </section>
  );
}
