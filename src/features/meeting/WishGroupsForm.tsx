import { useState } from 'react';
import { wishGroupsFromCounts, type WishGroupWarning } from '../../domain/groups/wishGroups';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../process/ProcessContext';

/** The wishes the groups of 4 chose in step 1, in the order they were chosen. */
function prioritisedWishes(process: ReturnType<typeof useCurrentProcess>['process']) {
  const ids = [...new Set(process.meeting2.groupChoices.flatMap((c) => c.wishIds))];
  const texts = new Map(process.wishes.wishes.map((w) => [w.id, w.text]));
  return ids.map((id) => ({ id, text: texts.get(id) ?? id }));
}

/**
 * Meeting 2, step 2: the leader asks the room and types how many choose each wish; one
 * group forms per wish, with warnings for groups too small or too large. The counts are
 * a show of hands for the moment, so they stay in this window.
 */
export function WishGroupsForm() {
  const { process } = useCurrentProcess();
  const t = useT().meeting.groups;
  const wishes = prioritisedWishes(process);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  if (wishes.length === 0) return <p className="message info">{t.byWishEmpty}</p>;

  const valid = (draft: string | undefined) => draft === undefined || /^\s*\d*\s*$/.test(draft);
  const counts = wishes.map((w) => ({ wish: w.id, count: Number(drafts[w.id]?.trim() || 0) }));
  const allValid = wishes.every((w) => valid(drafts[w.id]));
  const result = allValid ? wishGroupsFromCounts(counts) : null;
  const textOf = (id: string) => wishes.find((w) => w.id === id)?.text ?? id;
  const warningText = (w: WishGroupWarning) =>
    w.kind === 'tooSmall'
      ? t.tooSmall(textOf(w.wish), w.size, w.min)
      : t.tooLarge(textOf(w.wish), w.size, w.max, w.suggestedSizes);
  const total = counts.reduce((sum, c) => sum + (Number.isFinite(c.count) ? c.count : 0), 0);

  return (
    <div className="wish-groups">
      <p>{t.byWishIntro}</p>
      <div className="wish-counts">
        {wishes.map((w) => (
          <Field
            key={w.id}
            label={t.wishCount(w.text)}
            error={valid(drafts[w.id]) ? null : t.badCount}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                inputMode="numeric"
                size={4}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={drafts[w.id] ?? ''}
                onChange={(e) => setDrafts((d) => ({ ...d, [w.id]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
      <div aria-live="polite">
        {result?.ok ? (
          <>
            <p>{t.wishTotal(total)}</p>
            <ul className="group-list">
              {result.grouping.groups.map((g) => (
                <li key={g.wish}>
                  <strong>{t.groupLabel(g.number)}</strong>: {textOf(g.wish)} – {t.people(g.size)}
                </li>
              ))}
            </ul>
            {result.grouping.warnings.map((w) => (
              <p key={w.wish} className="message warning">
                {warningText(w)}
              </p>
            ))}
          </>
        ) : null}
      </div>
    </div>
  );
}
