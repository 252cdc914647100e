import { z } from 'zod/mini';
import { LIMITS } from '../limits';
import { list, wholeNumber } from '../schemaParts';
import { ANALYSIS_POINT_IDS, WISH_DECISIONS, type WishesSection } from './types';
import {
  groupSchema,
  idSchema,
  isoTimeSchema,
  longTextSchema,
  requiredShortTextSchema,
} from './fields';
import { integrityProblems } from './integrity';
import { MAX_MARK_ENTRIES } from './marks';
import { SELECTION_TARGET_RANGE } from './selection';

const lineSchema = z.object({
  id: idSchema,
  text: requiredShortTextSchema,
  group: groupSchema,
  createdAt: isoTimeSchema,
});

const wishSchema = z.extend(lineSchema, {
  mergedInto: z.nullable(idSchema),
  removedAt: z.nullable(isoTimeSchema),
});

const mergeSchema = z.object({
  id: idSchema,
  targetId: idSchema,
  sourceIds: list(idSchema).check(z.minLength(1)),
  previousText: requiredShortTextSchema,
  at: isoTimeSchema,
  source: z.optional(z.literal('phone')),
});

const markSchema = z.object({
  id: idSchema,
  wishId: idSchema,
  delta: wholeNumber(-LIMITS.count, LIMITS.count),
  at: isoTimeSchema,
});

const selectionSchema = z.object({
  target: wholeNumber(SELECTION_TARGET_RANGE.min, SELECTION_TARGET_RANGE.max),
  overrides: list(z.object({ wishId: idSchema, selected: z.boolean() })),
  preliminary: z.boolean(),
});

const assessmentSchema = z.object({
  wishId: idSchema,
  note: longTextSchema,
  decision: z.nullable(z.enum(WISH_DECISIONS)),
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
  name: requiredShortTextSchema,
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
  .check(
    z.superRefine((section, ctx) => {
      for (const message of integrityProblems(section)) ctx.addIssue({ code: 'custom', message });
    }),
  ) satisfies z.ZodMiniType<WishesSection>;
