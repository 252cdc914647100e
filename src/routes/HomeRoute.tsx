import { CreateProcessForm } from '../features/home/CreateProcessForm';
import { ProcessList } from '../features/home/ProcessList';
import { useNow } from '../components/useNow';
import { clock } from '../store/clock';
import { useT } from '../i18n/useT';

export function Component() {
  const t = useT().home;
  const now = useNow(clock);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <CreateProcessForm />
      <ProcessList now={now} />
    </>
  );
}
