import { useId } from 'react';
import type { RowSortKey } from '../../domain/wishes/bruttoliste';
import { useT } from '../../i18n/useT';
import type { RowFilterControls } from './useRowFilter';

const SORT_KEYS: RowSortKey[] = ['list', 'text', 'group', 'marks'];

/** The bruttoliste's filter bar: text, group, sort order, and only the marked wishes. */
export function ListFilter({
  groups,
  text,
  setText,
  group,
  setGroup,
  onlyMarked,
  setOnlyMarked,
  sortKey,
  setSortKey,
  direction,
  setDirection,
}: RowFilterControls) {
  const t = useT().wishes;
  const id = useId();
  return (
    <fieldset className="list-filter">
      <legend>{t.list.filter.heading}</legend>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t.list.filter.text}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t.list.filter.group}</label>
        <select
          id={`${id}-group`}
          value={group}
          onChange={(e) => setGroup(e.target.value === 'all' ? 'all' : Number(e.target.value))}
        >
          <option value="all">{t.list.filter.allGroups}</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {t.groupLabel(g)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>{t.list.filter.sort}</label>
        <select
          id={`${id}-sort`}
          value={sortKey}
          onChange={(e) => setSortKey(e.target.value as RowSortKey)}
        >
          {SORT_KEYS.map((key) => (
            <option key={key} value={key}>
              {t.list.filter.sortKeys[key]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dir`}>{t.list.filter.direction}</label>
        <select
          id={`${id}-dir`}
          value={direction}
          onChange={(e) => setDirection(e.target.value as 'asc' | 'desc')}
        >
          <option value="asc">{t.list.filter.asc}</option>
          <option value="desc">{t.list.filter.desc}</option>
        </select>
      </div>
      <label className="checkbox-label">
        <input
          type="checkbox"
          checked={onlyMarked}
          onChange={(e) => setOnlyMarked(e.target.checked)}
        />{' '}
        {t.list.filter.onlyMarked}
      </label>
    </fieldset>
  );
}
