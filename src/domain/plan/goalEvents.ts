import { clipLong, isBlank } from '../text';
import { replaceById } from './fields';
import { emptyGoalChecklist, type GoalCriterion, type Handleplan } from './handleplan';

/** Changes to the plan's goals. */
export type GoalEvent =
  | { type: 'goalAdded'; id: string; text: string }
  | { type: 'goalChanged'; id: string; text: string }
  | { type: 'goalCriterionChecked'; id: string; criterion: GoalCriterion; checked: boolean }
  | { type: 'goalRemoved'; id: string };

export type GoalRejection = 'duplicateId' | 'unknownGoal' | 'emptyText';

/** The plan with its goals changed, the same plan when nothing changes, or why not. */
export function applyGoalEvent(plan: Handleplan, event: GoalEvent): Handleplan | GoalRejection {
  const goal = plan.goals.find((g) => g.id === event.id);
  if (event.type === 'goalAdded') {
    if (goal) return 'duplicateId';
    if (isBlank(event.text)) return 'emptyText';
    const added = {
      id: event.id,
      text: clipLong(event.text.trim()),
      checklist: emptyGoalChecklist(),
    };
    return { ...plan, goals: [...plan.goals, added] };
  }
  if (!goal) return 'unknownGoal';
  switch (event.type) {
    case 'goalChanged': {
      if (isBlank(event.text)) return 'emptyText';
      const text = clipLong(event.text.trim());
      if (goal.text === text) return plan;
      return { ...plan, goals: replaceById(plan.goals, event.id, (g) => ({ ...g, text })) };
    }
    case 'goalCriterionChecked': {
      const { criterion, checked } = event;
      if (goal.checklist[criterion] === checked) return plan;
      return {
        ...plan,
        goals: replaceById(plan.goals, event.id, (g) => ({
          ...g,
          checklist: { ...g.checklist, [criterion]: checked },
        })),
      };
    }
    case 'goalRemoved':
      return { ...plan, goals: plan.goals.filter((g) => g.id !== event.id) };
  }
}
