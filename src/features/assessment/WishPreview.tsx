import { useT } from '../../i18n/useT';

/**
 * What follows the pointer while a wish is dragged: a still picture of its row. Drawn in the
 * drag overlay, so the long lists' chunks (which clip what they hold) cannot hide it.
 */
export function WishPreview({ text, total }: { text: string; total: number }) {
  const tw = useT().wishes;
  return (
    <div className="theme-wish drag-preview" aria-hidden="true">
      <span className="drag-handle">⠿</span>
      <span className="theme-wish-text">{text}</span>
      <span className="wish-marks">{tw.ranking.marksCount(total)}</span>
    </div>
  );
}
