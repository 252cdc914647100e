import { useEffect, useState } from 'react';
import type { MeetingKey } from '../../domain/agenda/ids';
import { PROJECTOR_VIEWS, type ProjectorView } from '../../domain/projector/projector';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import { useCurrentProcess } from '../common/ProcessContext';
import { watchProjectorSound, type ProjectorSound } from '../../store/projectorSound';

/** Opens the projector window and chooses what it shows. */
export function ProjectorControls({ meeting }: { meeting: MeetingKey }) {
  const { process, record } = useCurrentProcess();
  const t = useT().meeting.projector;
  const [blocked, setBlocked] = useState(false);
  const [sound, setSound] = useState<ProjectorSound | null>(null);
  useEffect(() => watchProjectorSound(process.id, setSound), [process.id]);
  const shown = process.projector;
  const show = (view: ProjectorView) => record({ type: 'projectorShown', meeting, view });

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
        {sound === 'blocked' ? <p className="message warning">{t.soundBlocked}</p> : null}
        {sound === 'muted' ? <p className="message info">{t.soundMuted}</p> : null}
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
    </section>
  );
}
