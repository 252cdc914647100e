/** The two dialogue meetings that run on an agenda and a timer. */
export const MEETING_KEYS = ['meeting1', 'meeting2'] as const;
export type MeetingKey = (typeof MEETING_KEYS)[number];

/** The steps of both templates, in the method's order (texts live in the i18n dictionaries). */
export const TEMPLATE_STEP_IDS = [
  'm1-intro',
  'm1-interview',
  'm1-brainstorm',
  'm1-summary',
  'm1-selection',
  'm2-priority',
  'm2-action',
  'm2-presentation',
] as const;
export type TemplateStepId = (typeof TEMPLATE_STEP_IDS)[number];

/** What a step is about; 'break' is the only kind the meeting leader adds. */
export const STEP_KINDS = [
  'intro',
  'interview',
  'brainstorm',
  'summary',
  'selection',
  'priority',
  'actionGroups',
  'presentation',
  'break',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** How the room is split for a step (see src/domain/groups); 'byWish' = groups formed by chosen wish. */
export const GROUPINGS = ['interview3', 'brainstorm6', 'meeting2Four', 'byWish'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** Timed parts inside a step. */
export const SUB_ROUND_KINDS = [
  'interviewTurn',
  'writeUp',
  'galleryWalk',
  'jointSummary',
  'amgPresentation',
  'speakingRound',
  'chooseWish',
  'writeProposals',
] as const;
export type SubRoundKind = (typeof SUB_ROUND_KINDS)[number];

/** Question banks: interview (m1), brainstorm (m1), reflection prompts and action headings (m2). */
export const INTERVIEW_QUESTION_IDS = [
  'm1q-energy',
  'm1q-collaboration',
  'm1q-atBest',
  'm1q-mostPositive',
] as const;
export const BRAINSTORM_QUESTION_IDS = [
  'm1b-wishes',
  'm1b-dreams',
  'm1b-keep',
  'm1b-bestWorkplace',
  'm1b-firstSteps',
] as const;
export const REFLECTION_QUESTION_IDS = [
  'm2r-important',
  'm2r-surprise',
  'm2r-workOn',
  'm2r-addOrDeepen',
] as const;
export const ACTION_HEADING_IDS = ['m2h-we', 'm2h-leader', 'm2h-partners'] as const;

export const QUESTION_IDS = [
  ...INTERVIEW_QUESTION_IDS,
  ...BRAINSTORM_QUESTION_IDS,
  ...REFLECTION_QUESTION_IDS,
  ...ACTION_HEADING_IDS,
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type ActionHeadingId = (typeof ACTION_HEADING_IDS)[number];
