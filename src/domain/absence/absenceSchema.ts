import { z } from 'zod/mini';
import { amount, optionalDate } from '../schemaParts';
import type { AbsenceFigures } from './absence';

export const absenceFiguresSchema = z.object({
  from: optionalDate,
  to: optionalDate,
  plannedWorkdays: z.nullable(amount),
  daysLost: z.nullable(amount),
}) satisfies z.ZodMiniType<AbsenceFigures>;

/**
 * Why absence figures cannot be stored: not figures at all, or more days lost than planned
 * (a typing slip the plan must not keep, whichever way it arrives).
 */
export function absenceFiguresRejection(
  figures: AbsenceFigures,
): 'invalidFigures' | 'lostExceedsPlanned' | null {
  if (!absenceFiguresSchema.safeParse(figures).success) return 'invalidFigures';
  const { plannedWorkdays, daysLost } = figures;
  if (plannedWorkdays !== null && daysLost !== null && daysLost > plannedWorkdays) {
    return 'lostExceedsPlanned';
  }
  return null;
}
