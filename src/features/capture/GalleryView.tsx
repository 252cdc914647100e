import { useId, useRef } from 'react';
import { currentStep, timerStatus } from '../../domain/agenda/timer';
import type { ApvProcess } from '../../domain/document';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { useFitToScreen } from './useFitToScreen';
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

/** The gallery for the projector: strength posters and wish posters, one per group. */
export function GalleryView({ walls = 'auto' }: { walls?: GalleryWalls } = {}) {
  const { process } = useCurrentProcess();
  const t = useT().capture.gallery;
  const ref = useRef<HTMLDivElement>(null);
  const strengths = posters(process.wishes.strengths);
  const wishes = posters(process.wishes.wishes.filter((w) => w.removedAt === null));
  let shown = walls === 'auto' ? autoWalls(process) : walls;
  // Never an empty wall while the other has posters.
  if (shown === 'strengths' && strengths.length === 0) shown = 'wishes';
  else if (shown === 'wishes' && wishes.length === 0) shown = 'strengths';
  const showStrengths = shown !== 'wishes' && strengths.length > 0;
  const showWishes = shown !== 'strengths' && wishes.length > 0;
  const content = JSON.stringify([showStrengths && strengths, showWishes && wishes]);
  useFitToScreen(ref, content);
  return (
    <div ref={ref} className="projector-board gallery-view" data-testid="gallery-view">
      <h1 className="projector-title">{t.title}</h1>
      {!showStrengths && !showWishes ? <p className="projector-empty">{t.empty}</p> : null}
      {showStrengths ? (
        <PosterWall title={t.strengths} posters={strengths} tone="strength" />
      ) : null}
      {showWishes ? <PosterWall title={t.wishes} posters={wishes} tone="wish" /> : null}
    </div>
  );
}

function PosterWall({
  title,
  posters: list,
  tone,
}: {
  title: string;
  posters: Poster[];
  tone: 'strength' | 'wish';
}) {
  const t = useT().capture.gallery;
  const id = useId();
  return (
    <section className={`poster-wall ${tone}`} aria-labelledby={`${id}-wall`}>
      <h2 id={`${id}-wall`}>{title}</h2>
      <div className="posters">
        {list.map((poster) => (
          <article key={poster.group} className="poster" aria-labelledby={`${id}-p${poster.group}`}>
            <h3 id={`${id}-p${poster.group}`}>{t.poster(poster.group)}</h3>
            <ul>
              {poster.lines.map((line) => (
                <li key={line.id}>{line.text}</li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
