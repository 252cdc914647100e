import { useState, type FormEvent } from 'react';
import { MAX_AGENDA_STEPS, type Agenda } from '../../domain/agenda/agenda';
import type { MeetingKey } from '../../domain/agenda/ids';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { parseMinutes } from './minutesInput';
import { useStepTexts } from '../common/stepTexts';

const DEFAULT_BREAK_MINUTES = '10';

/** Adds a break of some minutes after a chosen step (or first). */
export function AddBreakForm({ meeting, agenda }: { meeting: MeetingKey; agenda: Agenda }) {
  const { record } = useCurrentProcess();
  const t = useT();
  const ts = t.meeting.settings;
  const texts = useStepTexts();
  const [minutes, setMinutes] = useState(DEFAULT_BREAK_MINUTES);
  const [atIndex, setAtIndex] = useState(agenda.steps.length);
  const [tried, setTried] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const parsed = parseMinutes(minutes);
  const error = tried && parsed.problem ? t.agenda.problems.minutes[parsed.problem] : null;
  const full = agenda.steps.length >= MAX_AGENDA_STEPS;
  const position = Math.min(atIndex, agenda.steps.length);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (parsed.minutes === null || full) return;
    record({
      type: 'breakAdded',
      meeting,
      stepId: `break-${clock.newId()}`,
      minutes: parsed.minutes,
      atIndex: position,
    });
    setAdded(ts.added(t.agenda.breakStep.title));
    setTried(false);
  };

  return (
    <form className="inline-form add-break" onSubmit={submit} noValidate>
      <h3 className="form-heading">{ts.addBreakHeading}</h3>
      <Field label={ts.breakMinutes} error={error}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            inputMode="numeric"
            size={5}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={minutes}
            onChange={(e) => {
              setMinutes(e.target.value);
              setAdded(null);
            }}
          />
        )}
      </Field>
      <Field label={ts.breakAfter}>
        {({ id }) => (
          <select id={id} value={position} onChange={(e) => setAtIndex(Number(e.target.value))}>
            <option value={0}>{ts.atStart}</option>
            {agenda.steps.map((step, i) => (
              <option key={step.id} value={i + 1}>
                {i + 1}. {texts(step).title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button" disabled={full}>
        {ts.addBreak}
      </button>
      <p className="form-status" role="status">
        {full ? ts.tooFull : added}
      </p>
    </form>
  );
}
