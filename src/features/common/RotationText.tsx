import type { InterviewRound } from '../../domain/groups/interviewRotation';
import { useT } from '../../i18n/useT';
import type { CurrentRotation } from './rotation';

/** "1 → 2, 3 tager noter": the current interview turn in group numbers. */
export function RotationText({ round }: { round: InterviewRound }) {
  const t = useT().meeting.rotation;
  const notes = round.noteTakers.length > 0 ? t.notes(round.noteTakers) : t.pairNotes;
  return (
    <>
      <span className="rotation-pair">{t.interviews(round.interviewer, round.interviewee)}</span>
      {', '}
      <span className="rotation-notes">{notes}</span>
    </>
  );
}

/**
 * The current turn for every group: one line, or "Grupper på 3: …" and "Grupper på 4: …"
 * when the sizes differ (a size whose rotation is done writes up).
 */
export function RotationLines({ rotation }: { rotation: CurrentRotation }) {
  const t = useT().meeting.rotation;
  if (rotation.kind === 'one') return <RotationText round={rotation.round} />;
  return (
    <ul className="rotation-sizes">
      {rotation.lines.map((line) => (
        <li key={line.size} data-testid={`rotation-size-${line.size}`}>
          <span className="rotation-size">{t.sizeLabel(line.size)}:</span>{' '}
          {line.round ? (
            <RotationText round={line.round} />
          ) : (
            <span className="rotation-notes">{t.done}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
