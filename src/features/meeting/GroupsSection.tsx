import type { MeetingKey } from '../../domain/agenda/ids';
import type { MeetingRun } from '../../domain/agenda/section';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { isGroupingKind, roomSize, splitForStep } from '../common/meetingGroups';
import { SplitSummary } from './SplitSummary';
import { useStepTexts } from '../common/stepTexts';
import { WishGroupsForm } from './WishGroupsForm';

/** The meeting's groups, worked out from the people in the room by the method's rules. */
export function GroupsSection({ meeting, run }: { meeting: MeetingKey; run: MeetingRun }) {
  const { process } = useCurrentProcess();
  const t = useT();
  const tg = t.meeting.groups;
  const texts = useStepTexts();
  const { people, source } = roomSize(process, run);
  const steps = run.agenda.steps.filter((s) => s.grouping !== null);
  const roomMessage =
    people === null
      ? tg.unknown
      : people <= 0
        ? tg.none
        : people === 1
          ? tg.one
          : people === 2
            ? tg.two
            : null;
  const canSplit = people !== null && people >= 2;

  return (
    <section aria-labelledby="groups-title" className="card groups">
      <h2 id="groups-title">{tg.heading}</h2>
      {steps.length === 0 ? <p>{tg.noGroupsInMeeting}</p> : null}
      {roomMessage ? (
        <p className="message warning" data-testid="groups-room-message">
          {roomMessage}
        </p>
      ) : null}
      {canSplit ? (
        <p className="field-hint">
          {source === 'present' ? tg.basisPresent(people) : tg.basis(people)}
        </p>
      ) : null}
      {steps.map((step) => {
        const heading = (
          <h3>
            {texts(step).title} – {t.agenda.groupings[step.grouping!]}
          </h3>
        );
        if (step.grouping === 'byWish') {
          return (
            <div key={step.id} className="groups-step">
              {heading}
              <WishGroupsForm />
            </div>
          );
        }
        if (!canSplit || !isGroupingKind(step.grouping)) return null;
        const result = splitForStep(process, people, step.grouping);
        return (
          <div key={step.id} className="groups-step">
            {heading}
            {result.ok ? (
              <SplitSummary meeting={meeting} step={step} split={result.split} />
            ) : (
              <p className="message warning">{tg.tooManyPeople}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
