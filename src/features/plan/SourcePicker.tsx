import { useId, useMemo, useState } from 'react';
import type { Initiative } from '../../domain/plan/handleplan';
import type { Proposal } from '../../domain/plan/meeting2';
import { useT } from '../../i18n/useT';
import {
  byTheme,
  flatOptions,
  matchesSearch as matches,
  pickShown as pick,
  searchQuery,
  wishOptionGroups,
  wishTextById,
} from '../common/wishOptions';
import { useCurrentProcess } from '../common/ProcessContext';

const toggle = (ids: string[], id: string, on: boolean) =>
  on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id);

/**
 * The wishes (with marks and groups) and meeting-2 proposals an initiative builds on. The lists
 * are built only while the picker is open, and show the chosen ones, then at most
 * `SHOWN_CHOICES` that match the search, so a plan of many initiatives on a long gross list
 * stays light.
 */
export function SourcePicker({ initiative }: { initiative: Initiative }) {
  const t = useT().plan.sources;
  const [open, setOpen] = useState(false);
  return (
    <details
      className="source-picker"
      data-focus={`${initiative.id}:source`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {t.pick} ({initiative.sourceWishIds.length + initiative.sourceProposalIds.length})
      </summary>
      {open ? <SourceChoices initiative={initiative} /> : null}
    </details>
  );
}

function SourceChoices({ initiative }: { initiative: Initiative }) {
  const { process, record } = useCurrentProcess();
  const t = useT().plan.sources;
  const m2 = useT().plan.meeting2;
  const hintId = useId();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const query = searchQuery(search);
  const allGroups = useMemo(() => wishOptionGroups(process.wishes), [process.wishes]);
  const texts = useMemo(() => wishTextById(process.wishes), [process.wishes]);
  const { proposals, joins } = process.meeting2;
  const chosenWishes = new Set(initiative.sourceWishIds);
  const chosenProposals = new Set(initiative.sourceProposalIds);

  const wishes = pick(
    flatOptions(allGroups),
    (o) => chosenWishes.has(o.id),
    (o) => matches(query, o.text),
  );
  const proposalLabel = (p: Proposal) =>
    `${p.text} (${
      p.origin.step === 'groupOfFour'
        ? m2.origin.group(p.origin.group)
        : m2.headingShort[p.origin.heading]
    })`;
  const shownJoins = pick(
    joins,
    (j) => chosenProposals.has(j.id),
    (j) => matches(query, `${j.theme} ${j.text}`),
  );
  const shownProposals = pick(
    proposals,
    (p) => chosenProposals.has(p.id),
    (p) => matches(query, `${p.text} ${texts.get(p.wishId) ?? ''}`),
  );
  const change = (changes: Partial<Pick<Initiative, 'sourceWishIds' | 'sourceProposalIds'>>) =>
    record({ type: 'initiativeChanged', id: initiative.id, changes });
  const checkbox = (
    key: string,
    label: string,
    checked: boolean,
    onChange: (on: boolean) => void,
  ) => (
    <li key={key}>
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
      </label>
    </li>
  );
  const byWish = new Map<string, Proposal[]>();
  for (const p of shownProposals.items) byWish.set(p.wishId, [...(byWish.get(p.wishId) ?? []), p]);

  return (
    <>
      <p className="field-hint" id={hintId}>
        {t.pickHint}
      </p>
      <div className="field">
        <label htmlFor={searchId}>{t.search}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <fieldset aria-describedby={hintId}>
        <legend>{t.wishesLegend}</legend>
        {allGroups.length === 0 ? <p className="empty">{t.noWishes}</p> : null}
        {byTheme(wishes.items).map((g) => (
          <div key={g.theme ?? ''}>
            <p className="source-theme">{g.theme ?? t.unthemed}</p>
            <ul className="plain-list">
              {g.options.map((o) =>
                checkbox(
                  o.id,
                  t.wishOption(o.text, o.marks, o.groups),
                  chosenWishes.has(o.id),
                  (on) => change({ sourceWishIds: toggle(initiative.sourceWishIds, o.id, on) }),
                ),
              )}
            </ul>
          </div>
        ))}
        <Shown count={wishes.items.length} of={wishes.matching} />
      </fieldset>
      <fieldset>
        <legend>{t.proposalsLegend}</legend>
        {proposals.length === 0 ? <p className="empty">{t.noProposals}</p> : null}
        {shownJoins.items.length > 0 ? (
          <ul className="plain-list">
            {shownJoins.items.map((j) =>
              checkbox(j.id, t.joinOption(j.theme, j.text), chosenProposals.has(j.id), (on) =>
                change({ sourceProposalIds: toggle(initiative.sourceProposalIds, j.id, on) }),
              ),
            )}
          </ul>
        ) : null}
        {[...byWish].map(([wishId, list]) => (
          <div key={wishId}>
            <p className="source-theme">{texts.get(wishId) ?? ''}</p>
            <ul className="plain-list">
              {list.map((p) =>
                checkbox(p.id, proposalLabel(p), chosenProposals.has(p.id), (on) =>
                  change({ sourceProposalIds: toggle(initiative.sourceProposalIds, p.id, on) }),
                ),
              )}
            </ul>
          </div>
        ))}
        <Shown
          count={shownJoins.items.length + shownProposals.items.length}
          of={shownJoins.matching + shownProposals.matching}
        />
      </fieldset>
    </>
  );
}

/** "Showing 40 of 1,200": only when some that match are not shown. */
function Shown({ count, of }: { count: number; of: number }) {
  const t = useT().plan.sources;
  return count < of ? (
    <p className="field-hint" role="status">
      {t.shown(count, of)}
    </p>
  ) : null;
}
