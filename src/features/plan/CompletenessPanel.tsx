import {
  checkCompleteness,
  gapLevel,
  type CompletenessReport,
  type InitiativeGap,
  type PlanGap,
} from '../../domain/plan/completeness';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { focusField, focusKey } from './focusField';

/** Where the field for an initiative gap sits (order problems are fixed in the date fields). */
function gapField(gap: InitiativeGap): string {
  if (gap === 'deadlineBeforeStart') return 'deadline';
  if (gap === 'followUpBeforeStart') return 'followUp';
  return gap;
}

/** The number of gaps that make the plan incomplete (advice is only flagged). */
export function blockingGapCount(report: CompletenessReport): number {
  return (
    report.plan.length +
    report.initiatives.reduce(
      (n, entry) => n + entry.gaps.filter((g) => gapLevel(g) !== 'advice').length,
      0,
    )
  );
}

export function useCompleteness(): CompletenessReport {
  const { process } = useCurrentProcess();
  return checkCompleteness(process.plan, process.absence.baseline);
}

/** What a written plan must hold and what is missing, initiative by initiative, with a way to each field. */
export function CompletenessPanel() {
  const { process } = useCurrentProcess();
  const t = useT().plan.completeness;
  const report = useCompleteness();
  const gapButton = (owner: string, gap: InitiativeGap | PlanGap, field: string) => {
    const level = gapLevel(gap);
    return (
      <li key={gap} className={`gap gap-${level}`}>
        <span className="gap-level">{t.levels[level]}:</span>{' '}
        <button
          type="button"
          className="link-button"
          aria-label={t.goTo(t.gaps[gap])}
          onClick={() => focusField(focusKey(owner, field))}
        >
          {t.gaps[gap]}
        </button>
      </li>
    );
  };
  const titleOf = (id: string) => {
    const index = process.plan.initiatives.findIndex((i) => i.id === id);
    return t.initiativeHeading(index + 1, process.plan.initiatives[index]?.title ?? '');
  };
  const blocking = blockingGapCount(report);
  return (
    <section
      className="card completeness"
      aria-labelledby="plan-completeness"
      data-testid="completeness"
    >
      <h2 id="plan-completeness">{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      <p className={report.complete ? 'message' : 'message warning'} role="status">
        {report.complete ? t.complete : t.summary(blocking)}
      </p>
      {report.plan.length > 0 ? (
        <>
          <h3>{t.planHeading}</h3>
          <ul className="plain-list">{report.plan.map((g) => gapButton('plan', g, g))}</ul>
        </>
      ) : null}
      {report.initiatives.map((entry) => (
        <div key={entry.initiativeId}>
          <h3>{titleOf(entry.initiativeId)}</h3>
          <ul className="plain-list">
            {entry.gaps.map((g) => gapButton(entry.initiativeId, g, gapField(g)))}
          </ul>
        </div>
      ))}
    </section>
  );
}
