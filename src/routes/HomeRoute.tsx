import { lazy, Suspense } from 'react';
import { CreateProcessForm } from '../features/home/CreateProcessForm';
import { ProcessList } from '../features/home/ProcessList';
import { useNow } from '../components/useNow';
import { clock } from '../store/clock';
import { useT } from '../i18n/useT';
import { ensureLanguage } from '../i18n/packs';
import { useAppStore } from '../store/store';

// The backup status reads the backup page's texts: it loads after the page, with them.
const BackupStatus = lazy(async () => {
  const [module] = await Promise.all([
    import('../features/backup/BackupStatus'),
    ensureLanguage(useAppStore.getState().language),
  ]);
  return { default: module.BackupStatus };
});

export function Component() {
  const t = useT().home;
  const now = useNow(clock);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <CreateProcessForm />
      <ProcessList now={now} />
      <Suspense fallback={null}>
        <BackupStatus />
      </Suspense>
    </>
  );
}
