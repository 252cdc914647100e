import { ACTION_HEADING_IDS, type ActionHeadingId, type MeetingKey } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import { activeSteps } from '../../domain/agenda/agenda';
import { currentStep } from '../../domain/agenda/timer';
import { readTimer } from '../../domain/agenda/timerReading';
import { useT } from '../../i18n/useT';
import { clockDisplay } from '../common/clockFormat';
import { interviewSplit } from '../common/meetingGroups';
import { useCurrentProcess } from '../common/ProcessContext';
import { currentRotation } from '../common/rotation';
import { RotationLines } from '../common/RotationText';
import { useStepTexts } from '../common/stepTexts';

interface ProjectorTimerProps {
  meeting: MeetingKey;
  run: MeetingRun;
  now: number;
}

/** The room's view of the meeting: step, countdown, round, who interviews whom, questions. */
export function ProjectorTimer({ meeting, run, now }: ProjectorTimerProps) {
  const t = useT();
  const { process } = useCurrentProcess();
  const ts = t.meeting.screen;
  const texts = useStepTexts();
  const reading = readTimer(run.timer, run.agenda, now);
  const current = currentStep(run.timer, run.agenda);

  if (!reading || !current) {
    return (
      <div className="pj-waiting">
        <h1>{t.agenda.meetings[meeting]}</h1>
        <p className="pj-waiting-line">{ts.noAgenda}</p>
      </div>
    );
  }
  if (reading.status === 'idle' || reading.status === 'finished') {
    const idle = reading.status === 'idle';
    return (
      <div className="pj-waiting" data-testid="projector-waiting">
        <p className="pj-meeting">{t.agenda.meetings[meeting]}</p>
        <h1>{idle ? ts.notStarted : ts.finished}</h1>
        {idle ? (
          <>
            <p className="pj-waiting-line">{ts.startsWith(texts(current.step).title)}</p>
            <ol className="pj-agenda">
              {activeSteps(run.agenda).map((step) => (
                <li key={step.id}>
                  <span>{texts(step).title}</span>
                  <span className="pj-agenda-minutes">
                    {t.meeting.controller.minutes(step.minutes)}
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="pj-waiting-line">{ts.thanks}</p>
        )}
      </div>
    );
  }

  const { step } = current;
  const text = texts(step);
  const time = clockDisplay(reading.remainingMs);
  const sub = reading.subRound;
  const rotation = currentRotation(step, sub, interviewSplit(process, run, step));
  const isHeading = (id: string): id is ActionHeadingId =>
    (ACTION_HEADING_IDS as readonly string[]).includes(id);
  const questions = step.shownQuestionIds
    .filter((id) => !isHeading(id))
    .map((id) => t.agenda.questions[id]);
  const headings = step.shownQuestionIds.filter(isHeading);

  return (
    <div
      className={`pj-timer${time.overrun ? ' is-overrun' : ''}${reading.status === 'paused' ? ' is-paused' : ''}${headings.length > 0 ? ' has-headings' : ''}`}
    >
      <p className="pj-meta">
        <span>{t.agenda.meetings[meeting]}</span>
        <span>{t.agenda.timer.stepOf(reading.stepIndex + 1, reading.stepCount)}</span>
      </p>
      <h1 className="pj-title" data-testid="projector-step">
        {text.title}
      </h1>
      {sub ? (
        <p className="pj-round">
          <span data-testid="projector-round">
            {t.agenda.subRounds[sub.kind]}
            {sub.rounds > 1 ? ` · ${t.agenda.roundOf(sub.round, sub.rounds)}` : null}
          </span>
          {!time.overrun && sub.index < step.subRounds.length - 1 ? (
            <span className="pj-round-time" data-testid="projector-round-time">
              {ts.roundLeft(clockDisplay(sub.remainingMs).text)}
            </span>
          ) : null}
        </p>
      ) : null}
      <p className="pj-clock">
        <span className="visually-hidden">{time.overrun ? ts.overrun : ts.timeLeft}: </span>
        <span className="pj-digits" data-testid="projector-time">
          {time.text}
        </span>
        {time.overrun ? (
          <span className="pj-clock-word" aria-hidden="true">
            {ts.overrun}
          </span>
        ) : null}
        {reading.status === 'paused' ? <span className="pj-paused">{ts.paused}</span> : null}
      </p>
      {rotation ? (
        <div
          className={`pj-rotation${rotation.kind === 'perSize' ? ' is-per-size' : ''}`}
          data-testid="projector-rotation"
        >
          <RotationLines rotation={rotation} />
        </div>
      ) : null}
      <p className="pj-room">{text.room}</p>
      {questions.length > 0 || headings.length > 0 ? (
        <section className="pj-questions" aria-label={ts.questions}>
          {questions.length > 0 ? (
            <ul>
              {questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          ) : null}
          {headings.length > 0 ? <HeadingPrompts headings={headings} /> : null}
        </section>
      ) : null}
    </div>
  );
}

/**
 * Meeting 2, step 2: each heading (we, the leader, customers and partners) with the
 * prompts the groups talk through under it. A prompt every heading shares is shown once.
 */
function HeadingPrompts({ headings }: { headings: ActionHeadingId[] }) {
  const t = useT().agenda;
  const starts = new Set(headings.map((id) => t.headingPrompts[id].start));
  const shared = starts.size === 1 ? [...starts][0] : null;
  return (
    <>
      <div className="pj-headings">
        {headings.map((id) => {
          const prompts = t.headingPrompts[id];
          return (
            <div key={id} className="pj-heading" data-testid={`projector-heading-${id}`}>
              <h2>{t.questions[id]}</h2>
              <ul>
                <li>{prompts.think}</li>
                <li>{prompts.act}</li>
                <li>{prompts.contribute}</li>
                {shared ? null : <li>{prompts.start}</li>}
              </ul>
            </div>
          );
        })}
      </div>
      {shared ? <p className="pj-headings-start">{shared}</p> : null}
    </>
  );
}
