import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { GroupCard } from './GroupCard';
import { useMeeting2 } from '../common/useMeeting2';
import { WishSelect } from './WishSelect';
import { wishOptionGroups } from '../common/wishOptions';
import { FieldError } from '../../components/FieldError';

/** Step 1: each group of four's chosen wishes and its proposals for them. */
export function GroupStep() {
  const { process, meeting2, send } = useMeeting2();
  const t = useT().plan.meeting2;
  const options = wishOptionGroups(process.wishes);
  const nextGroup = Math.max(0, ...meeting2.groupChoices.map((c) => c.group)) + 1;
  const [newGroup, setNewGroup] = useState('');
  const [error, setError] = useState<string | null>(null);
  const newGroupId = useId();
  if (options.length === 0 && meeting2.groupChoices.length === 0)
    return <p className="empty">{t.noWishes}</p>;
  const groupNumber = newGroup === '' ? nextGroup : Number(newGroup);
  return (
    <>
      {meeting2.groupChoices.map((choice) => (
        <GroupCard key={choice.group} group={choice.group} wishIds={choice.wishIds} />
      ))}
      <div className="m2-new-group">
        <div className="field">
          <label htmlFor={newGroupId}>{t.groupNumber}</label>
          <input
            id={newGroupId}
            inputMode="numeric"
            value={newGroup}
            placeholder={String(nextGroup)}
            onChange={(e) => setNewGroup(e.target.value)}
          />
        </div>
        <WishSelect
          label={t.wishLabel}
          value=""
          groups={options}
          onChange={(wishId) => {
            if (!wishId) return;
            const current =
              meeting2.groupChoices.find((c) => c.group === groupNumber)?.wishIds ?? [];
            const problem = send({
              type: 'groupWishesChosen',
              group: groupNumber,
              wishIds: current.includes(wishId) ? current : [...current, wishId],
            });
            setError(problem);
            if (!problem) setNewGroup('');
          }}
        />
      </div>
      <FieldError message={error} />
    </>
  );
}
