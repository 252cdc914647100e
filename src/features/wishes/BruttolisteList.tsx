import { useCallback, useId, useMemo, useState } from 'react';
import { ChunkedList } from '../../components/ChunkedList';
import { UndoBar } from '../../components/UndoBar';
import type { Wish, WishMerge } from '../../domain/wishes/types';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { ListFilter } from './ListFilter';
import { MergePanel } from './MergePanel';
import { useRowFilter } from './useRowFilter';
import { useWishesCommand, useWishesViews, type Attempt } from '../common/useWishes';
import { sameEntry, WishRow, type WishEntry } from './WishRow';
import { FieldError } from '../../components/FieldError';

const entryKey = (entry: WishEntry) => entry.row.wish.id;

/** The bruttoliste: every listed wish with its groups and marks; merge, edit, remove. */
/** `headingLevel` 3 inside the meeting's capture panel, where the list sits below the clock. */
export function BruttolisteList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useT().wishes;
  const refused = useT().refused;
  const { rows, section } = useWishesViews();
  const command = useWishesCommand();
  const id = useId();
  const { shown, controls } = useRowFilter(rows);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [removedWish, setRemovedWish] = useState<Wish | null>(null);

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
        setError(refused[result.reason]);
      }
      return result.ok;
    },
    [refused],
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

  const entries = shown.map((row): WishEntry => ({
    row,
    selected: selected.has(row.wish.id),
    editing: editing === row.wish.id,
    merges: mergesByTarget.get(row.wish.id),
    wishById,
  }));
  const renderEntry = useCallback(
    (entry: WishEntry) => (
      <WishRow
        entry={entry}
        onToggle={toggle}
        onEdit={setEditing}
        onSave={save}
        onRemove={remove}
        onUndoMerge={undoMerge}
      />
    ),
    [toggle, save, remove, undoMerge],
  );

  return (
    <section className="card bruttoliste" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{t.list.title}</Heading>
      <ListFilter {...controls} />
      <p className="list-count" aria-live="polite">
        {t.list.filter.showing(shown.length, rows.length)}
      </p>
      <p role="status" className="visually-hidden">
        {message}
      </p>
      <FieldError message={error} />
      <MergePanel
        key={chosenRows.map((r) => r.wish.id).join()}
        chosen={chosenRows}
        headingLevel={headingLevel === 2 ? 3 : 4}
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
        <ChunkedList
          className="wish-list"
          items={entries}
          keyOf={entryKey}
          same={sameEntry}
          renderItem={renderEntry}
        />
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
