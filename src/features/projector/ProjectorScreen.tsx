import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ProjectorView } from '../../domain/projector/projector';
import { currentStep, timerStatus } from '../../domain/agenda/timer';
import { readTimer } from '../../domain/agenda/timerReading';
import { useLanguage, useT } from '../../i18n/useT';
import { clockDisplay } from '../common/clockFormat';
import { interviewSplit } from '../common/meetingGroups';
import { currentRotation } from '../common/rotation';
import { useMeetingNow } from '../common/useMeetingNow';
import { useCurrentProcess } from '../common/ProcessContext';
import { ProjectorPagingProvider } from '../common/projectorPaging';
import type { ProjectorSound } from '../../store/projectorStatus';
import { CueBanner } from './CueBanner';
import { ProjectorTimer } from './ProjectorTimer';
import { ProjectorToolbar } from './ProjectorToolbar';
import { useChime } from './useChime';
import { useRoundCue } from './useRoundCue';
import { useWakeLock } from './useWakeLock';
import './projector.css';

// The groups (and their paging) load when the leader first shows them, not with the clock.
const ProjectorGroups = lazy(async () => ({
  default: (await import('./ProjectorGroups')).ProjectorGroups,
}));

/** The views other features build for the room (gallery, ranking, parking lot, themed list). */
export type SheetView = Exclude<ProjectorView, 'agenda' | 'groups'>;

export interface ProjectorSheets {
  /** Renders one of those views; the route composes it from the features that own them. */
  sheet: (view: SheetView) => ReactNode;
  /** The phones' invitation (QR code and address), composed by the route (features/room). */
  invite?: ReactNode;
}

/** The projector window's content: whatever view the controller chose, for its meeting. */
export function ProjectorScreen({ sheet, invite }: ProjectorSheets) {
  const { process } = useCurrentProcess();
  const language = useLanguage();
  const t = useT().meeting.screen;
  const { meeting, view, page } = process.projector;
  const run = process.meetingRuns[meeting];
  const now = useMeetingNow(run);
  const { muted, locked, unlock, toggleMuted, chime } = useChime();
  const sound: ProjectorSound = muted ? 'muted' : locked ? 'blocked' : 'on';
  // How many pages the view shown made of its list; a view that does not page says nothing.
  const [pages, setPages] = useState<{ view: typeof view; count: number } | null>(null);
  const onPages = useCallback((count: number) => setPages({ view, count }), [view]);
  const paging = useMemo(() => ({ page, onPages }), [page, onPages]);
  const pageCount = pages?.view === view ? pages.count : null;
  useEffect(() => {
    // Loaded after the first render: the projector's first load stays as small as it was.
    let stop: (() => void) | null = null;
    let gone = false;
    const status = { sound, pages: pageCount === null ? null : { view, count: pageCount } };
    void import('../../store/projectorStatus').then((m) => {
      if (!gone) stop = m.announceProjectorStatus(process.id, status);
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [process.id, sound, view, pageCount]);
  // Chimes and cues run whatever the view, so a round's end is heard over the gallery too.
  const cue = useRoundCue(run, now, chime);
  const status = timerStatus(run.timer);
  const live = status === 'running' || status === 'paused';
  useWakeLock(live);
  const reading = readTimer(run.timer, run.agenda, now);
  const step = currentStep(run.timer, run.agenda)?.step;
  // The banner follows each group size's own rotation, not only the step's turns.
  const rotation =
    step && reading
      ? currentRotation(step, reading.subRound, interviewSplit(process, run, step))
      : null;

  let content: ReactNode;
  if (view === 'agenda') content = <ProjectorTimer meeting={meeting} run={run} now={now} />;
  else if (view === 'groups')
    content = (
      <Suspense fallback={null}>
        <ProjectorGroups run={run} />
      </Suspense>
    );
  else content = sheet(view);
  const corner = view !== 'agenda' && reading && live ? clockDisplay(reading.remainingMs) : null;

  return (
    <div
      className={`projector${cue ? ` pj-cueing pj-cueing-${cue.kind}` : ''}`}
      lang={language}
      data-testid="projector"
      data-view={view}
    >
      <main className="pj-main">
        <ProjectorPagingProvider value={paging}>{content}</ProjectorPagingProvider>
        <CueBanner cue={cue} rotation={rotation} />
        {invite}
      </main>
      {/* The projector's own strip below the content: nothing in it ever covers a list. */}
      <footer className="pj-bar">
        {pageCount !== null && pageCount > 1 ? (
          <p className="pj-page-of" data-testid="projector-page-of">
            {/* The last page, when the list now makes fewer than the page asked for. */}
            {t.pageOf(Math.min(page, pageCount - 1) + 1, pageCount)}
          </p>
        ) : null}
        <ProjectorToolbar
          muted={muted}
          soundLocked={locked}
          onUnlockSound={unlock}
          onToggleMuted={toggleMuted}
        />
        {corner ? (
          <p className={`pj-corner-clock${corner.overrun ? ' is-overrun' : ''}`}>{corner.text}</p>
        ) : null}
      </footer>
    </div>
  );
}
