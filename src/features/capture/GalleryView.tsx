import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../process/ProcessContext';
import './capture.css';

interface Poster {
  group: number;
  lines: { id: string; text: string }[];
}

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

/** The gallery for the projector: the strength posters, then the wish posters, per group. */
export function GalleryView() {
  const { process } = useCurrentProcess();
  const t = useT().capture.gallery;
  const strengths = posters(process.wishes.strengths);
  const wishes = posters(process.wishes.wishes.filter((w) => w.removedAt === null));
  return (
    <div className="projector-board gallery-view" data-testid="gallery-view">
      <h1 className="projector-title">{t.title}</h1>
      {strengths.length === 0 && wishes.length === 0 ? (
        <p className="projector-empty">{t.empty}</p>
      ) : null}
      {strengths.length > 0 ? (
        <PosterWall title={t.strengths} posters={strengths} tone="strength" />
      ) : null}
      {wishes.length > 0 ? <PosterWall title={t.wishes} posters={wishes} tone="wish" /> : null}
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
