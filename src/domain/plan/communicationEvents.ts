import { clipLong, clipShort, isBlank } from '../text';
import { replaceById, sameFields } from './fields';
import type { CommunicationItem, Handleplan } from './handleplan';

type CommunicationFields = Omit<CommunicationItem, 'id'>;

/** Changes to the plan's communication plan: who is told what, when and how. */
export type CommunicationEvent =
  | ({ type: 'communicationItemAdded'; id: string } & CommunicationFields)
  | ({ type: 'communicationItemChanged'; id: string } & CommunicationFields)
  | { type: 'communicationItemRemoved'; id: string };

export type CommunicationRejection = 'duplicateId' | 'emptyText' | 'unknownCommunicationItem';

/** The plan with its communication plan changed, the same plan when nothing changes, or why not. */
export function applyCommunicationEvent(
  plan: Handleplan,
  event: CommunicationEvent,
): Handleplan | CommunicationRejection {
  const exists = plan.communication.some((c) => c.id === event.id);
  if (exists !== (event.type !== 'communicationItemAdded')) {
    return exists ? 'duplicateId' : 'unknownCommunicationItem';
  }
  if (event.type === 'communicationItemRemoved') {
    return { ...plan, communication: plan.communication.filter((c) => c.id !== event.id) };
  }
  if (isBlank(event.what)) return 'emptyText';
  const item = cleanCommunication(event);
  if (event.type === 'communicationItemAdded') {
    return { ...plan, communication: [...plan.communication, item] };
  }
  if (plan.communication.some((c) => sameFields(c, item))) return plan;
  return { ...plan, communication: replaceById(plan.communication, event.id, () => item) };
}

function cleanCommunication(item: CommunicationItem): CommunicationItem {
  return {
    id: item.id,
    what: clipLong(item.what.trim()),
    audience: clipShort(item.audience),
    when: clipShort(item.when),
    channel: item.channel,
  };
}
