import type { ActionHeadingId } from '../../domain/agenda/ids';
import { PROPOSAL_HEADINGS, type ProposalHeading } from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';

/** Each proposal heading's prompts in the agenda texts. */
const PROMPTS_OF: Record<ProposalHeading, ActionHeadingId> = {
  we: 'm2h-we',
  leader: 'm2h-leader',
  partners: 'm2h-partners',
};

/** The prompts the groups talk through under each heading, folded away until needed. */
export function HeadingPromptsHint() {
  const t = useT();
  const prompts = (heading: ProposalHeading) => t.agenda.headingPrompts[PROMPTS_OF[heading]];
  const starts = new Set(PROPOSAL_HEADINGS.map((h) => prompts(h).start));
  const shared = starts.size === 1 ? [...starts][0] : null;
  return (
    <details className="m2-prompts">
      <summary>{t.plan.meeting2.promptsSummary}</summary>
      <dl>
        {PROPOSAL_HEADINGS.map((heading) => {
          const p = prompts(heading);
          return (
            <div key={heading}>
              <dt>{t.plan.meeting2.headingShort[heading]}</dt>
              <dd>{[p.think, p.act, p.contribute].concat(shared ? [] : [p.start]).join(' ')}</dd>
            </div>
          );
        })}
      </dl>
      {shared ? <p className="field-hint">{shared}</p> : null}
    </details>
  );
}
