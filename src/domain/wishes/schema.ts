import { z } from 'zod';
import { LIMITS } from '../limits';
import { ANALYSIS_POINT_IDS, WISH_DECISIONS } from './assessment';
import { groupSchema, idSchema, isoTimeSchema, longTextSchema, shortTextSchema } from './fields';
import { integrityProblems } from './integrity';
import { MAX_MARK_ENTRIES } from './marks';
import type { WishesSection } from './section';
import { SELECTION_TARGET_RANGE } from './selection';

const list = <S extends z.ZodType>(item: S, max: number = LIMITS.listItems) =>
  z.array(item).max(max);

const lineSchema = z.object({
  id: idSchema,
  text: shortTextSchema.min(1),
  group: groupSchema,
  createdAt: isoTimeSchema,
});

const wishSchema = lineSchema.extend({
  mergedInto: idSchema.nullable(),
  removedAt: isoTimeSchema.nullable(),
});

const mergeSchema = z.object({
  id: idSchema,
  targetId: idSchema,
  sourceIds: list(idSchema).min(1),
  previousText: shortTextSchema.min(1),
  at: isoTimeSchema,
});

const markSchema = z.object({
  id: idSchema,
  wishId: idSchema,
  delta: z.number().int().min(-LIMITS.count).max(LIMITS.count),
  at: isoTimeSchema,
});

const selectionSchema = z.object({
  target: z.number().int().min(SELECTION_TARGET_RANGE.min).max(SELECTION_TARGET_RANGE.max),
  overrides: list(z.object({ wishId: idSchema, selected: z.boolean() })),
  preliminary: z.boolean(),
});

const assessmentSchema = z.object({
  wishId: idSchema,
  note: longTextSchema,
  decision: z.enum(WISH_DECISIONS).nullable(),
  reason: longTextSchema,
});

const analysisNotesSchema = z.object(
  Object.fromEntries(ANALYSIS_POINT_IDS.map((point) => [point, longTextSchema])) as Record<
    (typeof ANALYSIS_POINT_IDS)[number],
    typeof longTextSchema
  >,
);

const themeSchema = z.object({
  id: idSchema,
  name: shortTextSchema.min(1),
  wishIds: list(idSchema),
});

/** The wishes section as stored: field bounds plus the cross-references between its lists. */
export const wishesSectionSchema = z
  .object({
    strengths: list(lineSchema),
    wishes: list(wishSchema),
    merges: list(mergeSchema),
    marks: list(markSchema, MAX_MARK_ENTRIES),
    selection: selectionSchema,
    assessments: list(assessmentSchema),
    analysisNotes: analysisNotesSchema,
    themes: list(themeSchema),
  })
  .superRefine((section, ctx) => {
    for (const message of integrityProblems(section)) ctx.addIssue({ code: 'custom', message });
  }) satisfies z.ZodType<WishesSection>;
