import {
  PROPOSAL_HEADINGS,
  prioritisedWishIds,
  proposalsByHeading,
} from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';
import { HeadingPromptsHint } from './HeadingPromptsHint';
import { ProposalList } from './ProposalList';
import { useMeeting2 } from '../common/useMeeting2';
import { wishTextById } from '../common/wishOptions';

/** Step 2: proposals under the three headings for each prioritised wish. */
export function HeadingStep() {
  const { process, meeting2 } = useMeeting2();
  const t = useT().plan.meeting2;
  const texts = wishTextById(process.wishes);
  const prioritised = prioritisedWishIds(meeting2);
  const withProposals = meeting2.proposals
    .filter((p) => p.origin.step === 'interestGroup')
    .map((p) => p.wishId);
  const wishIds = [...new Set([...prioritised, ...withProposals])];
  if (wishIds.length === 0) return <p className="empty">{t.noPrioritised}</p>;
  return (
    <>
      <HeadingPromptsHint />
      {wishIds.map((wishId) => {
        const byHeading = proposalsByHeading(meeting2, wishId);
        return (
          <fieldset key={wishId} className="m2-group">
            <legend>{texts.get(wishId) ?? ''}</legend>
            <div className="m2-headings">
              {PROPOSAL_HEADINGS.map((heading) => (
                <ProposalList
                  key={heading}
                  title={t.headings[heading]}
                  proposals={byHeading[heading]}
                  wishId={wishId}
                  origin={{ step: 'interestGroup', heading }}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
