import { z } from 'zod/mini';
import { amount, optionalDate } from '../schemaParts';
import type { AbsenceFigures } from './absence';

export const absenceFiguresSchema = z.object({
  from: optionalDate,
  to: optionalDate,
  plannedWorkdays: z.nullable(amount),
  daysLost: z.nullable(amount),
}) satisfies z.ZodMiniType<AbsenceFigures>;
