import { format, parseISO } from 'date-fns';
import { useId, useState } from 'react';
import { EFFECT_VERDICTS, type EffectVerdict } from '../../domain/followup/followup';
import type { Initiative } from '../../domain/plan/handleplan';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../common/ProcessContext';
import { FieldError } from '../../components/FieldError';

/** Per initiative and follow-up date: was the follow-up held, and does the initiative work? */
export function EffectChecks() {
  const { process } = useCurrentProcess();
  const t = useT().plan.followup.checks;
  const live = process.plan.initiatives.filter((i) => i.status !== 'dropped');
  return (
    <section className="card" aria-labelledby="followup-checks">
      <h2 id="followup-checks">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      {live.map((i) => (
        <fieldset key={i.id} className="check-initiative">
          <legend>{i.title}</legend>
          {i.followUpDates.length === 0 ? <p className="field-hint">{t.noDates}</p> : null}
          {i.followUpDates.map((date) => (
            <CheckRow key={date} initiative={i} date={date} />
          ))}
        </fieldset>
      ))}
    </section>
  );
}

function CheckRow({ initiative, date }: { initiative: Initiative; date: string }) {
  const { process, record, commit } = useCurrentProcess();
  const t = useT().plan.followup.checks;
  const formatDate = useFormatDate();
  const nice = (d: string) => formatDate(parseISO(d), 'd. MMMM yyyy');
  const [heldOn, setHeldOn] = useState(() => format(clock.now(), 'yyyy-MM-dd'));
  // No answer is chosen for the user: »Gem tjek« must not record that it works by default.
  const [verdict, setVerdict] = useState<EffectVerdict | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const heldId = useId();
  const verdictId = useId();
  const noteId = useId();
  const checks = process.followUp.checks.filter(
    (c) => c.initiativeId === initiative.id && c.plannedDate === date,
  );
  const save = () => {
    if (verdict === '') {
      setError(t.verdictMissing);
      return;
    }
    const event = {
      type: 'followUpChecked' as const,
      id: clock.newId(),
      initiativeId: initiative.id,
      plannedDate: date,
      heldOn,
      verdict,
      note,
    };
    const refused = commit(event);
    setError(refused);
    if (!refused) {
      setNote('');
      setVerdict('');
    }
  };
  return (
    <div
      className="check-row"
      role="group"
      aria-label={`${initiative.title}: ${t.planned(nice(date))}`}
    >
      <p className="group-label">{t.planned(nice(date))}</p>
      {checks.map((c) => (
        <p key={c.id} className="check-done">
          {t.held(nice(c.heldOn), t.verdicts[c.verdict])}
          {c.note ? ` – ${c.note}` : ''}{' '}
          <button
            type="button"
            className="button"
            onClick={() => record({ type: 'followUpCheckRemoved', id: c.id })}
          >
            {t.remove}
          </button>
        </p>
      ))}
      {checks.length === 0 ? (
        <div className="inline-form">
          <div className="field">
            <label htmlFor={heldId}>{t.heldOn}</label>
            <input
              id={heldId}
              type="date"
              value={heldOn}
              onChange={(e) => setHeldOn(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={verdictId}>{t.verdict}</label>
            <select
              id={verdictId}
              value={verdict}
              onChange={(e) => setVerdict(e.target.value as EffectVerdict | '')}
            >
              <option value="" disabled>
                {t.chooseVerdict}
              </option>
              {EFFECT_VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {t.verdicts[v]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={noteId}>{t.note}</label>
            <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="button" className="button" onClick={save}>
            {t.record}
          </button>
        </div>
      ) : null}
      <FieldError message={error} />
    </div>
  );
}
