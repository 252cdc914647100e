import { useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { QrCode } from '../../components/QrCode';

/** A link to hand on: as text to copy, and as a QR code to scan. */
export function ShareLinkField({ label, hint, url }: { label: string; hint: string; url: string }) {
  const t = useT().share;
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard (plain http): the text is selected for the user to copy instead.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div className="share-link">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
        <div className="share-link-row">
          <input
            id={id}
            readOnly
            value={url}
            aria-describedby={`${id}-hint`}
            onFocus={(e) => e.target.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            {t.copy}
          </button>
          <span role="status" className="field-hint">
            {copied ? t.copied : ''}
          </span>
        </div>
      </div>
      <QrCode text={url} label={t.qr(label)} />
    </div>
  );
}
