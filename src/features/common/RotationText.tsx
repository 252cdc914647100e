import type { InterviewRound } from '../../domain/groups/interviewRotation';
import { useT } from '../../i18n/useT';

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
