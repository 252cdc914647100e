import { clipShort, isBlank } from '../text';
import { LIMITS } from '../limits';
import { isOptionalDate, replaceById, sameFields } from './fields';
import type { Approval, Handleplan } from './handleplan';

/** Who approved the plan: a person signs (or their line is corrected), or the line is removed. */
export type ApprovalEvent =
  ({ type: 'approvalSigned' } & Approval) | { type: 'approvalRemoved'; id: string };

export type ApprovalRejection = 'emptyName' | 'invalidDate' | 'listFull' | 'unknownItem';

/** The plan with its approvals changed, the same plan when nothing changes, or why not. */
export function applyApprovalEvent(
  plan: Handleplan,
  event: ApprovalEvent,
): Handleplan | ApprovalRejection {
  const exists = plan.approvals.some((a) => a.id === event.id);
  if (event.type === 'approvalRemoved') {
    return exists
      ? { ...plan, approvals: plan.approvals.filter((a) => a.id !== event.id) }
      : 'unknownItem';
  }
  if (isBlank(event.name)) return 'emptyName';
  if (!isOptionalDate(event.date)) return 'invalidDate';
  const approval: Approval = {
    id: event.id,
    name: clipShort(event.name.trim()),
    role: event.role,
    title: clipShort(event.title.trim()),
    date: event.date,
  };
  if (!exists) {
    if (plan.approvals.length >= LIMITS.listItems) return 'listFull';
    return { ...plan, approvals: [...plan.approvals, approval] };
  }
  if (plan.approvals.some((a) => sameFields(a, approval))) return plan;
  return { ...plan, approvals: replaceById(plan.approvals, event.id, () => approval) };
}
