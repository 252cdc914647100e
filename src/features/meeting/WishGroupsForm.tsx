import { NumberField } from '../../components/NumberField';
import { MAX_PEOPLE } from '../../domain/groups/splitIntoGroups';
import type { WishGroupWarning } from '../../domain/groups/wishGroups';
import { useT } from '../../i18n/useT';
import { useMeeting2 } from '../common/useMeeting2';
import { interestGroups } from '../common/meetingGroups';

/**
 * Meeting 2, step 2: the leader asks which prioritised wish each person wants to work on and
 * types how many choose each; one group forms per wish, with warnings for groups too small or
 * too large. The counts are saved, so a reload keeps them and the projector shows the groups.
 */
export function WishGroupsForm() {
  const { process, send } = useMeeting2();
  const t = useT().meeting.groups;
  const { wishes, total, result } = interestGroups(process);
  if (wishes.length === 0) return <p className="message info">{t.byWishEmpty}</p>;

  const textOf = (id: string) => wishes.find((w) => w.id === id)?.text ?? id;
  const warningText = (w: WishGroupWarning) =>
    w.kind === 'tooSmall'
      ? t.tooSmall(textOf(w.wish), w.size, w.min)
      : t.tooLarge(textOf(w.wish), w.size, w.max, w.suggestedSizes);

  return (
    <div className="wish-groups">
      <p>{t.byWishIntro}</p>
      <div className="wish-counts">
        {wishes.map((w) => (
          <div key={w.id}>
            <NumberField
              label={t.wishCount(w.text)}
              value={w.paper === 0 ? null : w.paper}
              draftField={`interest:${w.id}`}
              min={0}
              max={MAX_PEOPLE}
              onCommit={(count) =>
                send({ type: 'interestCounted', wishId: w.id, count: count ?? 0 })
              }
            />
            {w.phone > 0 ? (
              <p className="field-hint" data-testid="interest-phones">
                {t.wishCountPhones(w.phone)}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      <div aria-live="polite">
        {result.ok && total > 0 ? (
          <>
            <p>{t.wishTotal(total)}</p>
            <ul className="group-list" data-testid="interest-groups">
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
        {result.ok ? null : <p className="message warning">{t.tooManyPeople}</p>}
      </div>
    </div>
  );
}
