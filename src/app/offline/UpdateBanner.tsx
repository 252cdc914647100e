import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';
import { anyMeetingRunning } from './meetingRunning';
import { applyUpdate } from './serviceWorker';
import { useUpdate } from './updateState';
import './UpdateBanner.css';

/**
 * A quiet note that a new version is ready. It updates only when the user presses
 * »Genindlæs«, and offers no button while a meeting runs (the windows keep their version
 * until the meeting is paused or finished).
 */
export function UpdateBanner() {
  const t = useT().update;
  const waiting = useUpdate((s) => s.waiting);
  const running = useAppStore((s) => anyMeetingRunning(s.processes));
  const [later, setLater] = useState(false);
  if (!waiting || later) return null;
  return (
    <section className="update-banner" aria-labelledby="update-title" data-testid="update-banner">
      <p role="status">
        <strong id="update-title">{t.title}</strong> {running ? t.meetingRunning : t.body}
      </p>
      <div className="update-banner-actions">
        {running ? null : (
          <button type="button" className="button primary" onClick={applyUpdate}>
            {t.reload}
          </button>
        )}
        <button type="button" className="button" onClick={() => setLater(true)}>
          {t.later}
        </button>
      </div>
    </section>
  );
}
