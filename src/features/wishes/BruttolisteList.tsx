import { memo, useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { UndoBar } from '../../components/UndoBar';
import {
  filterRows,
  sortRows,
  type BruttolisteRow,
  type RowSortKey,
} from '../../domain/wishes/bruttoliste';
import type { Wish } from '../../domain/wishes/capture';
import type { WishMerge } from '../../domain/wishes/merge';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useWishesCommand, useWishesViews, type Attempt } from './useWishes';

const SORT_KEYS: RowSortKey[] = ['list', 'text', 'group', 'marks'];

/** The bruttoliste: every listed wish with its groups and marks; merge, edit, remove. */
export function BruttolisteList() {
  const t = useT().wishes;
  const { rows, section } = useWishesViews();
  const command = useWishesCommand();
  const id = useId();
  const [text, setText] = useState('');
  const [group, setGroup] = useState<number | 'all'>('all');
  const [onlyMarked, setOnlyMarked] = useState(false);
  const [sortKey, setSortKey] = useState<RowSortKey>('list');
  const [direction, setDirection] = useState<'asc' | 'desc'>('asc');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [removedWish, setRemovedWish] = useState<Wish | null>(null);

  const groups = useMemo(
    () => [...new Set(rows.flatMap((r) => r.groups))].sort((a, b) => a - b),
    [rows],
  );
  const shown = useMemo(() => {
    let list = filterRows(rows, { text, group: group === 'all' ? undefined : group });
    if (onlyMarked) list = list.filter((r) => r.total > 0);
    return sortKey === 'list' && direction === 'asc' ? list : sortRows(list, sortKey, direction);
  }, [rows, text, group, onlyMarked, sortKey, direction]);
  const mergesByTarget = useMemo(() => {
    const map = new Map<string, WishMerge[]>();
    for (const merge of section.merges) {
      const list = map.get(merge.targetId) ?? [];
      list.push(merge);
      map.set(merge.targetId, list);
    }
    return map;
  }, [section.merges]);
  const wishById = useMemo(() => new Map(section.wishes.map((w) => [w.id, w])), [section.wishes]);

  const chosenRows = useMemo(() => rows.filter((r) => selected.has(r.wish.id)), [rows, selected]);

  const report = useCallback(
    (result: Attempt, success: string) => {
      if (result.ok) {
        setError(null);
        setMessage(success);
      } else {
        setError(t.rejections[result.reason]);
      }
      return result.ok;
    },
    [t],
  );

  const toggle = useCallback((wishId: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(wishId);
      else next.delete(wishId);
      return next;
    });
  }, []);

  const undoMerge = useCallback(
    (mergeId: string) => report(command({ type: 'wishesUnmerged', mergeId }), t.list.merge.undone),
    [command, report, t],
  );

  const remove = useCallback(
    (wish: Wish) => {
      const ok = report(
        command({ type: 'wishRemoved', wishId: wish.id, at: clock.now().toISOString() }),
        t.list.removed(wish.text),
      );
      if (ok) {
        setRemovedWish(wish);
        setSelected((s) => {
          if (!s.has(wish.id)) return s;
          const next = new Set(s);
          next.delete(wish.id);
          return next;
        });
      }
    },
    [command, report, t],
  );

  const save = useCallback(
    (wishId: string, newText: string, newGroup: number) => {
      const ok = report(
        command({ type: 'wishEdited', wishId, text: newText, group: newGroup }),
        '',
      );
      if (ok) setEditing(null);
      return ok;
    },
    [command, report],
  );

  return (
    <section className="card bruttoliste" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.list.title}</h2>
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
      <p className="list-count" aria-live="polite">
        {t.list.filter.showing(shown.length, rows.length)}
      </p>
      <p role="status" className="visually-hidden">
        {message}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <MergePanel
        key={chosenRows.map((r) => r.wish.id).join()}
        chosen={chosenRows}
        onClear={() => setSelected(new Set())}
        onMerge={(targetId, text) => {
          const sourceIds = chosenRows.map((r) => r.wish.id).filter((w) => w !== targetId);
          const ok = report(
            command({
              type: 'wishesMerged',
              mergeId: clock.newId(),
              targetId,
              sourceIds,
              text,
              at: clock.now().toISOString(),
            }),
            t.list.merge.done(sourceIds.length + 1),
          );
          if (ok) setSelected(new Set());
        }}
      />
      {rows.length === 0 ? (
        <p className="empty">{t.list.empty}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t.list.noMatch}</p>
      ) : (
        <ul className="wish-list">
          {shown.map((row) => (
            <WishRow
              key={row.wish.id}
              row={row}
              selected={selected.has(row.wish.id)}
              editing={editing === row.wish.id}
              merges={mergesByTarget.get(row.wish.id)}
              wishById={wishById}
              onToggle={toggle}
              onEdit={setEditing}
              onSave={save}
              onRemove={remove}
              onUndoMerge={undoMerge}
            />
          ))}
        </ul>
      )}
      <UndoBar
        message={removedWish ? t.list.removed(removedWish.text) : null}
        onUndo={() => {
          if (removedWish) {
            report(
              command({ type: 'wishRestored', wishId: removedWish.id }),
              t.list.removedList.restored(removedWish.text),
            );
          }
          setRemovedWish(null);
        }}
        onDismiss={() => setRemovedWish(null)}
      />
    </section>
  );
}

interface MergePanelProps {
  chosen: BruttolisteRow[];
  onClear: () => void;
  onMerge: (targetId: string, text: string) => void;
}

function MergePanel({ chosen, onClear, onMerge }: MergePanelProps) {
  const t = useT().wishes.list.merge;
  const id = useId();
  const [targetId, setTargetId] = useState(chosen[0]?.wish.id ?? '');
  const target = chosen.find((r) => r.wish.id === targetId) ?? chosen[0];
  const [wording, setWording] = useState(target?.wish.text ?? '');
  if (chosen.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target) onMerge(target.wish.id, wording);
  };
  return (
    <form className="merge-panel" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`}>{t.heading}</h3>
      <p>{t.selected(chosen.length)}</p>
      {chosen.length < 2 ? (
        <p className="field-hint">{t.needTwo}</p>
      ) : (
        <>
          <fieldset>
            <legend>{t.keep}</legend>
            {chosen.map((row) => (
              <label key={row.wish.id} className="radio">
                <input
                  type="radio"
                  name={`${id}-keep`}
                  value={row.wish.id}
                  checked={row.wish.id === target?.wish.id}
                  onChange={() => {
                    setTargetId(row.wish.id);
                    setWording(row.wish.text);
                  }}
                />{' '}
                {row.wish.text}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-wording`}>{t.wording}</label>
            <input
              id={`${id}-wording`}
              value={wording}
              onChange={(e) => setWording(e.target.value)}
            />
          </div>
        </>
      )}
      <div className="row-actions">
        {chosen.length >= 2 ? (
          <button type="submit" className="button primary">
            {t.submit}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onClear}>
          {t.clear}
        </button>
      </div>
    </form>
  );
}

interface WishRowProps {
  row: BruttolisteRow;
  selected: boolean;
  editing: boolean;
  merges: WishMerge[] | undefined;
  wishById: Map<string, Wish>;
  onToggle: (wishId: string, on: boolean) => void;
  onEdit: (wishId: string | null) => void;
  onSave: (wishId: string, text: string, group: number) => boolean;
  onRemove: (wish: Wish) => void;
  onUndoMerge: (mergeId: string) => void;
}

const sameRow = (a: BruttolisteRow, b: BruttolisteRow) =>
  a.wish === b.wish &&
  a.total === b.total &&
  a.groups.join() === b.groups.join() &&
  a.merged.length === b.merged.length &&
  a.merged.every((w, i) => w === b.merged[i]);

const WishRow = memo(
  function WishRow({
    row,
    selected,
    editing,
    merges,
    wishById,
    onToggle,
    onEdit,
    onSave,
    onRemove,
    onUndoMerge,
  }: WishRowProps) {
    const t = useT().wishes;
    const { wish } = row;
    const checkId = useId();
    return (
      <li className={`wish-row${selected ? ' selected' : ''}`}>
        <div className="wish-main">
          <input
            id={checkId}
            type="checkbox"
            checked={selected}
            onChange={(e) => onToggle(wish.id, e.target.checked)}
            aria-label={t.list.select(wish.text)}
          />
          {editing ? (
            <EditWish wish={wish} onSave={onSave} onCancel={() => onEdit(null)} />
          ) : (
            <>
              <span className="wish-text">{wish.text}</span>
              <span className="count-groups">{t.groupsLabel(row.groups)}</span>
              <span className="wish-marks">{t.list.marks(row.total)}</span>
              <span className="row-actions">
                <button
                  type="button"
                  className="button"
                  aria-label={t.list.editLabel(wish.text)}
                  onClick={() => onEdit(wish.id)}
                >
                  {t.list.edit}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t.list.removeLabel(wish.text)}
                  onClick={() => onRemove(wish)}
                >
                  {t.list.remove}
                </button>
              </span>
            </>
          )}
        </div>
        {row.merged.length > 0 ? (
          <div className="wish-merged">
            <span>{t.list.mergedWith}:</span>
            <ul>
              {row.merged.map((m) => (
                <li key={m.id}>
                  »{m.text}« <span className="count-groups">({t.groupLabel(m.group)})</span>
                </li>
              ))}
            </ul>
            {merges?.map((merge) => {
              const texts = merge.sourceIds
                .map((sid) => `»${wishById.get(sid)?.text ?? ''}«`)
                .join(', ');
              return (
                <button
                  key={merge.id}
                  type="button"
                  className="button"
                  aria-label={t.list.undoMergeOf(texts)}
                  onClick={() => onUndoMerge(merge.id)}
                >
                  {t.list.undoMerge}
                </button>
              );
            })}
          </div>
        ) : null}
      </li>
    );
  },
  (prev, next) =>
    sameRow(prev.row, next.row) &&
    prev.selected === next.selected &&
    prev.editing === next.editing &&
    prev.merges === next.merges &&
    (prev.row.merged.length === 0 || prev.wishById === next.wishById) &&
    prev.onToggle === next.onToggle &&
    prev.onSave === next.onSave &&
    prev.onRemove === next.onRemove &&
    prev.onUndoMerge === next.onUndoMerge,
);

function EditWish({
  wish,
  onSave,
  onCancel,
}: {
  wish: Wish;
  onSave: (wishId: string, text: string, group: number) => boolean;
  onCancel: () => void;
}) {
  const t = useT().wishes;
  const id = useId();
  const [text, setText] = useState(wish.text);
  const [group, setGroup] = useState(String(wish.group));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const g = /^\d+$/.test(group.trim()) ? Number(group.trim()) : NaN;
    if (!Number.isInteger(g) || g < 1) {
      setError(t.rejections.invalidGroup);
      return;
    }
    if (text.trim() === '') {
      setError(t.rejections.emptyText);
      return;
    }
    onSave(wish.id, text, g);
  };
  return (
    <form
      className="edit-wish"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>{t.list.add.text}</label>
        <input id={`${id}-text`} value={text} autoFocus onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t.list.add.group}</label>
        <input
          id={`${id}-group`}
          inputMode="numeric"
          value={group}
          onChange={(e) => setGroup(e.target.value)}
        />
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <span className="row-actions">
        <button type="submit" className="button primary">
          {t.list.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.list.cancel}
        </button>
      </span>
    </form>
  );
}
