import type { AgendaStep } from '../../domain/agenda/agenda';
import { MAX_STEP_MINUTES } from '../../domain/agenda/agenda';
import { interviewTurns, MIN_INTERVIEW_TURNS } from '../../domain/agenda/customise';
import type { MeetingKey } from '../../domain/agenda/ids';
import { INTERVIEW_TURN_MINUTES, PLANNED_INTERVIEW_TURNS } from '../../domain/agenda/templates';
import {
  extraInterviewMinutes,
  interviewRounds,
  roundsForSplit,
} from '../../domain/groups/interviewRotation';
import type { GroupSplit } from '../../domain/groups/splitIntoGroups';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { RotationText } from '../common/RotationText';

/**
 * When interview groups are not all of 3, the largest group needs another number of turns
 * (one per member): say what it costs, show each group size's own rotation, and offer to set
 * the step's turns.
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
  const t = useT().meeting;
  const tg = t.groups;
  const needed = roundsForSplit(split).length;
  const current = interviewTurns(step);
  if (needed < MIN_INTERVIEW_TURNS || current === 0) return null;
  const allOfThree = split.sizes.every((size) => size === PLANNED_INTERVIEW_TURNS);
  if (allOfThree && current === needed) return null;
  const newMinutes = step.minutes + (needed - current) * INTERVIEW_TURN_MINUTES;
  const fits = newMinutes <= MAX_STEP_MINUTES;
  const sizes = [...split.sizeCounts]
    .filter(({ size }) => size >= MIN_INTERVIEW_TURNS)
    .sort((a, b) => a.size - b.size);
  return (
    <div className="message info" data-testid="rotation-notice">
      {needed > PLANNED_INTERVIEW_TURNS ? (
        <p>{tg.rotationNotice(needed, extraInterviewMinutes(needed))}</p>
      ) : needed < PLANNED_INTERVIEW_TURNS ? (
        <p>{tg.rotationShorter(needed)}</p>
      ) : null}
      {sizes.length > 1 ? (
        <>
          <p>
            <strong>{tg.rotationHeading}</strong>
          </p>
          <ul className="rotation-plan">
            {sizes.map(({ size }) => (
              <li key={size} data-testid={`rotation-plan-${size}`}>
                <strong>{t.rotation.sizeLabel(size)}</strong> ({t.rotation.rounds(size)}):{' '}
                {interviewRounds(size).map((round, i) => (
                  <span key={round.round}>
                    {i > 0 ? ' · ' : null}
                    <RotationText round={round} />
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {current < needed ? <p>{tg.unreached(needed, current)}</p> : null}
      {current === needed ? (
        <p>{tg.turnsMatch(needed)}</p>
      ) : fits ? (
        <button
          type="button"
          className="button"
          onClick={() =>
            record({ type: 'interviewTurnsSet', meeting, stepId: step.id, turns: needed })
          }
        >
          {tg.setTurns(needed)}
        </button>
      ) : (
        <p>{tg.turnsFailed}</p>
      )}
    </div>
  );
}
