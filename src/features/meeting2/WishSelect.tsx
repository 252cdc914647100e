import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import {
  byTheme,
  flatOptions,
  matchesSearch,
  pickShown,
  searchQuery,
  SHOWN_CHOICES,
  type WishOptionGroup,
} from '../common/wishOptions';

/**
 * A choice of one wish from the themed list. On a long list the choice holds the chosen wish and
 * at most `SHOWN_CHOICES` others, with a search to find the rest, so a page of several such
 * choices stays light.
 */
export function WishSelect({
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
  const searchId = useId();
  const [search, setSearch] = useState('');
  const all = flatOptions(groups);
  const long = all.length > SHOWN_CHOICES;
  const query = searchQuery(search);
  const shown = long
    ? pickShown(
        all,
        (o) => o.id === value,
        (o) => matchesSearch(query, o.text),
      )
    : { items: all, matching: all.length };
  return (
    <div className="field">
      {long ? (
        <>
          <label htmlFor={searchId}>{t.searchWish(label)}</label>
          <input
            id={searchId}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </>
      ) : null}
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.noWish}</option>
        {byTheme(shown.items).map((g) => (
          <optgroup key={g.theme ?? ''} label={g.theme ?? t.unthemed}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>
                {t.wishOption(o.text, o.marks, o.groups)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {shown.items.length < shown.matching ? (
        <p className="field-hint">{t.shownWishes(shown.items.length, shown.matching)}</p>
      ) : null}
    </div>
  );
}
