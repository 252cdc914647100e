import { currentStep, timerStatus } from '../../domain/agenda/timer';
import type { ApvProcess } from '../../domain/document';
import { useT } from '../../i18n/useT';
import { Continued, PagedBoard, type PagedChapter } from '../common/PagedBoard';
import { useCurrentProcess } from '../common/ProcessContext';
import './capture.css';

interface Poster {
  group: number;
  lines: { id: string; text: string }[];
}

export type GalleryWalls = 'auto' | 'strengths' | 'wishes' | 'both';

function posters(lines: readonly { id: string; text: string; group: number; createdAt: string }[]) {
  const byGroup = new Map<number, Poster>();
  const sorted = [...lines].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const line of sorted) {
    const poster = byGroup.get(line.group) ?? { group: line.group, lines: [] };
    poster.lines.push({ id: line.id, text: line.text });
    byGroup.set(line.group, poster);
  }
  return [...byGroup.values()].sort((a, b) => a.group - b.group);
}

/**
 * Which posters the room needs now, from meeting 1's clock: the strengths while people
 * interview and walk past them before the brainstorm, the wishes while they are presented
 * and marked, and both before and after the meeting.
 */
export function autoWalls(process: ApvProcess): Exclude<GalleryWalls, 'auto'> {
  const run = process.meetingRuns.meeting1;
  const status = timerStatus(run.timer);
  if (status === 'idle' || status === 'finished') return 'both';
  const kind = currentStep(run.timer, run.agenda)?.step.kind;
  return kind === 'summary' || kind === 'selection' ? 'wishes' : 'strengths';
}

/**
 * The gallery for the projector: strength posters and wish posters, one per group. Each wall
 * is a chapter of pages: the posters fill columns and run on to the next page rather than
 * shrinking the type.
 */
export function GalleryView({ walls = 'auto' }: { walls?: GalleryWalls } = {}) {
  const { process } = useCurrentProcess();
  const t = useT().capture.gallery;
  const strengths = posters(process.wishes.strengths);
  const wishes = posters(process.wishes.wishes.filter((w) => w.removedAt === null));
  let shown = walls === 'auto' ? autoWalls(process) : walls;
  // Never an empty wall while the other has posters.
  if (shown === 'strengths' && strengths.length === 0) shown = 'wishes';
  else if (shown === 'wishes' && wishes.length === 0) shown = 'strengths';
  const showStrengths = shown !== 'wishes' && strengths.length > 0;
  const showWishes = shown !== 'strengths' && wishes.length > 0;
  const wall = (tone: 'strength' | 'wish', title: string, list: Poster[]): PagedChapter => ({
    key: tone,
    title: <h2>{title}</h2>,
    className: `poster-wall ${tone}`,
    groups: list.map((poster) => ({
      key: String(poster.group),
      className: 'poster',
      heading: (continued: boolean) => (
        <h3>
          {t.poster(poster.group)}
          <Continued continued={continued} />
        </h3>
      ),
      items: poster.lines.map((line) => ({ key: line.id, node: line.text })),
    })),
  });
  const chapters = [
    ...(showStrengths ? [wall('strength', t.strengths, strengths)] : []),
    ...(showWishes ? [wall('wish', t.wishes, wishes)] : []),
  ];
  const contentKey = JSON.stringify([showStrengths && strengths, showWishes && wishes]);
  return (
    <div className="projector-board gallery-view" data-testid="gallery-view">
      <PagedBoard
        header={
          <>
            <h1 className="projector-title">{t.title}</h1>
            {!showStrengths && !showWishes ? <p className="projector-empty">{t.empty}</p> : null}
          </>
        }
        chapters={chapters}
        contentKey={contentKey}
        minColumnEm={12}
        groupTag="article"
      />
    </div>
  );
}
