import { z } from 'zod';
import { LIMITS } from '../limits';
import { idList, itemId, longText, optionalDate, shortText } from './fields';
import {
  COMMUNICATION_CHANNELS,
  GOAL_CRITERIA,
  INITIATIVE_STATUSES,
  PRIORITIES,
  type Handleplan,
} from './handleplan';

const checklist = z.object(
  Object.fromEntries(GOAL_CRITERIA.map((c) => [c, z.boolean()])) as Record<
    (typeof GOAL_CRITERIA)[number],
    z.ZodBoolean
  >,
);

export const initiativeSchema = z.object({
  id: itemId,
  title: shortText,
  how: longText,
  sourceWishIds: idList,
  sourceProposalIds: idList,
  problem: z.object({ kind: longText, severity: longText, extent: longText, causes: longText }),
  priority: z.enum(PRIORITIES),
  start: optionalDate,
  deadline: optionalDate,
  responsible: shortText,
  participants: shortText,
  success: longText,
  followUpDates: z.array(z.iso.date()).max(LIMITS.listItems),
  followUpMethod: longText,
  status: z.enum(INITIATIVE_STATUSES),
  statusNote: longText,
});

export const handleplanSchema = z.object({
  goals: z.array(z.object({ id: itemId, text: longText, checklist })).max(LIMITS.listItems),
  initiatives: z.array(initiativeSchema).max(LIMITS.listItems),
  absenceConsiderations: longText,
  communication: z
    .array(
      z.object({
        id: itemId,
        what: longText,
        audience: shortText,
        when: shortText,
        channel: z.enum(COMMUNICATION_CHANNELS),
      }),
    )
    .max(LIMITS.listItems),
  approvalDate: optionalDate,
}) satisfies z.ZodType<Handleplan>;
