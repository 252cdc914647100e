import { BackupStatus } from '../features/backup/BackupStatus';
import { ExportAllButton } from '../features/backup/ExportButtons';
import { ImportForm } from '../features/backup/ImportForm';
import { useT } from '../i18n/useT';

export function Component() {
  const t = useT().backup;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <BackupStatus onBackupPage />
      <ExportAllButton />
      <ImportForm />
    </>
  );
}
