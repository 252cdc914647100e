import { memo, useId, useMemo, useState } from 'react';
import { TextField } from '../../components/TextField';
import { WISH_DECISIONS, type WishAssessment, type WishDecision } from '../../domain/wishes/types';
import type { BruttolisteRow } from '../../domain/wishes/bruttoliste';
import { useT } from '../../i18n/useT';
import { useWishesCommand, useWishesViews } from '../common/useWishes';
import { sameRow } from '../common/rows';
import { FieldError } from '../../components/FieldError';

/** An assessment note and a decision for each wish; "not now" keeps its reason in view. */
export function WishAssessments() {
  const t = useT().wishes.assessment.wishes;
  const { ranked, selection, section } = useWishesViews();
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const chosen = useMemo(() => new Set(selection.wishIds), [selection.wishIds]);
  const byWish = useMemo(
    () => new Map(section.assessments.map((a) => [a.wishId, a])),
    [section.assessments],
  );
  // Selected wishes first, in ranking order, then (when asked for) the rest of the ranking.
  const rows = useMemo(() => {
    const selected = ranked.filter((r) => chosen.has(r.wish.id));
    if (!showAll) return selected;
    return [...selected, ...ranked.filter((r) => !chosen.has(r.wish.id))];
  }, [ranked, chosen, showAll]);
  return (
    <section className="card wish-assessments" aria-labelledby={id}>
      <h2 id={id}>{t.heading}</h2>
      <p className="field-hint">{t.intro}</p>
      <label className="checkbox-label">
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />{' '}
        {t.showAll}
      </label>
      {rows.length === 0 ? <p className="empty">{t.none}</p> : null}
      <ul className="assessment-list">
        {rows.map((row) => (
          <AssessmentItem
            key={row.wish.id}
            row={row}
            selected={chosen.has(row.wish.id)}
            assessment={byWish.get(row.wish.id) ?? null}
          />
        ))}
      </ul>
    </section>
  );
}

// Compared by content: the derived rows are new objects after every change of the section.
const AssessmentItem = memo(
  function AssessmentItem({
    row,
    selected,
    assessment,
  }: {
    row: BruttolisteRow;
    selected: boolean;
    assessment: WishAssessment | null;
  }) {
    const tw = useT().wishes;
    const refused = useT().refused;
    const t = tw.assessment.wishes;
    const command = useWishesCommand();
    const id = useId();
    const decision = assessment?.decision ?? null;
    const reason = assessment?.reason ?? '';
    const [pending, setPending] = useState<WishDecision | null>(null);
    const [error, setError] = useState<string | null>(null);
    const shownDecision = pending ?? decision;

    const decide = (next: WishDecision | null, why: string) => {
      const result = command({
        type: 'wishDecided',
        wishId: row.wish.id,
        decision: next,
        reason: why,
      });
      if (result.ok) {
        setPending(null);
        setError(null);
      } else if (result.reason === 'missingReason') {
        setPending(next);
        setError(t.needReason);
      } else {
        setError(refused[result.reason]);
      }
    };

    return (
      <li
        className={`assessment-item${shownDecision === 'notNow' ? ' not-now' : ''}`}
        aria-labelledby={`${id}-title`}
      >
        <h3 id={`${id}-title`}>{row.wish.text}</h3>
        <p className="assessment-meta">
          <span>{tw.groupsLabel(row.groups)}</span> ·{' '}
          <span>{tw.ranking.marksCount(row.total)}</span>
          {selected ? (
            <>
              {' '}
              · <span className="badge">{t.selectedFromMeeting1}</span>
            </>
          ) : null}
          {decision === 'notNow' && reason ? (
            <>
              {' '}
              · <span className="badge not-now-badge">{t.notNowBadge(reason)}</span>
            </>
          ) : null}
        </p>
        <TextField
          draftField={`assessment:${row.wish.id}:note`}
          multiline
          label={t.note}
          value={assessment?.note ?? ''}
          onCommit={(note) => {
            const result = command({ type: 'wishAssessed', wishId: row.wish.id, note });
            return result.ok ? null : refused[result.reason];
          }}
        />
        <fieldset className="decision">
          <legend>{t.decision}</legend>
          {([null, ...WISH_DECISIONS] as const).map((option) => (
            <label key={option ?? 'none'} className="radio">
              <input
                type="radio"
                name={`${id}-decision`}
                checked={shownDecision === option}
                onChange={() => decide(option, reason)}
              />{' '}
              {t.decisions[option ?? 'none']}
            </label>
          ))}
        </fieldset>
        <TextField
          draftField={`assessment:${row.wish.id}:reason`}
          multiline
          label={t.reason}
          hint={t.reasonHint}
          value={reason}
          onCommit={(why) => decide(shownDecision, why)}
        />
        <FieldError message={error} />
      </li>
    );
  },
  (prev, next) =>
    sameRow(prev.row, next.row) &&
    prev.selected === next.selected &&
    prev.assessment === next.assessment,
);
