import { useT } from '../../i18n/useT';
import type { RoundCue } from './useRoundCue';

/** The visible half of the chime: "Runden er slut" or "Tiden er gået", in a live region. */
export function CueBanner({ cue, swapRoles }: { cue: RoundCue | null; swapRoles: boolean }) {
  const t = useT().meeting.screen;
  const text =
    cue?.kind === 'step'
      ? t.stepEnded
      : swapRoles
        ? `${t.roundEnded} – ${t.swapRoles}`
        : t.roundEnded;
  return (
    <div aria-live="assertive" className="pj-cue-region">
      {cue ? (
        <p
          className={`pj-cue pj-cue-${cue.kind}`}
          data-testid="round-cue"
          data-sound={cue.sounded ? 'played' : 'silent'}
        >
          {text}
        </p>
      ) : null}
    </div>
  );
}
