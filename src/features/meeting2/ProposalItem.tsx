import { useState } from 'react';
import { TextField } from '../../components/TextField';
import type { Proposal } from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';
import { useMeeting2 } from '../common/useMeeting2';
import { FieldError } from '../../components/FieldError';

export function ProposalItem({
  proposal,
  index,
  joined,
}: {
  proposal: Proposal;
  index: number;
  joined: boolean;
}) {
  const { send } = useMeeting2();
  const t = useT().plan.meeting2;
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="m2-item">
      <TextField
        draftField={`proposal:${proposal.id}`}
        label={t.proposalText(index + 1)}
        value={proposal.text}
        onCommit={(text) => send({ type: 'proposalChanged', id: proposal.id, text })}
        hint={joined ? t.joined : undefined}
      />
      <button
        type="button"
        className="button m2-remove"
        aria-label={t.removeProposal(proposal.text)}
        onClick={() => setError(send({ type: 'proposalRemoved', id: proposal.id }))}
      >
        {useT().common.actions.remove}
      </button>
      <FieldError message={error} />
    </li>
  );
}
