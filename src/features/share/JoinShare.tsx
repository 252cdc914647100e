import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../i18n/useT';
import { paths } from '../../paths';
import type { ShareRefusal } from '../../domain/sync/shareStatus';
import { loadSharing } from './shareUrl';

interface LinkParts {
  mode?: string;
  room?: string;
  token?: string;
  /** The key, as the link's last part. */
  secret?: string;
}

type Joining =
  { kind: 'opening' } | { kind: 'badLink' } | { kind: 'refused'; refusal: ShareRefusal };

/**
 * Opens a shared process from its link, asking for nothing: the process is fetched, kept on
 * this device and shown. The link's parts come from the route (all after `#`).
 */
export function JoinShare({ mode, room, token, secret }: LinkParts) {
  const t = useT().share;
  const navigate = useNavigate();
  const [state, setState] = useState<Joining>({ kind: 'opening' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const opening = loadSharing().then(async (sharing) => {
      const link = sharing.readLink({ mode, room, token, key: secret });
      return link ? sharing.openLink(link) : null;
    });
    void opening.then((opened) => {
      if (!live) return;
      if (opened === null) setState({ kind: 'badLink' });
      // Replace the link in the history: the key should not linger behind the back button.
      else if ('processId' in opened)
        void navigate(paths.process(opened.processId), { replace: true });
      else setState({ kind: 'refused', refusal: opened.status.refusal ?? 'other' });
    });
    return () => {
      live = false;
    };
  }, [mode, room, token, secret, navigate, attempt]);

  return (
    <section className="card join-share" aria-labelledby="join-heading">
      <h1 id="join-heading">{t.join.heading}</h1>
      {state.kind === 'opening' ? (
        <p role="status">{t.join.opening}</p>
      ) : (
        <>
          <p className="message warning" role="alert">
            {state.kind === 'badLink' ? t.join.badLink : t.refusal[state.refusal]}
          </p>
          <p className="row-actions">
            {state.kind === 'refused' ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setState({ kind: 'opening' });
                  setAttempt((n) => n + 1);
                }}
              >
                {t.join.retry}
              </button>
            ) : null}
            <Link to={paths.home()}>{t.join.home}</Link>
          </p>
        </>
      )}
    </section>
  );
}
