import { useId } from 'react';
import type { Initiative } from '../../domain/plan/handleplan';
import { useT } from '../../i18n/useT';
import { wishOptionGroups, wishTextById } from '../common/wishOptions';
import { useCurrentProcess } from '../common/ProcessContext';

const toggle = (ids: string[], id: string, on: boolean) =>
  on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id);

/** Checkbox lists of the process's own wishes (with marks and groups) and meeting-2 proposals. */
export function SourcePicker({ initiative }: { initiative: Initiative }) {
  const { process, record } = useCurrentProcess();
  const t = useT().plan.sources;
  const m2 = useT().plan.meeting2;
  const hintId = useId();
  const groups = wishOptionGroups(process.wishes);
  const texts = wishTextById(process.wishes);
  const { proposals, joins } = process.meeting2;
  const byWish = new Map<string, typeof proposals>();
  for (const p of proposals) byWish.set(p.wishId, [...(byWish.get(p.wishId) ?? []), p]);
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
  return (
    <details className="source-picker" data-focus={`${initiative.id}:source`}>
      <summary>
        {t.pick} ({initiative.sourceWishIds.length + initiative.sourceProposalIds.length})
      </summary>
      <p className="field-hint" id={hintId}>
        {t.pickHint}
      </p>
      <fieldset aria-describedby={hintId}>
        <legend>{t.wishesLegend}</legend>
        {groups.length === 0 ? <p className="empty">{t.noWishes}</p> : null}
        {groups.map((g) => (
          <div key={g.theme ?? ''}>
            <p className="source-theme">{g.theme ?? t.unthemed}</p>
            <ul className="plain-list">
              {g.options.map((o) =>
                checkbox(
                  o.id,
                  t.wishOption(o.text, o.marks, o.groups),
                  initiative.sourceWishIds.includes(o.id),
                  (on) => change({ sourceWishIds: toggle(initiative.sourceWishIds, o.id, on) }),
                ),
              )}
            </ul>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.proposalsLegend}</legend>
        {proposals.length === 0 ? <p className="empty">{t.noProposals}</p> : null}
        {joins.length > 0 ? (
          <ul className="plain-list">
            {joins.map((j) =>
              checkbox(
                j.id,
                t.joinOption(j.theme, j.text),
                initiative.sourceProposalIds.includes(j.id),
                (on) =>
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
                checkbox(
                  p.id,
                  `${p.text} (${
                    p.origin.step === 'groupOfFour'
                      ? m2.origin.group(p.origin.group)
                      : m2.headingShort[p.origin.heading]
                  })`,
                  initiative.sourceProposalIds.includes(p.id),
                  (on) =>
                    change({ sourceProposalIds: toggle(initiative.sourceProposalIds, p.id, on) }),
                ),
              )}
            </ul>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
