import type { ApvProcess } from '../../domain/document';
import { createBackup, serializeBackup } from '../../domain/export/backup';
import { downloadFile, fileSlug } from '../../components/download';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';
import { clock } from '../../store/clock';

function saveBackup(processes: ApvProcess[], name: string) {
  const now = clock.now();
  const json = serializeBackup(createBackup(processes, now));
  downloadFile(`${name}-${now.toISOString().slice(0, 10)}.json`, json, 'application/json');
}

export function ExportProcessButton({ process }: { process: ApvProcess }) {
  const t = useT().backup;
  const backupMade = useAppStore((s) => s.backupMade);
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        saveBackup([process], `apv-${fileSlug(process.name)}`);
        backupMade([process.id]);
      }}
    >
      {t.exportOne}
    </button>
  );
}

export function ExportAllButton() {
  const t = useT().backup;
  const processes = useAppStore((s) => s.processes);
  const backupMade = useAppStore((s) => s.backupMade);
  const list = Object.values(processes);
  if (list.length === 0) return <p>{t.nothingToExport}</p>;
  return (
    <button
      type="button"
      className="button primary"
      onClick={() => {
        saveBackup(list, 'apv-dialog-alle');
        backupMade(list.map((p) => p.id));
      }}
    >
      {t.exportAll}
    </button>
  );
}
