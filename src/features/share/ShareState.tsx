import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';
import { loadSharing } from './shareUrl';

/** The label of the field that has focus, for the others to see what is being edited. */
function focusedLabel(): string | null {
  const element = document.activeElement;
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return null;
  if (element.readOnly) return null;
  return element.labels?.[0]?.textContent?.trim() || null;
}

/** How the process is shared right now, for the header beside the save state. */
export function ShareState({ processId }: { processId: string }) {
  const t = useT().share;
  const status = useAppStore((s) => s.shares[processId]);
  const shared = status !== undefined;

  useEffect(() => {
    if (!shared) return;
    const tell = () => void loadSharing().then((m) => m.editingChanged(processId, focusedLabel()));
    document.addEventListener('focusin', tell);
    document.addEventListener('focusout', tell);
    return () => {
      document.removeEventListener('focusin', tell);
      document.removeEventListener('focusout', tell);
    };
  }, [processId, shared]);

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
