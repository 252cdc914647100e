import { parseISO } from 'date-fns';
import { Link } from 'react-router-dom';
import { TextField } from '../../components/TextField';
import { absencePercentage } from '../../domain/absence/absence';
import { isLocalDate } from '../../domain/plan/fields';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useCurrentProcess } from '../common/ProcessContext';
import { focusKey } from './focusField';

/** The baseline from preparation (read-only here) and the plan's considerations or goals. */
export function PlanAbsenceSection() {
  const { process, commit } = useCurrentProcess();
  const t = useT().plan.absence;
  const sep = useT().plan.export.decimalSeparator;
  const formatDate = useFormatDate();
  const baseline = process.absence.baseline;
  const percentage = absencePercentage(baseline);
  const day = (d: string) => (isLocalDate(d) ? formatDate(parseISO(d), 'd. MMM yyyy') : '…');
  return (
    <section className="card" aria-labelledby="plan-absence">
      <h2 id="plan-absence">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      <dl className="facts">
        <div>
          <dt>{t.baseline}</dt>
          <dd data-testid="plan-absence-baseline">
            {percentage === null ? (
              t.notMeasured
            ) : (
              <>
                {t.period(day(baseline.from), day(baseline.to))}:{' '}
                {t.percentage(percentage.toFixed(1).replace('.', sep))}
              </>
            )}
          </dd>
        </div>
      </dl>
      <p data-focus={focusKey('plan', 'absenceBaseline')}>
        <Link to={paths.phase(process.id, 'preparation')}>{t.editInPreparation}</Link>
      </p>
      <div data-focus={focusKey('plan', 'absenceConsiderations')}>
        <TextField
          draftField="plan:absenceConsiderations"
          label={t.considerations}
          value={process.plan.absenceConsiderations}
          multiline
          onCommit={(text) => commit({ type: 'absenceConsiderationsSet', text })}
        />
      </div>
    </section>
  );
}
