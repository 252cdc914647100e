import { marksBySource } from '../../domain/wishes/marks';
import { useT } from '../../i18n/useT';
import { useWishesViews } from '../common/useWishes';
import '../common/wishes.css';

/** How many wishes the projector shows: enough for the selection and what follows it. */
const PROJECTED_ROWS = 10;

/** The projector's live ranking: large type on dark, with the preliminary label. */
export function RankingView() {
  const t = useT().wishes;
  const { ranked, selection, tie, section } = useWishesViews();
  const chosen = new Set(selection.wishIds);
  const marked = ranked.filter((r) => r.total > 0);
  const limit = Math.max(PROJECTED_ROWS, section.selection.target + tie.size);
  const sources = marksBySource(section);
  return (
    <section className="projected-ranking" aria-labelledby="projected-ranking-title">
      <h1 id="projected-ranking-title">{t.ranking.heading}</h1>
      <p className={`preliminary-label${selection.preliminary ? '' : ' confirmed'}`}>
        {selection.preliminary ? t.ranking.preliminary : t.ranking.confirmed}
      </p>
      {sources.phone > 0 ? (
        <p className="projected-sources" data-testid="ranking-sources">
          {t.ranking.sources(sources.phone, sources.paper)}
        </p>
      ) : null}
      {marked.length === 0 ? (
        <p className="projected-empty">{t.ranking.empty}</p>
      ) : (
        <ol className="projected-list">
          {marked.slice(0, limit).map((row) => (
            <li
              key={row.wish.id}
              className={`${chosen.has(row.wish.id) ? 'chosen' : ''}${tie.has(row.wish.id) ? ' tied' : ''}`}
            >
              <span className="projected-rank">{t.ranking.rank(row.rank)}</span>
              <span className="projected-text">{row.wish.text}</span>
              <span className="projected-total">{t.ranking.marksCount(row.total)}</span>
              {tie.has(row.wish.id) ? <span className="projected-tie">{t.ranking.tie}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
