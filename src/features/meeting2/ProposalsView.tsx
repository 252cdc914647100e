import { prioritisedWishIds, type Proposal } from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';
import { Continued, PagedBoard, type PagedChapter } from '../common/PagedBoard';
import { useCurrentProcess } from '../common/ProcessContext';
import { wishTextById } from '../common/wishOptions';
import './meeting2.css';

/**
 * The projector at meeting 2, step 3: the joined proposals theme by theme, then every wish
 * the groups chose with its proposals, so the room hears each theme once. Each part pages on
 * its own when it does not fit.
 */
export function ProposalsView() {
  const t = useT().plan.meeting2;
  const { process } = useCurrentProcess();
  const m2 = process.meeting2;
  const texts = wishTextById(process.wishes);
  const themes = [...new Set(m2.joins.map((j) => j.theme))];
  const byWish = prioritisedWishIds(m2)
    .map((wishId) => ({ wishId, proposals: m2.proposals.filter((p) => p.wishId === wishId) }))
    .filter((w) => w.proposals.length > 0);
  const origin = (p: Proposal) =>
    p.origin.step === 'groupOfFour' ? t.group(p.origin.group) : t.headingShort[p.origin.heading];
  const heading = (text: string) => (continued: boolean) => (
    <h3>
      {text}
      <Continued continued={continued} />
    </h3>
  );
  const chapters: PagedChapter[] = [];
  if (themes.length > 0) {
    chapters.push({
      key: 'joins',
      title: <h2>{t.projected.joined}</h2>,
      groups: themes.map((theme, i) => ({
        key: `theme-${i}`,
        heading: heading(theme || t.unthemed),
        items: m2.joins.filter((j) => j.theme === theme).map((j) => ({ key: j.id, node: j.text })),
      })),
    });
  }
  if (byWish.length > 0) {
    chapters.push({
      key: 'byWish',
      title: <h2>{t.projected.byWish}</h2>,
      groups: byWish.map(({ wishId, proposals }) => ({
        key: wishId,
        heading: heading(texts.get(wishId) ?? ''),
        items: proposals.map((p) => ({
          key: p.id,
          node: (
            <>
              {p.text} <span className="projected-origin">({origin(p)})</span>
            </>
          ),
        })),
      })),
    });
  }
  const contentKey = JSON.stringify([
    m2.joins,
    byWish.map((w) => [texts.get(w.wishId), w.proposals.map((p) => [p.text, origin(p)])]),
  ]);
  return (
    <section className="projected-proposals" aria-labelledby="projected-proposals-title">
      <PagedBoard
        header={
          <>
            <h1 id="projected-proposals-title">{t.projected.title}</h1>
            {chapters.length === 0 ? <p className="projected-empty">{t.projected.empty}</p> : null}
          </>
        }
        chapters={chapters}
        contentKey={contentKey}
        minColumnEm={18}
        testId="proposals-view"
      />
    </section>
  );
}
