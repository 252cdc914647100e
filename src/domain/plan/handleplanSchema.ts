import { z } from 'zod/mini';
import { idList, isoDate, itemId, list, longText, optionalDate, shortText } from '../schemaParts';
import {
  APPROVER_ROLES,
  COMMUNICATION_CHANNELS,
  GOAL_CRITERIA,
  INITIATIVE_STATUSES,
  PRIORITIES,
  type Handleplan,
} from './handleplan';

const checklist = z.object(
  Object.fromEntries(GOAL_CRITERIA.map((c) => [c, z.boolean()])) as Record<
    (typeof GOAL_CRITERIA)[number],
    z.ZodMiniBoolean
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
  followUpDates: list(isoDate),
  followUpMethod: longText,
  status: z.enum(INITIATIVE_STATUSES),
  statusNote: longText,
});

export const handleplanSchema = z.object({
  goals: list(z.object({ id: itemId, text: longText, checklist })),
  initiatives: list(initiativeSchema),
  absenceConsiderations: longText,
  communication: list(
    z.object({
      id: itemId,
      what: longText,
      audience: shortText,
      when: shortText,
      channel: z.enum(COMMUNICATION_CHANNELS),
    }),
  ),
  approvalDate: optionalDate,
  approvals: list(
    z.object({
      id: itemId,
      name: shortText,
      role: z.enum(APPROVER_ROLES),
      title: shortText,
      date: optionalDate,
    }),
  ),
}) satisfies z.ZodMiniType<Handleplan>;
