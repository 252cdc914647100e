import { useId, useMemo, useState } from 'react';
import { SELECTION_TARGET_RANGE } from '../../domain/wishes/selection';
import { useT } from '../../i18n/useT';
import { useWishesCommand, useWishesViews } from '../common/useWishes';
import { FieldError } from '../../components/FieldError';

/** How many ranked rows the controller shows before "show all". */
const TOP_ROWS = 12;
/**
 * A tie at the cut-off is shown whole up to this many rows. A larger one (early in the
 * count, hundreds of wishes may share the same marks) would put the whole list on screen,
 * re-ordered on every mark, so its tail waits behind "show all".
 */
const MAX_TOP_ROWS = 30;

/** The live ranking with the (preliminary) selection, which the leader can override. */
/** `headingLevel` is one below the counting panel's heading. */
export function RankingPanel({ headingLevel = 3 }: { headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const t = useT().wishes;
  const refused = useT().refused;
  const { ranked, selection, tie, section } = useWishesViews();
  const command = useWishesCommand();
  const [showAll, setShowAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const targetId = useId();
  const chosen = useMemo(() => new Set(selection.wishIds), [selection.wishIds]);
  const suggested = useMemo(
    () => new Set(selection.preselection.wishIds),
    [selection.preselection.wishIds],
  );
  const marked = ranked.filter((r) => r.total > 0);
  const wanted = section.selection.target + tie.size;
  const limit = Math.max(TOP_ROWS, Math.min(wanted, MAX_TOP_ROWS));
  const tieCut = !showAll && wanted > limit;
  const visible = showAll ? ranked : ranked.slice(0, limit);
  const overrides = section.selection.overrides.length;

  const attempt = (result: ReturnType<typeof command>) =>
    setError(result.ok ? null : refused[result.reason]);

  const choose = (wishId: string, selected: boolean) =>
    attempt(
      command({
        type: 'selectionOverridden',
        wishId,
        selected: selected === suggested.has(wishId) ? null : selected,
      }),
    );

  return (
    <section aria-labelledby={headingId} className="ranking-panel">
      <Heading id={headingId}>{t.ranking.heading}</Heading>
      <p className={`preliminary-label${selection.preliminary ? '' : ' confirmed'}`}>
        {selection.preliminary ? t.ranking.preliminary : t.ranking.confirmed}
      </p>
      <div className="ranking-controls">
        <div className="field">
          <label htmlFor={targetId}>{t.ranking.target}</label>
          <select
            id={targetId}
            value={section.selection.target}
            onChange={(e) =>
              attempt(command({ type: 'selectionTargetSet', target: Number(e.target.value) }))
            }
          >
            {Array.from(
              { length: SELECTION_TARGET_RANGE.max - SELECTION_TARGET_RANGE.min + 1 },
              (_, i) => i + SELECTION_TARGET_RANGE.min,
            ).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <p className="field-hint">{t.ranking.targetHint}</p>
        </div>
        <button
          type="button"
          className="button"
          onClick={() =>
            attempt(
              command({ type: 'selectionPreliminarySet', preliminary: !selection.preliminary }),
            )
          }
        >
          {selection.preliminary ? t.ranking.markConfirmed : t.ranking.markPreliminary}
        </button>
        {overrides > 0 ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              for (const o of section.selection.overrides)
                command({ type: 'selectionOverridden', wishId: o.wishId, selected: null });
            }}
          >
            {t.ranking.resetOverrides}
          </button>
        ) : null}
      </div>
      <FieldError message={error} />
      <p role="status" aria-live="polite">
        {t.ranking.selectionCount(selection.wishIds.length)}
        {tie.size > 0 ? ` ${t.ranking.tieNotice(tie.size)}` : ''}
      </p>
      {tieCut ? <p className="field-hint">{t.ranking.tieCut(limit)}</p> : null}
      {marked.length === 0 ? <p className="empty">{t.ranking.empty}</p> : null}
      <ol className="ranking-list">
        {visible.map((row) => {
          const isChosen = chosen.has(row.wish.id);
          const isTied = tie.has(row.wish.id);
          const isOverride = isChosen !== suggested.has(row.wish.id);
          return (
            <li
              key={row.wish.id}
              className={`ranking-row${isChosen ? ' chosen' : ''}${isTied ? ' tied' : ''}`}
            >
              <span className="ranking-rank">{t.ranking.rank(row.rank)}</span>
              <label className="ranking-choose">
                <input
                  type="checkbox"
                  checked={isChosen}
                  onChange={(e) => choose(row.wish.id, e.target.checked)}
                  aria-label={t.ranking.chooseLabel(row.wish.text)}
                />
                <span className="ranking-text">{row.wish.text}</span>
              </label>
              <span className="ranking-total">{t.ranking.marksCount(row.total)}</span>
              {isTied ? <span className="badge tie-badge">{t.ranking.tie}</span> : null}
              {isOverride ? <span className="badge">{t.ranking.overridden}</span> : null}
            </li>
          );
        })}
      </ol>
      {ranked.length > limit ? (
        <button type="button" className="button" onClick={() => setShowAll((v) => !v)}>
          {showAll ? t.ranking.showTop : t.ranking.showAll}
        </button>
      ) : null}
    </section>
  );
}
