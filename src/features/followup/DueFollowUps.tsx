import { format, parseISO } from 'date-fns';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { dueItems } from '../../domain/followup/due';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useCurrentProcess } from '../common/ProcessContext';

/** How far ahead a follow-up or deadline counts as coming up. */
export const DUE_HORIZON_DAYS = 14;

/** Follow-ups and deadlines that are overdue or due soon; on the dashboard it links to the follow-up. */
export function DueFollowUps({ now, onDashboard = true }: { now: Date; onDashboard?: boolean }) {
  const { process } = useCurrentProcess();
  const t = useT().plan.followup.due;
  const formatDate = useFormatDate();
  const titleId = useId();
  const { initiatives } = process.plan;
  if (initiatives.length === 0) return null;
  const items = dueItems(
    initiatives,
    process.followUp.checks,
    format(now, 'yyyy-MM-dd'),
    DUE_HORIZON_DAYS,
  );
  if (onDashboard && items.length === 0) return null;
  const title = (id: string) => initiatives.find((i) => i.id === id)?.title ?? '';
  return (
    <section className="card due-list" aria-labelledby={titleId} data-testid="due-follow-ups">
      <h2 id={titleId}>{onDashboard ? t.dashboardHeading : t.heading}</h2>
      {items.length === 0 ? <p className="empty">{t.none}</p> : null}
      <ul className="plain-list">
        {items.map((item) => (
          <li
            key={`${item.initiativeId}-${item.kind}-${item.date}`}
            className={`due due-${item.state}`}
          >
            <strong className="due-state">{item.state === 'overdue' ? t.overdue : t.due}</strong>{' '}
            <span>{formatDate(parseISO(item.date), 'd. MMMM yyyy')}</span> –{' '}
            {item.kind === 'followUp'
              ? t.followUp(title(item.initiativeId))
              : t.deadline(title(item.initiativeId))}
          </li>
        ))}
      </ul>
      {onDashboard ? <Link to={paths.phase(process.id, 'followup')}>{t.link}</Link> : null}
    </section>
  );
}
