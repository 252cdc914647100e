import { prioritisedWishIds, type Proposal } from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { wishTextById } from '../common/wishOptions';
import './meeting2.css';

/**
 * The projector at meeting 2, step 3: the joined proposals theme by theme, then every wish
 * the groups chose with its proposals, so the room hears each theme once.
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
  return (
    <section className="projected-proposals" aria-labelledby="projected-proposals-title">
      <h1 id="projected-proposals-title">{t.projected.title}</h1>
      {themes.length === 0 && byWish.length === 0 ? (
        <p className="projected-empty">{t.projected.empty}</p>
      ) : null}
      {themes.length > 0 ? (
        <section aria-labelledby="projected-joins">
          <h2 id="projected-joins">{t.projected.joined}</h2>
          <div className="projected-proposal-grid">
            {themes.map((theme, i) => (
              <section key={theme} aria-labelledby={`projected-join-${i}`}>
                <h3 id={`projected-join-${i}`}>{theme || t.unthemed}</h3>
                <ul>
                  {m2.joins
                    .filter((j) => j.theme === theme)
                    .map((j) => (
                      <li key={j.id}>{j.text}</li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
      ) : null}
      {byWish.length > 0 ? (
        <section aria-labelledby="projected-by-wish">
          <h2 id="projected-by-wish">{t.projected.byWish}</h2>
          <div className="projected-proposal-grid">
            {byWish.map(({ wishId, proposals }) => (
              <section key={wishId} aria-labelledby={`projected-wish-${wishId}`}>
                <h3 id={`projected-wish-${wishId}`}>{texts.get(wishId) ?? ''}</h3>
                <ul>
                  {proposals.map((p) => (
                    <li key={p.id}>
                      {p.text} <span className="projected-origin">({origin(p)})</span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
      ) : null}
    </section>
  );
}
