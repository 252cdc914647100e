import { useId } from 'react';
import type { Initiative } from '../../domain/plan/handleplan';
import { traceInitiative } from '../../domain/plan/trace';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { tracedWishes } from './planData';

/** The initiative's "Kilde": its wishes with groups, marks and assessment, and its proposals. */
export function TracePanel({ initiative }: { initiative: Initiative }) {
  const { process } = useCurrentProcess();
  const t = useT().plan.trace;
  const m2 = useT().plan.meeting2;
  const titleId = useId();
  const trace = traceInitiative(initiative, tracedWishes(process.wishes), process.meeting2);
  const empty = trace.wishes.length === 0 && trace.proposals.length === 0;
  return (
    <section className="trace" aria-labelledby={titleId}>
      <h4 id={titleId}>{t.heading}</h4>
      {empty ? <p className="message warning">{t.none}</p> : null}
      {trace.wishes.length > 0 ? (
        <>
          <p className="trace-label">{t.wishes}</p>
          <ul>
            {trace.wishes.map((w) => (
              <li key={w.id}>
                <q>{w.text}</q> ({t.groups(w.groups.join(', '))}; {t.marks(w.marks)})
                {w.decision ? (
                  <>
                    <br />
                    {t.decision}: {t.decisions[w.decision] ?? w.decision}
                  </>
                ) : null}
                {w.assessmentNote ? (
                  <>
                    <br />
                    {t.note}: {w.assessmentNote}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {trace.proposals.length > 0 ? (
        <>
          <p className="trace-label">{t.proposals}</p>
          <ul>
            {trace.proposals.map(({ proposal, join }) => (
              <li key={proposal.id}>
                <q>{proposal.text}</q> (
                {proposal.origin.step === 'groupOfFour'
                  ? m2.origin.group(proposal.origin.group)
                  : m2.headingShort[proposal.origin.heading]}
                {join ? `; ${t.viaJoin(join.theme || join.text)}` : ''})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {trace.missingIds.length > 0 ? (
        <p className="field-warning">{t.missing(trace.missingIds.length)}</p>
      ) : null}
    </section>
  );
}
