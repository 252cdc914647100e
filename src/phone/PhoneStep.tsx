import { lazy, Suspense } from 'react';
import { remainingAt, type RoomView } from '../domain/room/view';
import type { PhoneTexts } from './PhoneApp';
import { PhoneLines } from './PhoneLines';
import type { PhoneRoom, PhoneState } from './phoneRoom';
import { PhoneVote } from './PhoneVote';
import { useClock } from './useClock';

interface Props {
  room: PhoneRoom;
  state: PhoneState;
  view: RoomView;
  t: PhoneTexts;
  language: 'da' | 'en';
}

const PhoneMeeting2 = lazy(() => import('./PhoneMeeting2'));

/** "12:04", always five characters wide for a clock under an hour, so nothing moves. */
function clockText(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${ms < 0 ? '−' : ''}${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** The current step: its name, its clock, and what the phone does in it. */
export function PhoneStep({ room, state, view, t, language }: Props) {
  const now = useClock(view.timer?.running ?? false);
  const { step, timer } = view;
  if (!step) return <p className="ph-notice">{t.waiting}</p>;
  const task = step.task ?? 'none';
  const left = timer ? remainingAt(timer, now) : null;
  return (
    <>
      <section className="ph-step" aria-labelledby="ph-step-name">
        <p className="ph-step-count">{t.step(step.index + 1, step.count)}</p>
        <h2 id="ph-step-name">{t.stepNames[task]}</h2>
        {left !== null ? (
          <p className={`ph-clock${left < 0 ? ' is-over' : ''}`}>
            <span className="ph-clock-label">
              {timer?.running ? (left < 0 ? t.clockOver : t.clock) : t.paused}
            </span>
            <span className="ph-digits" role="timer" aria-live="off">
              {clockText(left)}
            </span>
          </p>
        ) : null}
        <p className="ph-task">{t.tasks[task]}</p>
      </section>
      {task === 'strengths' || task === 'wishes' ? (
        <PhoneLines
          room={room}
          state={state}
          view={view}
          kind={task === 'wishes' ? 'wish' : 'strength'}
          t={t}
        />
      ) : null}
      {task === 'priority' || task === 'action' ? (
        <Suspense fallback={<p className="ph-notice">{t.connecting}</p>}>
          <PhoneMeeting2
            task={task}
            language={language}
            room={room}
            state={state}
            view={view}
            t={t}
          />
        </Suspense>
      ) : null}
      {task === 'vote' || (view.vote === 'shown' && view.meeting === 'meeting1') ? (
        <PhoneVote room={room} state={state} view={view} t={t} />
      ) : null}
    </>
  );
}
