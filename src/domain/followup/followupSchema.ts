import { z } from 'zod';
import { LIMITS } from '../limits';
import { isoDateTime, itemId, longText, optionalDate, shortText } from '../plan/fields';
import { COMMUNICATION_CHANNELS, INITIATIVE_STATUSES } from '../plan/handleplan';
import { EFFECT_VERDICTS, TEAM_KINDS, type FollowUp } from './followup';

const listOf = <S extends z.ZodType>(item: S) => z.array(item).max(LIMITS.listItems);
const amount = z.number().min(0).max(1e9);

/** Mirrors the document's absence figures schema (kept here to avoid an import cycle). */
export const absenceFiguresSchema = z.object({
  from: optionalDate,
  to: optionalDate,
  plannedWorkdays: amount.nullable(),
  daysLost: amount.nullable(),
});

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
      plannedDate: z.iso.date(),
      heldOn: z.iso.date(),
      verdict: z.enum(EFFECT_VERDICTS),
      note: longText,
    }),
  ),
  communicationLog: listOf(
    z.object({
      id: itemId,
      what: longText,
      date: z.iso.date(),
      channel: z.enum(COMMUNICATION_CHANNELS),
    }),
  ),
  team: listOf(z.object({ id: itemId, name: shortText, kind: z.enum(TEAM_KINDS), role: longText })),
  absenceMeasurements: listOf(z.object({ id: itemId, figures: absenceFiguresSchema })),
}) satisfies z.ZodType<FollowUp>;
