import { z } from 'zod/mini';
import { isoDateTime, longText } from './schemaParts';

/**
 * Text typed into a field that did not become a committed value (one the document refused, one
 * that does not parse, or a line in an »add« box not added yet), as it is kept in storage.
 */
export interface KeptDraft {
  text: string;
  /** When it was typed, ISO 8601. */
  at: string;
}

const keptDraftSchema = z.strictObject({
  text: longText.check(z.minLength(1)),
  at: isoDateTime,
});

/** A stored draft read back, or null when it is not one (nothing is offered then). */
export function parseDraft(value: unknown): KeptDraft | null {
  const parsed = keptDraftSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
