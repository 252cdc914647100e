import type { AgendaStep } from '../../domain/agenda/agenda';
import { MAX_STEP_MINUTES } from '../../domain/agenda/agenda';
import { interviewTurns, MIN_INTERVIEW_TURNS } from '../../domain/agenda/customise';
import type { MeetingKey } from '../../domain/agenda/ids';
import { INTERVIEW_TURN_MINUTES, PLANNED_INTERVIEW_TURNS } from '../../domain/agenda/templates';
import { extraInterviewMinutes, roundsForSplit } from '../../domain/groups/interviewRotation';
import type { GroupSplit } from '../../domain/groups/splitIntoGroups';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';

/**
 * When interview groups are not all of 3, the rotation needs another number of turns (one
 * per member of the largest group): say what it costs and offer to set the step's turns.
 */
export function InterviewTurnsNotice({
  meeting,
  step,
  split,
}: {
  meeting: MeetingKey;
  step: AgendaStep;
  split: GroupSplit;
}) {
  const { record } = useCurrentProcess();
  const t = useT().meeting.groups;
  const needed = roundsForSplit(split).length;
  const current = interviewTurns(step);
  if (needed < MIN_INTERVIEW_TURNS || current === 0) return null;
  const allOfThree = split.sizes.every((size) => size === PLANNED_INTERVIEW_TURNS);
  if (allOfThree && current === needed) return null;
  const newMinutes = step.minutes + (needed - current) * INTERVIEW_TURN_MINUTES;
  const fits = newMinutes <= MAX_STEP_MINUTES;
  return (
    <div className="message info" data-testid="rotation-notice">
      {needed > PLANNED_INTERVIEW_TURNS ? (
        <p>{t.rotationNotice(needed, extraInterviewMinutes(needed))}</p>
      ) : needed < PLANNED_INTERVIEW_TURNS ? (
        <p>{t.rotationShorter(needed)}</p>
      ) : null}
      {current === needed ? (
        <p>{t.turnsMatch(needed)}</p>
      ) : fits ? (
        <button
          type="button"
          className="button"
          onClick={() =>
            record({ type: 'interviewTurnsSet', meeting, stepId: step.id, turns: needed })
          }
        >
          {t.setTurns(needed)}
        </button>
      ) : (
        <p>{t.turnsFailed}</p>
      )}
    </div>
  );
}
