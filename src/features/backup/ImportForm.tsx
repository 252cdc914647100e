import { useState } from 'react';
import type { ApvProcess } from '../../domain/document';
import { parseBackup } from '../../domain/export/backup';
import { LIMITS } from '../../domain/limits';
import { resolveImport, type ConflictChoice } from '../../domain/process/copy';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { useAppStore } from '../../store/store';
import { describeBackupError } from './describeBackupError';

type Outcome = { tone: 'error' | 'success'; text: string } | null;

/** Reads a backup file, checks all of it, and only then puts its processes in place. */
export function ImportForm() {
  const t = useT().backup;
  const processesPut = useAppStore((s) => s.processesPut);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, setPending] = useState<{
    processes: ApvProcess[];
    conflicts: ApvProcess[];
    migrated: number;
  } | null>(null);

  const finish = (processes: ApvProcess[], choice: ConflictChoice, migrated: number) => {
    const existing = new Set(Object.keys(useAppStore.getState().processes));
    processesPut(resolveImport(processes, existing, choice, clock.newId, t.copySuffix));
    setOutcome({
      tone: 'success',
      text: t.imported(processes.length) + (migrated ? t.migrated(migrated) : ''),
    });
    setPending(null);
  };

  const onFile = async (file: File) => {
    setOutcome(null);
    // Check the size before reading: a huge file is refused without loading it.
    if (file.size > LIMITS.importBytes) {
      const result = parseBackup('', file.size);
      if (!result.ok)
        setOutcome({
          tone: 'error',
          text: `${describeBackupError(result.error, t)} ${t.errors.nothingChanged}`,
        });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ tone: 'error', text: `${t.errors.readFailed} ${t.errors.nothingChanged}` });
      return;
    }
    const result = parseBackup(text, file.size);
    if (!result.ok) {
      setOutcome({
        tone: 'error',
        text: `${describeBackupError(result.error, t)} ${t.errors.nothingChanged}`,
      });
      return;
    }
    const existing = useAppStore.getState().processes;
    const conflicts = result.processes.filter((p) => p.id in existing);
    if (conflicts.length > 0)
      setPending({ processes: result.processes, conflicts, migrated: result.migrated });
    else finish(result.processes, 'replace', result.migrated);
  };

  return (
    <section aria-labelledby="import-title" className="card">
      <h2 id="import-title">{t.importHeading}</h2>
      <div className="field">
        <label htmlFor="import-file">{t.importLabel}</label>
        <p className="field-hint" id="import-hint">
          {t.importHint}
        </p>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {outcome ? (
          <p className={outcome.tone === 'error' ? 'message error' : 'message success'}>
            {outcome.text}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={t.conflictTitle}
        onCancel={() => setPending(null)}
        actions={[
          {
            label: t.keepBoth,
            tone: 'primary',
            onClick: () => pending && finish(pending.processes, 'keepBoth', pending.migrated),
          },
          {
            label: t.replace,
            tone: 'danger',
            onClick: () => pending && finish(pending.processes, 'replace', pending.migrated),
          },
          { label: useT().common.actions.cancel, onClick: () => setPending(null) },
        ]}
      >
        {pending?.conflicts.map((p) => (
          <p key={p.id}>{t.conflictBody(p.name)}</p>
        ))}
      </ConfirmDialog>
    </section>
  );
}
