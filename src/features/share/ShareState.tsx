import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';

/** How the process is shared right now, for the header beside the save state. */
export function ShareState({ processId }: { processId: string }) {
  const t = useT().share;
  const status = useAppStore((s) => s.shares[processId]);
  if (!status) return null;
  const { connection } = status;
  const text =
    connection === 'online' ? t.connection.online(status.devices) : t.connection[connection];
  return (
    <p className={`share-state share-${connection}`} role="status" data-testid="share-state">
      {text}
      {status.mode === 'read' ? <span className="share-readonly"> · {t.readOnly}</span> : null}
    </p>
  );
}
