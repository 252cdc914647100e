import { useT } from '../i18n/useT';
import type { LostToElsewhere } from './useCommittedDraft';

/** Beside a field whose committed value another window's edit replaced: says so, offers it back. */
export function ChangedElsewhereNotice({
  lost,
  onRestore,
  onDismiss,
}: {
  lost: LostToElsewhere;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  const t = useT().common.changedElsewhere;
  return (
    <div className="field-elsewhere" role="status">
      <p>{t.notice(lost.theirs)}</p>
      <div className="field-elsewhere-actions">
        <button type="button" className="button" onClick={onRestore}>
          {t.restore(lost.mine)}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}
