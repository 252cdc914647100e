import { useT } from '../../i18n/useT';
import { interestGroups } from '../common/meetingGroups';
import { useCurrentProcess } from '../common/ProcessContext';

/** Meeting 2, step 2 on the wall: one group per chosen wish, with how many are in it. */
export function ProjectorInterestGroups({ title }: { title: string }) {
  const { process } = useCurrentProcess();
  const t = useT();
  const tg = t.meeting.groups;
  const { wishes, total, result } = interestGroups(process);
  const textOf = (id: string) => wishes.find((w) => w.id === id)?.text ?? id;
  const splitOf = (wish: string) => {
    if (!result.ok) return null;
    const warning = result.grouping.warnings.find((w) => w.wish === wish);
    return warning?.kind === 'tooLarge' ? warning.suggestedSizes : null;
  };

  return (
    <div className="pj-groups">
      <h1>{title}</h1>
      <p className="pj-round">{t.agenda.groupings.byWish}</p>
      {result.ok && total > 0 ? (
        <ol className="pj-interest-tiles" data-testid="projector-interest-groups">
          {result.grouping.groups.map((g) => {
            const split = splitOf(g.wish);
            return (
              <li key={g.wish}>
                <span className="pj-group-number">{g.number}</span>
                <span className="pj-interest-wish">{textOf(g.wish)}</span>
                <span>{tg.people(g.size)}</span>
                {split ? <span>{tg.splitAs(split)}</span> : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="pj-waiting-line">{result.ok ? tg.byWishWaiting : tg.tooManyPeople}</p>
      )}
    </div>
  );
}
