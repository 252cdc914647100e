import { useT } from '../../i18n/useT';
import { useFormatDate } from '../../i18n/useFormatDate';
import { clock } from '../../store/clock';
import { CaptureBoard } from './CaptureBoard';
import { useCurrentProcess } from '../common/ProcessContext';
import { useState } from 'react';
import { FieldError } from '../../components/FieldError';

/** Wishes and dreams: one list per brainstorm group's flip-over, typed in line by line. */
export function WishesCapture({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { process, commit } = useCurrentProcess();
  const t = useT().capture;
  const wishes = process.wishes.wishes;
  const shown = wishes
    .filter((w) => w.removedAt === null)
    .map((w) => ({ ...w, ...(w.mergedInto !== null ? { tag: t.wishes.merged } : {}) }));
  const removed = wishes.filter((w) => w.removedAt !== null);
  return (
    <CaptureBoard
      headingLevel={headingLevel}
      testId="wishes-capture"
      draftField="wishes:new"
      texts={t.wishes}
      groupKind="brainstorm6"
      people={process.people}
      lines={shown}
      add={(text, group) =>
        commit({
          type: 'wishAdded',
          wishId: clock.newId(),
          text,
          group,
          at: clock.now().toISOString(),
        })
      }
      edit={(line, text, group) => commit({ type: 'wishEdited', wishId: line.id, text, group })}
      remove={(line) => {
        const reason = commit({
          type: 'wishRemoved',
          wishId: line.id,
          at: clock.now().toISOString(),
        });
        if (reason) return { reason };
        return { undo: () => void commit({ type: 'wishRestored', wishId: line.id }) };
      }}
      footer={
        removed.length > 0 ? (
          <RemovedWishes
            wishes={removed}
            restore={(id) => commit({ type: 'wishRestored', wishId: id })}
          />
        ) : null
      }
    />
  );
}

/** Wishes struck from the list stay traceable and can be put back. */
function RemovedWishes({
  wishes,
  restore,
}: {
  wishes: { id: string; text: string; group: number; removedAt: string | null }[];
  restore: (id: string) => string | null;
}) {
  const t = useT().capture;
  const formatDate = useFormatDate();
  const [error, setError] = useState<string | null>(null);
  return (
    <details className="capture-removed">
      <summary>{t.wishes.removedList(wishes.length)}</summary>
      <ul className="plain-list">
        {wishes.map((wish) => (
          <li key={wish.id} className="capture-item">
            <span className="capture-text">{wish.text}</span>
            <span className="capture-meta">
              {t.groups.group(wish.group)}
              {wish.removedAt
                ? ` · ${t.item.removedAt(formatDate(new Date(wish.removedAt), 'HH:mm'))}`
                : null}
            </span>
            <span className="capture-actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  const reason = restore(wish.id);
                  setError(reason ? reason : null);
                }}
              >
                {t.wishes.restore(wish.text)}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <FieldError message={error} />
    </details>
  );
}
