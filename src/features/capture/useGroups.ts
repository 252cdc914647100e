import { useState } from 'react';
import type { People } from '../../domain/preparation/people';
import { splitIntoGroups } from '../../domain/groups/splitIntoGroups';

type Kind = 'interview3' | 'brainstorm6';

/** How many groups the method gives for the known participants, or null when unknown. */
export function suggestedGroupCount(kind: Kind, people: People): number | null {
  if (people.participants === null) return null;
  const departments = people.departments.map((d) => ({ id: d.id, headcount: d.headcount }));
  let result = splitIntoGroups(kind, people.participants, departments);
  // Department head counts that do not add up must not hide the number of groups.
  if (!result.ok) result = splitIntoGroups(kind, people.participants);
  return result.ok ? result.split.groupCount : null;
}

/**
 * The groups to offer: the method's count when participants are known, every group that
 * already has lines, and any the leader added. The chosen group stays within them.
 */
export function useGroups(kind: Kind, people: People, usedGroups: readonly number[]) {
  const suggested = suggestedGroupCount(kind, people);
  // The highest group number the leader opened by hand (0: none).
  const [opened, setOpened] = useState(0);
  const [chosen, setChosen] = useState(1);
  const count = Math.max(suggested ?? 1, opened, ...usedGroups, 1);
  const group = Math.min(Math.max(chosen, 1), count);
  return {
    suggested,
    participants: people.participants,
    count,
    group,
    choose: (next: number) => setChosen(Math.min(Math.max(next, 1), count)),
    addGroup: () => {
      setOpened(count + 1);
      setChosen(count + 1);
    },
  };
}
