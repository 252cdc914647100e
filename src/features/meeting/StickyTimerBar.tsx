import type { RefObject } from 'react';
import type { MeetingKey } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import { currentStep } from '../../domain/agenda/timer';
import { readTimer } from '../../domain/agenda/timerReading';
import { useT } from '../../i18n/useT';
import { clockDisplay } from '../common/clockFormat';
import { useMeetingNow } from '../common/useMeetingNow';
import { useStepTexts } from '../common/stepTexts';
import { useOutOfView } from './useOutOfView';
import { useTimerActions } from './useTimerActions';

interface StickyTimerBarProps {
  meeting: MeetingKey;
  run: MeetingRun;
  /** The full clock: the bar shows while it is scrolled away. */
  clockRef: RefObject<Element | null>;
}

/**
 * A slim bar at the top of the window while the meeting runs and the full clock is out of
 * sight (the leader is typing further down): the step, the time, pause and next step.
 */
export function StickyTimerBar({ meeting, run, clockRef }: StickyTimerBarProps) {
  const t = useT();
  const texts = useStepTexts();
  const actions = useTimerActions(meeting);
  const now = useMeetingNow(run);
  const away = useOutOfView(clockRef);
  const reading = readTimer(run.timer, run.agenda, now);
  const current = currentStep(run.timer, run.agenda);
  const status = reading?.status;
  if (!away || !reading || !current || (status !== 'running' && status !== 'paused')) return null;
  const time = clockDisplay(reading.remainingMs);
  const following = current.steps[current.index + 1];
  return (
    <div
      className={`sticky-timer status-${status}${time.overrun ? ' is-overrun' : ''}`}
      role="region"
      aria-label={t.meeting.controller.stickyLabel}
      data-testid="sticky-timer"
    >
      <span className="sticky-step">{texts(current.step).title}</span>
      <span className="sticky-time">
        <span className="timer-digits">{time.text}</span>{' '}
        {time.overrun ? t.meeting.controller.overrun : t.meeting.controller.remaining}
      </span>
      <span className="sticky-status">{t.agenda.timer.status[status]}</span>
      <span className="sticky-actions">
        <button
          type="button"
          className="button primary"
          onClick={status === 'running' ? actions.pause : actions.resume}
        >
          {status === 'running' ? t.agenda.timer.pause : t.agenda.timer.resume}
        </button>
        <button type="button" className="button" onClick={actions.next} disabled={!following}>
          {t.agenda.timer.next}
        </button>
      </span>
    </div>
  );
}
