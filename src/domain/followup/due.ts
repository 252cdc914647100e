import { addDays, format, parseISO } from 'date-fns';
import type { Initiative } from '../plan/handleplan';
import type { FollowUpCheck } from './followup';

export interface DueItem {
  initiativeId: string;
  kind: 'followUp' | 'deadline';
  date: string;
  state: 'overdue' | 'due';
}

/**
 * Follow-ups not yet held and deadlines of unfinished initiatives that fall before `today`
 * (overdue) or within `horizonDays` after it (due), earliest first. Dropped initiatives
 * need nothing more; a done initiative still needs its follow-up to check the effect.
 */
export function dueItems(
  initiatives: readonly Initiative[],
  checks: readonly FollowUpCheck[],
  today: string,
  horizonDays: number,
): DueItem[] {
  const horizon = format(addDays(parseISO(today), horizonDays), 'yyyy-MM-dd');
  const held = (i: Initiative, date: string) =>
    checks.some((c) => c.initiativeId === i.id && c.plannedDate === date);
  const items: DueItem[] = [];
  const consider = (i: Initiative, kind: DueItem['kind'], date: string) => {
    if (date === '' || date > horizon) return;
    items.push({ initiativeId: i.id, kind, date, state: date < today ? 'overdue' : 'due' });
  };
  for (const i of initiatives) {
    if (i.status === 'dropped') continue;
    for (const date of i.followUpDates) if (!held(i, date)) consider(i, 'followUp', date);
    if (i.status !== 'done') consider(i, 'deadline', i.deadline);
  }
  // Stable sort: same-day items keep plan order.
  return items.sort((a, b) => a.date.localeCompare(b.date));
}
