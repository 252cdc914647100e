import type { AgendaStep } from '../../domain/agenda/agenda';
import type { MeetingKey } from '../../domain/agenda/ids';
import type { GroupSplit } from '../../domain/groups/splitIntoGroups';
import { useT } from '../../i18n/useT';
import { useCurrentProcess } from '../common/ProcessContext';
import { InterviewTurnsNotice } from './InterviewTurnsNotice';

/** One step's groups: how many of which size, how to count off, and who is in each. */
export function SplitSummary({
  meeting,
  step,
  split,
}: {
  meeting: MeetingKey;
  step: AgendaStep;
  split: GroupSplit;
}) {
  const { process } = useCurrentProcess();
  const t = useT().meeting.groups;
  const names = new Map(process.people.departments.map((d) => [d.id, d.name]));
  const departmentCounts = (members: GroupSplit['groups'][number]['members']) => {
    const counts = new Map<string | null, number>();
    for (const m of members) counts.set(m.department, (counts.get(m.department) ?? 0) + 1);
    return [...counts]
      .map(([id, n]) => `${id === null ? t.unknownDepartment : (names.get(id) ?? id)} ${n}`)
      .join(', ');
  };
  return (
    <>
      <p className="split-sizes" data-testid={`split-${step.id}`}>
        <strong>{split.sizeCounts.map((c) => t.sizes(c.groups, c.size)).join(', ')}.</strong>{' '}
        {t.countOff(split.groupCount)}
      </p>
      {split.departments.length > 1 ? <p className="field-hint">{t.mixed}</p> : null}
      {step.grouping === 'interview3' ? (
        <InterviewTurnsNotice meeting={meeting} step={step} split={split} />
      ) : null}
      {split.departments.length > 0 ? (
        <ul className="group-list">
          {split.groups.map((g) => (
            <li key={g.number}>
              <strong>{t.groupLabel(g.number)}</strong>: {t.people(g.size)} –{' '}
              {t.members(departmentCounts(g.members))}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
