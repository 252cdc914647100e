import { memo, useId } from 'react';
import type { BruttolisteRow } from '../../domain/wishes/bruttoliste';
import type { Wish, WishMerge } from '../../domain/wishes/types';
import { useT } from '../../i18n/useT';
import { EditWish } from './EditWish';
import { sameRow } from '../common/rows';

/** One wish of the bruttoliste as the list shows it, with its state on the page. */
export interface WishEntry {
  row: BruttolisteRow;
  selected: boolean;
  editing: boolean;
  merges: WishMerge[] | undefined;
  /** Only read by a row with merged wishes, to name the merges it can undo. */
  wishById: Map<string, Wish>;
}

/** Whether an entry shows as before: the list skips re-rendering rows (and chunks) that do. */
export const sameEntry = (a: WishEntry, b: WishEntry) =>
  sameRow(a.row, b.row) &&
  a.selected === b.selected &&
  a.editing === b.editing &&
  a.merges === b.merges &&
  (a.row.merged.length === 0 || a.wishById === b.wishById);

interface WishRowProps {
  entry: WishEntry;
  onToggle: (wishId: string, on: boolean) => void;
  onEdit: (wishId: string | null) => void;
  onSave: (wishId: string, text: string, group: number) => boolean;
  onRemove: (wish: Wish) => void;
  onUndoMerge: (mergeId: string) => void;
}

/** One wish in the bruttoliste, memoised: select, edit, remove, and undo its merges. */
export const WishRow = memo(
  function WishRow({
    entry: { row, selected, editing, merges, wishById },
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
      <div role="listitem" className={`wish-row${selected ? ' selected' : ''}`}>
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
      </div>
    );
  },
  (prev, next) =>
    sameEntry(prev.entry, next.entry) &&
    prev.onToggle === next.onToggle &&
    prev.onEdit === next.onEdit &&
    prev.onSave === next.onSave &&
    prev.onRemove === next.onRemove &&
    prev.onUndoMerge === next.onUndoMerge,
);
