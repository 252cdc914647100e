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
  return (
    <button
      type="button"
      className="button"
      onClick={() => saveBackup([process], `apv-${fileSlug(process.name)}`)}
    >
      {t.exportOne}
    </button>
  );
}

export function ExportAllButton() {
  const t = useT().backup;
  const processes = useAppStore((s) => s.processes);
  const list = Object.values(processes);
  if (list.length === 0) return <p>{t.nothingToExport}</p>;
  return (
    <button
      type="button"
      className="button primary"
      onClick={() => saveBackup(list, 'apv-dialog-alle')}
    >
      {t.exportAll}
    </button>
  );
}
