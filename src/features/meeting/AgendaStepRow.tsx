import type { AgendaStep } from '../../domain/agenda/agenda';
import type { MeetingKey } from '../../domain/agenda/ids';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { parseMinutes } from './minutesInput';
import { QuestionChoice } from './QuestionChoice';
import { useStepTexts } from '../common/stepTexts';

interface AgendaStepRowProps {
  meeting: MeetingKey;
  step: AgendaStep;
  index: number;
  count: number;
  /** The step on screen in a running meeting: it cannot be skipped or removed. */
  live: boolean;
  onMove: (step: AgendaStep, toIndex: number, direction: 'up' | 'down') => void;
}

/** One step of the agenda with its settings: minutes, order, skip, remove, questions. */
export function AgendaStepRow({ meeting, step, index, count, live, onMove }: AgendaStepRowProps) {
  const { record } = useCurrentProcess();
  const t = useT();
  const ts = t.meeting.settings;
  const title = useStepTexts()(step).title;
  const hintId = `live-hint-${step.id}`;
  const problems = t.agenda.problems.minutes;
  return (
    <li className={`agenda-row${step.skipped ? ' is-skipped' : ''}`} data-step-id={step.id}>
      <div className="agenda-row-head">
        <h3 className="agenda-row-title">
          <span className="agenda-row-number">{index + 1}.</span> {title}
        </h3>
        {step.skipped ? <span className="badge muted">{ts.skipped}</span> : null}
        {live ? <span className="badge">{ts.live}</span> : null}
      </div>
      <div className="agenda-row-body">
        <div className="agenda-minutes">
          <TextField
            label={
              <>
                {t.agenda.customise.minutes}
                <span className="visually-hidden">: {title}</span>
              </>
            }
            inputMode="numeric"
            value={String(step.minutes)}
            draftField={`agenda:${meeting}:${step.id}:minutes`}
            validate={(draft) => {
              const { problem } = parseMinutes(draft);
              return problem ? problems[problem] : null;
            }}
            onCommit={(draft) => {
              const { minutes } = parseMinutes(draft);
              if (minutes !== null) {
                record({ type: 'stepMinutesChanged', meeting, stepId: step.id, minutes });
              }
            }}
          />
        </div>
        <div className="row-actions" role="group" aria-label={title}>
          <button
            type="button"
            className="button"
            data-move="up"
            aria-label={ts.moveUp(title)}
            disabled={index === 0}
            onClick={() => onMove(step, index - 1, 'up')}
          >
            ↑ {t.agenda.customise.moveUp}
          </button>
          <button
            type="button"
            className="button"
            data-move="down"
            aria-label={ts.moveDown(title)}
            disabled={index === count - 1}
            onClick={() => onMove(step, index + 1, 'down')}
          >
            ↓ {t.agenda.customise.moveDown}
          </button>
          <button
            type="button"
            className="button"
            disabled={live && !step.skipped}
            aria-describedby={live ? hintId : undefined}
            onClick={() =>
              record({
                type: step.skipped ? 'stepUnskipped' : 'stepSkipped',
                meeting,
                stepId: step.id,
              })
            }
          >
            {step.skipped ? t.agenda.customise.unskip : t.agenda.customise.skip}
            <span className="visually-hidden">: {title}</span>
          </button>
          {step.added ? (
            <button
              type="button"
              className="button danger"
              disabled={live}
              aria-describedby={live ? hintId : undefined}
              onClick={() => record({ type: 'stepRemoved', meeting, stepId: step.id })}
            >
              {t.agenda.customise.remove}
              <span className="visually-hidden">: {title}</span>
            </button>
          ) : null}
        </div>
      </div>
      {live ? (
        <p className="field-hint" id={hintId}>
          {ts.liveHint}
        </p>
      ) : null}
      {step.questionIds.length > 0 ? <QuestionChoice meeting={meeting} step={step} /> : null}
    </li>
  );
}
