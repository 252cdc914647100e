import { useId } from 'react';
import { useT } from '../../i18n/useT';
import type { WishOptionGroup } from '../common/wishOptions';

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
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.noWish}</option>
        {groups.map((g) => (
          <optgroup key={g.theme ?? ''} label={g.theme ?? t.unthemed}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>
                {t.wishOption(o.text, o.marks, o.groups)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
