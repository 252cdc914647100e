import { z } from 'zod/mini';
import { absenceFiguresSchema } from '../absence/absenceSchema';
import { isoDate, isoDateTime, itemId, list as listOf, longText, shortText } from '../schemaParts';
import { COMMUNICATION_CHANNELS, INITIATIVE_STATUSES } from '../plan/handleplan';
import { EFFECT_VERDICTS, TEAM_KINDS, type FollowUp } from './followup';

export const followUpSchema = z.object({
  statusLog: listOf(
    z.object({
      id: itemId,
      initiativeId: itemId,
      status: z.enum(INITIATIVE_STATUSES),
      note: longText,
      at: isoDateTime,
    }),
  ),
  checks: listOf(
    z.object({
      id: itemId,
      initiativeId: itemId,
      plannedDate: isoDate,
      heldOn: isoDate,
      verdict: z.enum(EFFECT_VERDICTS),
      note: longText,
    }),
  ),
  communicationLog: listOf(
    z.object({
      id: itemId,
      what: longText,
      date: isoDate,
      channel: z.enum(COMMUNICATION_CHANNELS),
    }),
  ),
  team: listOf(z.object({ id: itemId, name: shortText, kind: z.enum(TEAM_KINDS), role: longText })),
  absenceMeasurements: listOf(z.object({ id: itemId, figures: absenceFiguresSchema })),
}) satisfies z.ZodMiniType<FollowUp>;
