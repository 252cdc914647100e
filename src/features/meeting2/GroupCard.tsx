import { useState } from 'react';
import {
  MAX_WISHES_PER_GROUP,
  PROPOSALS_PER_GROUP,
  groupProposals,
} from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';
import { ProposalList } from './ProposalList';
import { useMeeting2 } from '../common/useMeeting2';
import { WishSelect } from './WishSelect';
import { wishOptionGroups, wishTextById } from '../common/wishOptions';
import { FieldError } from '../../components/FieldError';

export function GroupCard({ group, wishIds }: { group: number; wishIds: string[] }) {
  const { process, meeting2, send } = useMeeting2();
  const t = useT().plan.meeting2;
  const options = wishOptionGroups(process.wishes);
  const texts = wishTextById(process.wishes);
  const [error, setError] = useState<string | null>(null);
  const choose = (index: number, wishId: string) => {
    const next = [...wishIds];
    if (wishId === '') next.splice(index, 1);
    else next[index] = wishId;
    const dropped = wishIds.filter((id) => !next.includes(id));
    if (dropped.some((id) => groupProposals(meeting2, group, id).length > 0)) {
      setError(t.groupHasProposals);
      return;
    }
    setError(send({ type: 'groupWishesChosen', group, wishIds: next }));
  };
  return (
    <fieldset className="m2-group">
      <legend>{t.group(group)}</legend>
      <div className="grid-2">
        <WishSelect
          label={t.wishLabel}
          value={wishIds[0] ?? ''}
          groups={options}
          onChange={(id) => choose(0, id)}
        />
        {MAX_WISHES_PER_GROUP > 1 && wishIds.length >= 1 ? (
          <WishSelect
            label={t.secondWish}
            value={wishIds[1] ?? ''}
            groups={options}
            onChange={(id) => choose(1, id)}
          />
        ) : null}
      </div>
      <FieldError message={error} />
      {wishIds.map((wishId) => {
        const proposals = groupProposals(meeting2, group, wishId);
        return (
          <ProposalList
            key={wishId}
            title={t.proposalsFor(texts.get(wishId) ?? '')}
            proposals={proposals}
            hint={t.countHint(proposals.length, PROPOSALS_PER_GROUP)}
            limit={PROPOSALS_PER_GROUP}
            wishId={wishId}
            origin={{ step: 'groupOfFour', group }}
          />
        );
      })}
    </fieldset>
  );
}
