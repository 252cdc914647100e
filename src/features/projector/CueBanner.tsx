import { useT } from '../../i18n/useT';
import type { CurrentRotation } from '../common/rotation';
import type { RoundCue } from './useRoundCue';

type ScreenTexts = ReturnType<typeof useT>['meeting']['screen'];

/**
 * What the room does as an interview turn begins: everyone swaps roles; where group sizes
 * differ, only the sizes with a round in this turn swap and the others write up.
 */
function turnText(t: ScreenTexts, rotation: CurrentRotation | null): string | null {
  if (!rotation) return null;
  if (rotation.kind === 'one') return t.swapRoles;
  const swapping = rotation.lines.filter((l) => l.round !== null).map((l) => l.size);
  const done = rotation.lines.filter((l) => l.round === null).map((l) => l.size);
  if (swapping.length === 0) return t.writeUp;
  if (done.length === 0) return t.swapRoles;
  return `${t.swapRolesFor(swapping)} · ${t.writeUpFor(done)}`;
}

/**
 * The visible half of the chime: "Runden er slut" or "Tiden er gået", in a live region; in
 * an interview, what each group size does in the turn that begins.
 */
export function CueBanner({
  cue,
  rotation,
}: {
  cue: RoundCue | null;
  /** The interview turn now running, per group size (null outside the interviews). */
  rotation: CurrentRotation | null;
}) {
  const t = useT().meeting.screen;
  const turn = turnText(t, rotation);
  const text =
    cue?.kind === 'step' ? t.stepEnded : turn ? `${t.roundEnded} – ${turn}` : t.roundEnded;
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
