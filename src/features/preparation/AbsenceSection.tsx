import { absencePercentage, absenceProblems } from '../../domain/absence/absence';
import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import { useLanguage, useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';

const isDate = (d: string) =>
  d === '' || (/^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)));

/** The sickness-absence baseline, measured before the process starts. */
export function AbsenceSection() {
  const { process, commit } = useCurrentProcess();
  const t = useT().preparation.absence;
  const invalidDate = useT().common.validation.date;
  const language = useLanguage();
  const figures = process.absence.baseline;
  const pct = absencePercentage(figures);
  const problems = absenceProblems(figures);
  return (
    <section aria-labelledby="absence-title" className="card">
      <h2 id="absence-title">{t.heading}</h2>
      <p className="field-hint">{t.hint}</p>
      <div className="grid-2">
        <TextField
          draftField="absence:from"
          type="date"
          label={t.from}
          value={figures.from}
          validate={(d) => (isDate(d) ? null : invalidDate)}
          onCommit={(from) => commit({ type: 'absenceBaselineChanged', patch: { from } })}
        />
        <TextField
          draftField="absence:to"
          type="date"
          label={t.to}
          value={figures.to}
          validate={(d) => (isDate(d) ? null : invalidDate)}
          warning={problems.includes('periodReversed') ? t.periodReversed : null}
          onCommit={(to) => commit({ type: 'absenceBaselineChanged', patch: { to } })}
        />
        <NumberField
          draftField="absence:plannedWorkdays"
          label={t.plannedWorkdays}
          value={figures.plannedWorkdays}
          max={1_000_000}
          onCommit={(plannedWorkdays) =>
            commit({ type: 'absenceBaselineChanged', patch: { plannedWorkdays } })
          }
        />
        <NumberField
          draftField="absence:daysLost"
          label={t.daysLost}
          min={0}
          max={1_000_000}
          value={figures.daysLost}
          warning={problems.includes('lostExceedsPlanned') ? t.lostExceedsPlanned : null}
          onCommit={(daysLost) => commit({ type: 'absenceBaselineChanged', patch: { daysLost } })}
        />
      </div>
      <p className="result" aria-live="polite">
        <span>{t.percentage}: </span>
        {pct === null ? (
          <span>{t.percentageMissing}</span>
        ) : problems.includes('lostExceedsPlanned') ? (
          <span>{t.percentageImplausible}</span>
        ) : (
          <strong data-testid="absence-percentage">
            {t.percentageValue(pct.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB'))}
          </strong>
        )}
      </p>
    </section>
  );
}
