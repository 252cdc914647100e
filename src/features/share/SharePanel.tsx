import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FieldError } from '../../components/FieldError';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/store';
import { useCurrentProcess } from '../common/ProcessContext';
import { PeopleHere } from './PeopleHere';
import { PresenceName } from './PresenceName';
import { ShareLinkField } from './ShareLinkField';
import { loadSharing, shareUrl } from './shareUrl';
import './share.css';

/** »Del processen« on the dashboard: share, hand on the two links, revoke them. */
export function SharePanel() {
  const t = useT().share;
  const { process } = useCurrentProcess();
  const status = useAppStore((s) => s.shares[process.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const run = async (action: (m: Awaited<ReturnType<typeof loadSharing>>) => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action(await loadSharing());
      return true;
    } catch {
      setError(t.startFailed);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card share-panel" aria-labelledby="share-heading">
      <h2 id="share-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <p className="field-hint">{t.privacy}</p>
      {status ? (
        <>
          {status.refusal ? <p className="message warning">{t.refusal[status.refusal]}</p> : null}
          {status.setAside > 0 ? (
            <p className="message warning">{t.setAside(status.setAside)}</p>
          ) : null}
          {status.links.edit ? (
            <ShareLinkField
              label={t.editLink}
              hint={t.editLinkHint}
              url={shareUrl(status.links.edit)}
            />
          ) : null}
          {status.links.read ? (
            <ShareLinkField
              label={t.readLink}
              hint={t.readLinkHint}
              url={shareUrl(status.links.read)}
            />
          ) : null}
          <PresenceName />
          <PeopleHere people={status.people} />
          {status.mode === 'edit' ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              {t.revoke}
            </button>
          ) : null}
          <p role="status">{notice}</p>
        </>
      ) : (
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void run((m) => m.shareProcess(process.id))}
        >
          {busy ? t.starting : t.start}
        </button>
      )}
      <FieldError message={error} />
      <ConfirmDialog
        open={confirming}
        title={t.revoke}
        onCancel={() => setConfirming(false)}
        actions={[
          {
            label: t.revoke,
            tone: 'danger',
            onClick: () => {
              setConfirming(false);
              void run((m) => m.revokeLinks(process.id)).then((ok) =>
                setNotice(ok ? t.revoked : null),
              );
            },
          },
          { label: useT().common.actions.cancel, onClick: () => setConfirming(false) },
        ]}
      >
        <p>{t.revokeConfirm}</p>
      </ConfirmDialog>
    </section>
  );
}
