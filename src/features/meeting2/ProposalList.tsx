import { useId, useState, type KeyboardEvent } from 'react';
import { joinOf, type Proposal, type ProposalOrigin } from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { ProposalItem } from './ProposalItem';
import { SubHeadingTitle } from './SubHeading';
import { useMeeting2 } from '../common/useMeeting2';
import { FieldError } from '../../components/FieldError';

export function ProposalList({
  title,
  hint,
  proposals,
  wishId,
  origin,
}: {
  title: string;
  hint?: string;
  proposals: Proposal[];
  wishId: string;
  origin: ProposalOrigin;
}) {
  const { meeting2, send } = useMeeting2();
  const t = useT().plan.meeting2;
  const titleId = useId();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const problem = send({ type: 'proposalAdded', id: clock.newId(), wishId, text: draft, origin });
    setError(problem);
    if (!problem) setDraft('');
  };
  return (
    <div className="m2-proposals" role="group" aria-labelledby={titleId}>
      <SubHeadingTitle id={titleId}>{title}</SubHeadingTitle>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <ol className="m2-list">
        {proposals.map((p, i) => (
          <ProposalItem
            key={p.id}
            proposal={p}
            index={i}
            joined={Boolean(joinOf(meeting2, p.id))}
          />
        ))}
      </ol>
      <div className="field">
        <label htmlFor={inputId}>{t.newProposal}</label>
        <p className="field-hint" id={`${inputId}-hint`}>
          {t.newProposalHint}
        </p>
        <input
          id={inputId}
          value={draft}
          aria-describedby={`${inputId}-hint${error ? ` ${inputId}-err` : ''}`}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (draft.trim() !== '') add();
            }
          }}
        />
        <FieldError id={`${inputId}-err`} message={error} />
      </div>
      <button type="button" className="button" onClick={add} disabled={draft.trim() === ''}>
        {useT().common.actions.add}
      </button>
    </div>
  );
}
