import { memo, useId } from 'react';
import type { BruttolisteRow } from '../../domain/wishes/bruttoliste';
import type { Wish } from '../../domain/wishes/capture';
import type { WishMerge } from '../../domain/wishes/merge';
import { useT } from '../../i18n/useT';
import { EditWish } from './EditWish';

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

/** Whether two derived rows (new objects after every change) show the same wish alike. */
export const sameRow = (a: BruttolisteRow, b: BruttolisteRow) =>
  a.wish === b.wish &&
  a.total === b.total &&
  a.groups.join() === b.groups.join() &&
  a.merged.length === b.merged.length &&
  a.merged.every((w, i) => w === b.merged[i]);

/** One wish in the bruttoliste, memoised: select, edit, remove, and undo its merges. */
export const WishRow = memo(
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
