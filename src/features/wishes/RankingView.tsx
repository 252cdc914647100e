import { marksBySource } from '../../domain/wishes/marks';
import { useT } from '../../i18n/useT';
import { PagedBoard, type PagedChapter } from '../common/PagedBoard';
import { useWishesViews } from '../common/useWishes';
import '../common/wishes.css';

/**
 * The projector's live ranking: large type on dark, with the preliminary label. Every marked
 * wish is on it; a long ranking pages rather than shrinking.
 */
export function RankingView() {
  const t = useT().wishes;
  const { ranked, selection, tie, section } = useWishesViews();
  const chosen = new Set(selection.wishIds);
  const marked = ranked.filter((r) => r.total > 0);
  const sources = marksBySource(section);
  const chapters: PagedChapter[] =
    marked.length === 0
      ? []
      : [
          {
            key: 'ranking',
            title: null,
            groups: [
              {
                key: 'ranked',
                heading: null,
                className: 'projected-list',
                items: marked.map((row) => ({
                  key: row.wish.id,
                  className: `${chosen.has(row.wish.id) ? 'chosen' : ''}${tie.has(row.wish.id) ? ' tied' : ''}`,
                  node: (
                    <>
                      <span className="projected-rank">{t.ranking.rank(row.rank)}</span>
                      <span className="projected-text">{row.wish.text}</span>
                      <span className="projected-total">{t.ranking.marksCount(row.total)}</span>
                      {tie.has(row.wish.id) ? (
                        <span className="projected-tie">{t.ranking.tie}</span>
                      ) : null}
                    </>
                  ),
                })),
              },
            ],
          },
        ];
  const contentKey = JSON.stringify([
    marked.map((r) => [r.wish.text, r.rank, r.total, chosen.has(r.wish.id), tie.has(r.wish.id)]),
  ]);
  return (
    <section className="projected-ranking" aria-labelledby="projected-ranking-title">
      <PagedBoard
        header={
          <>
            <h1 id="projected-ranking-title">{t.ranking.heading}</h1>
            <p className={`preliminary-label${selection.preliminary ? '' : ' confirmed'}`}>
              {selection.preliminary ? t.ranking.preliminary : t.ranking.confirmed}
            </p>
            {sources.phone > 0 ? (
              <p className="projected-sources" data-testid="ranking-sources">
                {t.ranking.sources(sources.phone, sources.paper)}
              </p>
            ) : null}
            {marked.length === 0 ? <p className="projected-empty">{t.ranking.empty}</p> : null}
          </>
        }
        chapters={chapters}
        contentKey={contentKey}
        minColumnEm={26}
        maxColumns={2}
        testId="ranking-view"
      />
    </section>
  );
}
