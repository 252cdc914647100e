import { useEffect, useState } from 'react';
import type { MeetingKey } from '../../domain/agenda/ids';
import { shownPage } from '../../domain/projector/paging';
import { PROJECTOR_VIEWS, type ProjectorView } from '../../domain/projector/projector';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useCurrentProcess } from '../common/ProcessContext';
import { watchProjectorStatus, type ProjectorStatus } from '../../store/projectorStatus';
import { useShortcuts } from './useShortcuts';

/** Opens the projector window, chooses what it shows and turns the pages of a long view. */
export function ProjectorControls({ meeting }: { meeting: MeetingKey }) {
  const { process, record } = useCurrentProcess();
  const t = useT().meeting.projector;
  const [blocked, setBlocked] = useState(false);
  const [status, setStatus] = useState<ProjectorStatus | null>(null);
  useEffect(() => watchProjectorStatus(process.id, setStatus), [process.id]);
  const shown = process.projector;
  const show = (view: ProjectorView) => record({ type: 'projectorShown', meeting, view });

  // The pages the projector made of the view it shows for this meeting, as it said.
  const said = status?.pages;
  const count =
    said && shown.meeting === meeting && said.view === shown.view && said.count > 1
      ? said.count
      : null;
  const page = count === null ? 0 : shownPage(shown.page, count);
  const turn = (to: number) => {
    if (count === null || to < 0 || to >= count || to === page) return;
    record({ type: 'projectorPaged', view: shown.view, page: to });
  };
  useShortcuts(
    count === null ? {} : { nextPage: () => turn(page + 1), previousPage: () => turn(page - 1) },
  );

  const open = () => {
    if (shown.meeting !== meeting) show(shown.view);
    // Hash routes: the projector is at …/#/projektor/<id>, in a named window we can reuse.
    const url = `${window.location.pathname}${window.location.search}#${paths.projector(process.id)}`;
    const win = window.open(url, 'apv-projector', 'popup');
    setBlocked(win === null);
  };

  return (
    <section aria-labelledby="projector-title" className="card projector-controls">
      <h2 id="projector-title">{t.heading}</h2>
      <button type="button" className="button primary" onClick={open}>
        {t.open}
      </button>
      <p className="field-hint">{t.openHint}</p>
      <div role="status">{blocked ? <p className="message warning">{t.blocked}</p> : null}</div>
      <div role="status" data-testid="projector-sound">
        {status?.sound === 'blocked' ? <p className="message warning">{t.soundBlocked}</p> : null}
        {status?.sound === 'muted' ? <p className="message info">{t.soundMuted}</p> : null}
      </div>
      <div className="view-choice" role="group" aria-label={t.shows}>
        <span className="view-choice-label" aria-hidden="true">
          {t.shows}:
        </span>
        {PROJECTOR_VIEWS.map((view) => {
          const active = shown.meeting === meeting && shown.view === view;
          return (
            <button
              key={view}
              type="button"
              className={`button${active ? ' primary' : ''}`}
              aria-pressed={active}
              onClick={() => show(view)}
            >
              {t.views[view]}
            </button>
          );
        })}
      </div>
      {count !== null ? (
        <div className="projector-pages" role="group" aria-label={t.pagesLabel}>
          <button
            type="button"
            className="button"
            onClick={() => turn(page - 1)}
            disabled={page === 0}
          >
            {t.previousPage}
          </button>
          <span role="status" data-testid="controller-page-of">
            {t.pageOf(page + 1, count)}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => turn(page + 1)}
            disabled={page >= count - 1}
          >
            {t.nextPage}
          </button>
        </div>
      ) : null}
    </section>
  );
}
