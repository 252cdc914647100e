import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
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
  limit,
}: {
  title: string;
  hint?: string;
  proposals: Proposal[];
  wishId: string;
  origin: ProposalOrigin;
  /** How many proposals the step asks for; once there, the list takes no more. */
  limit?: number;
}) {
  const { meeting2 } = useMeeting2();
  const t = useT().plan.meeting2;
  const titleId = useId();
  const full = limit !== undefined && proposals.length >= limit;
  const fullNote = useRef<HTMLParagraphElement>(null);
  const wasFull = useRef(full);
  useEffect(() => {
    // The last proposal went in from the field, which is now gone: focus stays in the list.
    if (full && !wasFull.current && document.activeElement === document.body) {
      fullNote.current?.focus();
    }
    wasFull.current = full;
  }, [full]);
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
      {full ? (
        <p className="message info" ref={fullNote} tabIndex={-1}>
          {t.proposalsFull(limit)}
        </p>
      ) : (
        <NewProposal wishId={wishId} origin={origin} />
      )}
    </div>
  );
}

/** The field for the next proposal: Enter saves it and clears the field for another. */
function NewProposal({ wishId, origin }: { wishId: string; origin: ProposalOrigin }) {
  const { send } = useMeeting2();
  const t = useT();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const problem = send({ type: 'proposalAdded', id: clock.newId(), wishId, text: draft, origin });
    setError(problem);
    if (!problem) setDraft('');
  };
  return (
    <>
      <div className="field">
        <label htmlFor={inputId}>{t.plan.meeting2.newProposal}</label>
        <p className="field-hint" id={`${inputId}-hint`}>
          {t.plan.meeting2.newProposalHint}
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
        {t.common.actions.add}
      </button>
    </>
  );
}
