import { useT } from '../i18n/useT';

/** Beside a field that found a text typed before and never saved: offers it back. */
export function DraftOffer({
  text,
  onTakeBack,
  onThrowAway,
}: {
  text: string;
  onTakeBack: () => void;
  onThrowAway: () => void;
}) {
  const t = useT().common.draftOffer;
  return (
    <div className="field-draft" role="status">
      <p>{t.notice(text)}</p>
      <div className="field-draft-actions">
        <button type="button" className="button" onClick={onTakeBack}>
          {t.takeBack}
        </button>
        <button type="button" className="button" onClick={onThrowAway}>
          {t.throwAway}
        </button>
      </div>
    </div>
  );
}
