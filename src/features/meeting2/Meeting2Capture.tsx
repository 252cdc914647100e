import {
  createContext,
  useContext,
  useId,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { ActionHeadingId } from '../../domain/agenda/ids';
import {
  MAX_WISHES_PER_GROUP,
  PROPOSAL_HEADINGS,
  PROPOSALS_PER_GROUP,
  groupProposals,
  joinOf,
  prioritisedWishIds,
  proposalsByHeading,
  type Meeting2,
  type Proposal,
  type ProposalHeading,
  type ProposalOrigin,
} from '../../domain/plan/meeting2';
import { meeting2EventProblem, type Meeting2Event } from '../../domain/plan/meeting2Events';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useCurrentProcess } from '../process/ProcessContext';
import { wishOptionGroups, wishTextById, type WishOptionGroup } from './wishOptions';
import './meeting2.css';

type Step = 'priority' | 'action' | 'presentation';

const STEP_BY_ID: Record<string, Step> = {
  'm2-priority': 'priority',
  'm2-action': 'action',
  'm2-presentation': 'presentation',
};

/** Each proposal heading's prompts in the agenda texts. */
const PROMPTS_OF: Record<ProposalHeading, ActionHeadingId> = {
  we: 'm2h-we',
  leader: 'm2h-leader',
  partners: 'm2h-partners',
};

/** The level of the headings inside a step: one below the step's own heading. */
const SubHeading = createContext<'h3' | 'h4'>('h3');

function SubHeadingTitle({ id, children }: { id: string; children: ReactNode }) {
  return useContext(SubHeading) === 'h3' ? (
    <h3 id={id}>{children}</h3>
  ) : (
    <h4 id={id}>{children}</h4>
  );
}

/**
 * Meeting 2's capture for one agenda step (the meeting controller mounts it per step,
 * inside its own section, so it asks for level 3).
 */
export function Meeting2Capture({
  stepId,
  headingLevel = 2,
}: {
  stepId: string;
  headingLevel?: 2 | 3;
}) {
  const step = STEP_BY_ID[stepId];
  if (!step) return null;
  return <StepCapture step={step} headingLevel={headingLevel} />;
}

/** All three steps, for capturing outside a running meeting (the handleplan page). */
export function Meeting2AllSteps({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  return (
    <>
      <StepCapture step="priority" headingLevel={headingLevel} />
      <StepCapture step="action" headingLevel={headingLevel} />
      <StepCapture step="presentation" headingLevel={headingLevel} />
    </>
  );
}

function StepCapture({ step, headingLevel = 2 }: { step: Step; headingLevel?: 2 | 3 }) {
  const t = useT().plan.meeting2;
  const titleId = useId();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="m2-step" aria-labelledby={titleId}>
      <H id={titleId}>{t.stepTitles[step]}</H>
      <SubHeading.Provider value={headingLevel === 2 ? 'h3' : 'h4'}>
        {step === 'priority' ? <GroupStep /> : null}
        {step === 'action' ? <HeadingStep /> : null}
        {step === 'presentation' ? <JoinStep /> : null}
      </SubHeading.Provider>
    </section>
  );
}

/** Records an event after checking it, returning the Danish reason when it was refused. */
function useMeeting2() {
  const { process, record } = useCurrentProcess();
  const t = useT().plan.meeting2;
  const send = (event: Meeting2Event): string | null => {
    const problem = meeting2EventProblem(process.meeting2, event);
    if (problem) return t.problems[problem];
    record(event);
    return null;
  };
  return { process, meeting2: process.meeting2, send };
}

function WishSelect({
  label,
  value,
  groups,
  onChange,
}: {
  label: string;
  value: string;
  groups: WishOptionGroup[];
  onChange: (wishId: string) => void;
}) {
  const t = useT().plan.meeting2;
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.noWish}</option>
        {groups.map((g) => (
          <optgroup key={g.theme ?? ''} label={g.theme ?? t.unthemed}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>
                {t.wishOption(o.text, o.marks, o.groups.join(', '))}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

function GroupStep() {
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
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function GroupCard({ group, wishIds }: { group: number; wishIds: string[] }) {
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
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {wishIds.map((wishId) => {
        const proposals = groupProposals(meeting2, group, wishId);
        return (
          <ProposalList
            key={wishId}
            title={t.proposalsFor(texts.get(wishId) ?? '')}
            proposals={proposals}
            hint={t.countHint(proposals.length, PROPOSALS_PER_GROUP)}
            wishId={wishId}
            origin={{ step: 'groupOfFour', group }}
          />
        );
      })}
    </fieldset>
  );
}

function HeadingStep() {
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

/** The prompts the groups talk through under each heading, folded away until needed. */
function HeadingPromptsHint() {
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

function ProposalList({
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
        {error ? (
          <p className="field-error" id={`${inputId}-err`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <button type="button" className="button" onClick={add} disabled={draft.trim() === ''}>
        {useT().common.actions.add}
      </button>
    </div>
  );
}

function ProposalItem({
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
        label={t.proposalText(index + 1)}
        value={proposal.text}
        validate={(d) => (d.trim() === '' ? t.problems.emptyText : null)}
        onCommit={(text) => setError(send({ type: 'proposalChanged', id: proposal.id, text }))}
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
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function originLabel(p: Proposal, t: ReturnType<typeof useT>['plan']['meeting2']): string {
  return p.origin.step === 'groupOfFour'
    ? t.origin.group(p.origin.group)
    : t.headingShort[p.origin.heading];
}

function JoinStep() {
  const { process, meeting2, send } = useMeeting2();
  const t = useT().plan.meeting2;
  const texts = wishTextById(process.wishes);
  const [picked, setPicked] = useState<string[]>([]);
  const [theme, setTheme] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const themeId = useId();
  const textId = useId();
  const free = meeting2.proposals.filter((p) => !joinOf(meeting2, p.id));
  const stillPicked = picked.filter((id) => free.some((p) => p.id === id));
  const byWish = groupByWish(free);
  const join = () => {
    if (stillPicked.length < 2) {
      setError(t.joinNeedsTwo);
      return;
    }
    const problem = send({
      type: 'proposalsJoined',
      id: clock.newId(),
      theme,
      text,
      proposalIds: stillPicked,
    });
    setError(problem);
    if (!problem) {
      setPicked([]);
      setTheme('');
      setText('');
    }
  };
  return (
    <>
      <p className="field-hint">{t.joinIntro}</p>
      {meeting2.proposals.length === 0 ? <p className="empty">{t.noProposals}</p> : null}
      {[...byWish].map(([wishId, proposals]) => (
        <fieldset key={wishId} className="m2-group">
          <legend>{texts.get(wishId) ?? ''}</legend>
          <ul className="plain-list">
            {proposals.map((p) => (
              <li key={p.id}>
                <label className="m2-check">
                  <input
                    type="checkbox"
                    checked={stillPicked.includes(p.id)}
                    onChange={(e) =>
                      setPicked(
                        e.target.checked
                          ? [...stillPicked, p.id]
                          : stillPicked.filter((id) => id !== p.id),
                      )
                    }
                  />
                  {p.text} <span className="m2-origin">({originLabel(p, t)})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      {free.length >= 2 ? (
        <div className="m2-join-form">
          <div className="field">
            <label htmlFor={themeId}>{t.joinTheme}</label>
            <input id={themeId} value={theme} onChange={(e) => setTheme(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={textId}>{t.joinText}</label>
            <input id={textId} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <button type="button" className="button" onClick={join}>
            {t.joinButton}
          </button>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
      {meeting2.joins.length > 0 ? <JoinList meeting2={meeting2} /> : null}
    </>
  );
}

function groupByWish(proposals: Proposal[]): Map<string, Proposal[]> {
  const map = new Map<string, Proposal[]>();
  for (const p of proposals) map.set(p.wishId, [...(map.get(p.wishId) ?? []), p]);
  return map;
}

function JoinList({ meeting2 }: { meeting2: Meeting2 }) {
  const { send } = useMeeting2();
  const t = useT().plan.meeting2;
  const titleId = useId();
  const byId = new Map(meeting2.proposals.map((p) => [p.id, p]));
  return (
    <div role="group" aria-labelledby={titleId}>
      <SubHeadingTitle id={titleId}>{t.joins}</SubHeadingTitle>
      {meeting2.joins.map((join) => (
        <div key={join.id} className="m2-join">
          <div className="grid-2">
            <TextField
              label={t.joinTheme}
              value={join.theme}
              onCommit={(theme) =>
                send({ type: 'joinChanged', id: join.id, theme, text: join.text })
              }
            />
            <TextField
              label={t.joinText}
              value={join.text}
              validate={(d) => (d.trim() === '' ? t.problems.emptyText : null)}
              onCommit={(text) =>
                send({ type: 'joinChanged', id: join.id, theme: join.theme, text })
              }
            />
          </div>
          <p className="m2-originals-title">{t.joinOriginals}</p>
          <ul>
            {join.proposalIds.map((id) => {
              const p = byId.get(id);
              return p ? (
                <li key={id}>
                  {p.text} <span className="m2-origin">({originLabel(p, t)})</span>
                </li>
              ) : null;
            })}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => send({ type: 'joinUndone', id: join.id })}
          >
            {t.undoJoin}
          </button>
        </div>
      ))}
    </div>
  );
}
