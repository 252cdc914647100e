import { useState } from 'react';
import type { ApvProcess } from '../../domain/document';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { UndoBar } from '../../components/UndoBar';
import { ProcessRow } from './ProcessRow';

/** All processes on this computer, newest change first; delete asks first and can be undone. */
export function ProcessList({ now }: { now: Date }) {
  const t = useT();
  const processes = useAppStore((s) => s.processes);
  const processDeleted = useAppStore((s) => s.processDeleted);
  const processesPut = useAppStore((s) => s.processesPut);
  const [toDelete, setToDelete] = useState<ApvProcess | null>(null);
  const [deleted, setDeleted] = useState<ApvProcess | null>(null);
  const list = Object.values(processes).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <>
      {list.length === 0 ? (
        <p className="empty">{t.home.empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t.home.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.home.columns.name}</th>
                <th scope="col">{t.home.columns.phase}</th>
                <th scope="col">{t.home.columns.nextMeeting}</th>
                <th scope="col">{t.home.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((process) => (
                <ProcessRow key={process.id} process={process} now={now} onDelete={setToDelete} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t.home.deleteTitle}
        onCancel={() => setToDelete(null)}
        actions={[
          { label: t.common.actions.cancel, onClick: () => setToDelete(null) },
          {
            label: t.common.actions.delete,
            tone: 'danger',
            onClick: () => {
              if (toDelete) setDeleted(processDeleted(toDelete.id) ?? null);
              setToDelete(null);
            },
          },
        ]}
      >
        <p>{toDelete ? t.home.confirmDelete(toDelete.name) : ''}</p>
      </ConfirmDialog>
      <UndoBar
        message={deleted ? t.home.deleted(deleted.name) : null}
        onUndo={() => {
          if (deleted) processesPut([deleted]);
          setDeleted(null);
        }}
        onDismiss={() => setDeleted(null)}
      />
    </>
  );
}
