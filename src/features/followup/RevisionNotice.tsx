import { format, parseISO } from 'date-fns';
import { processRevision } from '../../domain/followup/revision';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';

/** When the APV must be revised (at the latest 3 years on), with a warning when near or past. */
export function RevisionNotice({ now }: { now: Date }) {
  const { process } = useCurrentProcess();
  const t = useT().plan.followup.revision;
  const formatDate = useFormatDate();
  const revision = processRevision(process, format(now, 'yyyy-MM-dd'));
  const due = revision?.due ?? null;
  const state = revision?.state ?? null;
  return (
    <section className="card" aria-labelledby="followup-revision">
      <h2 id="followup-revision">{t.heading}</h2>
      {due === null ? (
        <p>{t.unknown}</p>
      ) : (
        <>
          <p data-testid="revision-due">{t.due(formatDate(parseISO(due), 'd. MMMM yyyy'))}</p>
          <p className="field-hint">{t.basis}</p>
          {state === 'soon' ? <p className="message warning">{t.soon}</p> : null}
          {state === 'overdue' ? (
            <p className="message warning" role="alert">
              {t.overdue}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
