import type { MeetingRun } from '../../domain/agenda/section';
import { currentStep } from '../../domain/agenda/timer';
import { useT } from '../../i18n/useT';
import { PagedBoard, type PagedChapter } from '../common/PagedBoard';
import { groupingStep, isGroupingKind, roomSize, splitForStep } from '../common/meetingGroups';
import { useStepTexts } from '../common/stepTexts';
import { useCurrentProcess } from '../common/ProcessContext';
import { ProjectorInterestGroups } from './ProjectorInterestGroups';

/**
 * The groups on the wall: how to count off, and how many are in each group; in a step that
 * groups by wish, the groups the room's choices made.
 */
export function ProjectorGroups({ run }: { run: MeetingRun }) {
  const { process } = useCurrentProcess();
  const t = useT();
  const tg = t.meeting.groups;
  const texts = useStepTexts();
  const current = currentStep(run.timer, run.agenda)?.step ?? null;
  const grouping = groupingStep(run.agenda, current?.id ?? null);
  if (grouping?.kind === 'byWish')
    return <ProjectorInterestGroups title={texts(grouping.step).title} />;
  const { people } = roomSize(process, run);
  const problem =
    grouping === null
      ? tg.noGroupsInMeeting
      : people === null
        ? tg.unknown
        : people <= 0
          ? tg.none
          : people === 1
            ? tg.one
            : null;
  const result =
    grouping && !problem && people !== null && isGroupingKind(grouping.kind)
      ? splitForStep(process, people, grouping.kind)
      : null;

  const header = (
    <>
      <h1>{grouping ? texts(grouping.step).title : t.meeting.screen.groupsHeading}</h1>
      {grouping ? <p className="pj-round">{t.agenda.groupings[grouping.kind]}</p> : null}
      {problem ? <p className="pj-waiting-line">{problem}</p> : null}
      {result && !result.ok ? <p className="pj-waiting-line">{tg.tooManyPeople}</p> : null}
      {result?.ok ? (
        <>
          <p className="pj-count-off" data-testid="projector-count-off">
            {tg.countOff(result.split.groupCount)}
          </p>
          <p className="pj-round">
            {result.split.sizeCounts.map((c) => tg.sizes(c.groups, c.size)).join(' · ')}
          </p>
        </>
      ) : null}
    </>
  );
  // Many groups page rather than shrink: one tile per group, in columns.
  const chapters: PagedChapter[] = result?.ok
    ? [
        {
          key: 'groups',
          title: null,
          groups: [
            {
              key: 'tiles',
              heading: null,
              className: 'pj-group-tiles',
              items: result.split.groups.map((g) => ({
                key: String(g.number),
                node: (
                  <span className="pj-group-tile">
                    <span className="pj-group-number">{g.number}</span>
                    <span>{tg.people(g.size)}</span>
                  </span>
                ),
              })),
            },
          ],
        },
      ]
    : [];
  return (
    <div className="pj-groups">
      <PagedBoard
        header={header}
        chapters={chapters}
        contentKey={JSON.stringify(result?.ok ? result.split.groups : null)}
        minColumnEm={9}
        testId="projector-groups"
      />
    </div>
  );
}
