import { z } from 'zod/mini';
import { list } from '../schemaParts';
import { idSchema, isoTimeSchema, longTextSchema, requiredShortTextSchema } from '../wishes/fields';
import { PARKING_MEETINGS, PARKING_STATUSES, type Parking } from './parking';

const itemSchema = z.object({
  id: idSchema,
  text: requiredShortTextSchema,
  meeting: z.enum(PARKING_MEETINGS),
  stepId: z.optional(idSchema),
  createdAt: isoTimeSchema,
  status: z.enum(PARKING_STATUSES),
  note: longTextSchema,
});

export const parkingSchema = z.object({ items: list(itemSchema) }).check(
  z.refine((p) => new Set(p.items.map((i) => i.id)).size === p.items.length, {
    message: 'duplicate parking item id',
  }),
) satisfies z.ZodMiniType<Parking>;
