import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';

/** Confirms the selection as the clean bruttoliste: the assessment meeting's result. */
export function CleanListConfirm() {
  const { process, record } = useCurrentProcess();
  const t = useT().wishes.assessment.cleanList;
  const preliminary = process.wishes.selection.preliminary;
  return (
    <section className="card" aria-labelledby="clean-list" data-testid="clean-list">
      <h2 id="clean-list">{t.heading}</h2>
      <p className={preliminary ? undefined : 'message success'} role="status">
        {preliminary ? t.preliminary : t.confirmed}
      </p>
      <button
        type="button"
        className={preliminary ? 'button primary' : 'button'}
        onClick={() => record({ type: 'selectionPreliminarySet', preliminary: !preliminary })}
      >
        {preliminary ? t.confirm : t.reopen}
      </button>
    </section>
  );
}
