import { emptyMeetingsSection } from './agenda/section';
import { processSchema, SCHEMA_VERSION, type ApvProcess } from './document';
import { emptyFollowUp } from './followup/followup';
import { emptyParking } from './parking/parking';
import { phasesFromData, type PhaseData } from './process/derivedPhases';
import { PHASE_IDS, type PhaseStatus, type Phases } from './process/phases';
import { emptyWishesSection } from './wishes/section';

/**
 * One named step from schema version `from` to `from + 1`. Steps work on plain JSON
 * (the older shape is not a type we keep), and the result is validated at the end.
 */
export interface MigrationStep {
  from: number;
  name: string;
  migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

/** Ordered: MIGRATIONS[i].from === i + 1. Add a step here whenever SCHEMA_VERSION goes up. */
export const MIGRATIONS: readonly MigrationStep[] = [
  {
    from: 1,
    name: 'addMeetingRunsAndProjector',
    migrate: (doc) => ({
      ...doc,
      meetingRuns: emptyMeetingsSection(),
      // The projector as version 2 stored it (the page came in version 8).
      projector: { meeting: 'meeting1', view: 'agenda' },
    }),
  },
  {
    from: 2,
    name: 'addMeeting2PlanAndFollowUp',
    migrate: (doc) => ({
      ...doc,
      // Meeting 2 as version 3 stored it (interest counts came in version 5).
      meeting2: { groupChoices: [], proposals: [], joins: [] },
      // The handleplan as version 3 stored it (approvals came in version 6).
      plan: {
        goals: [],
        initiatives: [],
        absenceConsiderations: '',
        communication: [],
        approvalDate: '',
      },
      followUp: emptyFollowUp(),
    }),
  },
  {
    from: 3,
    name: 'addWishesAndParking',
    migrate: (doc) => ({ ...doc, wishes: emptyWishesSection(), parking: emptyParking() }),
  },
  {
    from: 4,
    name: 'addMeeting2InterestCounts',
    migrate: (doc) => ({
      ...doc,
      meeting2: { ...(doc.meeting2 as Record<string, unknown>), interestCounts: [] },
    }),
  },
  {
    from: 5,
    name: 'addPlanApprovals',
    migrate: (doc) => ({
      ...doc,
      plan: { ...(doc.plan as Record<string, unknown>), approvals: [] },
    }),
  },
  {
    from: 6,
    name: 'phasesFollowTheData',
    migrate: (doc) => ({ ...doc, phases: overridesFromV6(doc) }),
  },
  {
    from: 7,
    name: 'addProjectorPage',
    migrate: (doc) => ({
      ...doc,
      projector: { ...(doc.projector as Record<string, unknown>), page: 0 },
    }),
  },
];

/** Version 6's (and earlier) statuses as they were first set, before anyone chose one. */
const V6_INITIAL: Record<string, PhaseStatus> = { preparation: 'inProgress' };

/**
 * Up to version 6, every phase's status was stored as set by hand. A status that is still the first one
 * or that the data now shows by itself follows the data; any other stays as the leader's override.
 */
function overridesFromV6(doc: Record<string, unknown>): Record<string, unknown> {
  const stored = (doc.phases ?? {}) as Record<string, PhaseStatus>;
  const derived = derivedOrNull(doc);
  return Object.fromEntries(
    PHASE_IDS.map((p) => {
      const status = stored[p];
      const untouched = status === (V6_INITIAL[p] ?? 'notStarted');
      return [p, untouched || status === derived?.[p] ? null : status];
    }),
  );
}

/** The data's phases, or null for a broken document (which the final validation names). */
function derivedOrNull(doc: Record<string, unknown>): Phases | null {
  try {
    return phasesFromData(doc as unknown as PhaseData);
  } catch {
    return null;
  }
}

export type LoadResult =
  { ok: true; process: ApvProcess; migratedFrom: number | null } | { ok: false; error: LoadError };

export type LoadError =
  | { kind: 'notAnObject' }
  | { kind: 'noVersion' }
  | { kind: 'newerVersion'; version: number }
  /** A key such as `__proto__` that only hostile data carries. */
  | { kind: 'unsafeKey'; key: string }
  | { kind: 'invalid'; /** Paths of the first fields that failed. */ paths: string[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first prototype-related key anywhere in parsed JSON, or null. */
export function findUnsafeKey(value: unknown): string | null {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    for (const key of Object.keys(next)) {
      if (UNSAFE_KEYS.has(key)) return key;
      pending.push((next as Record<string, unknown>)[key]);
    }
  }
  return null;
}

/** Brings stored or imported JSON of any known version to the current ApvProcess, or says why not. */
export function loadProcess(
  raw: unknown,
  steps: readonly MigrationStep[] = MIGRATIONS,
): LoadResult {
  if (!isPlainObject(raw)) return { ok: false, error: { kind: 'notAnObject' } };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'noVersion' } };
  }
  if (version > SCHEMA_VERSION) return { ok: false, error: { kind: 'newerVersion', version } };
  const unsafe = findUnsafeKey(raw);
  if (unsafe !== null) return { ok: false, error: { kind: 'unsafeKey', key: unsafe } };
  let doc = raw;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = steps[v - 1];
    if (!step || step.from !== v) return { ok: false, error: { kind: 'noVersion' } };
    doc = { ...step.migrate(doc), schemaVersion: v + 1 };
  }
  const parsed = processSchema.safeParse(doc);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        kind: 'invalid',
        paths: parsed.error.issues.slice(0, 5).map((issue) => issue.path.join('.') || '/'),
      },
    };
  }
  return {
    ok: true,
    process: parsed.data,
    migratedFrom: version === SCHEMA_VERSION ? null : version,
  };
}
