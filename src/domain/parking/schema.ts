import { z } from 'zod';
import { LIMITS } from '../limits';
import { idSchema, isoTimeSchema, longTextSchema, shortTextSchema } from '../wishes/fields';
import { PARKING_MEETINGS, PARKING_STATUSES, type Parking } from './parking';

const itemSchema = z.object({
  id: idSchema,
  text: shortTextSchema.min(1),
  meeting: z.enum(PARKING_MEETINGS),
  stepId: idSchema.optional(),
  createdAt: isoTimeSchema,
  status: z.enum(PARKING_STATUSES),
  note: longTextSchema,
});

export const parkingSchema = z
  .object({ items: z.array(itemSchema).max(LIMITS.listItems) })
  .refine((p) => new Set(p.items.map((i) => i.id)).size === p.items.length, {
    message: 'duplicate parking item id',
  }) satisfies z.ZodType<Parking>;
