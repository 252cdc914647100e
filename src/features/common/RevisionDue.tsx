import { format, parseISO } from 'date-fns';
import { processRevision } from '../../domain/followup/revision';
import type { ApvProcess } from '../../domain/document';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';

/** A line when the process's revision is near or past; nothing while it is far off or unknown. */
export function RevisionDue({ process, now }: { process: ApvProcess; now: Date }) {
  const t = useT().process;
  const formatDate = useFormatDate();
  const revision = processRevision(process, format(now, 'yyyy-MM-dd'));
  if (revision === null || revision.state === 'ok') return null;
  const date = formatDate(parseISO(revision.due), t.dates.date);
  return (
    <p className="message warning revision-due" data-testid="revision-state">
      {revision.state === 'overdue' ? t.revision.overdue(date) : t.revision.soon(date)}
    </p>
  );
}
