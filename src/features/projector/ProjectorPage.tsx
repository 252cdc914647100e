import { useLanguage, useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';
import { ProcessIdProvider } from '../common/ProcessContext';
import { ProjectorScreen, type ProjectorSheets } from './ProjectorScreen';
import './projector.css';

/** The projector window, outside the app shell: it finds its process itself. */
export function ProjectorPage({
  processId,
  sheet,
  invite,
}: { processId: string } & ProjectorSheets) {
  const t = useT().meeting.screen;
  const language = useLanguage();
  const exists = useAppStore((s) => Object.hasOwn(s.processes, processId));
  if (!exists) {
    return (
      <div className="projector" lang={language}>
        <main className="pj-main pj-waiting">
          <h1>{t.notFoundTitle}</h1>
          <p className="pj-waiting-line">{t.notFoundBody}</p>
        </main>
      </div>
    );
  }
  return (
    <ProcessIdProvider value={processId}>
      <ProjectorScreen sheet={sheet} invite={invite} />
    </ProcessIdProvider>
  );
}
