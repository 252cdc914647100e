/** The AMG's clarifying questions at its start-up meeting (texts live in the i18n dictionaries). */
export const PREPARATION_QUESTION_IDS = [
  'purpose',
  'difference',
  'circumstances',
  'industry',
  'managementSupport',
  'followUpResources',
] as const;
export type PreparationQuestionId = (typeof PREPARATION_QUESTION_IDS)[number];

/** Does the workplace have serious, sensitive problems (violence, bullying, harassment)? */
export const SERIOUS_PROBLEM_ANSWERS = ['unanswered', 'no', 'unsure', 'yes'] as const;
export type SeriousProblemsAnswer = (typeof SERIOUS_PROBLEM_ANSWERS)[number];

export interface Preparation {
  answers: Record<PreparationQuestionId, string>;
  seriousProblems: SeriousProblemsAnswer;
}

export function emptyPreparation(): Preparation {
  return {
    answers: {
      purpose: '',
      difference: '',
      circumstances: '',
      industry: '',
      managementSupport: '',
      followUpResources: '',
    },
    seriousProblems: 'unanswered',
  };
}

/** The method is less suited when serious, sensitive problems are present (or may be). */
export function methodSuitability(
  answer: SeriousProblemsAnswer,
): 'suited' | 'lessSuited' | 'unknown' {
  if (answer === 'yes') return 'lessSuited';
  if (answer === 'no') return 'suited';
  return 'unknown';
}

export function answeredQuestionCount(preparation: Preparation): number {
  return PREPARATION_QUESTION_IDS.filter((id) => preparation.answers[id].trim() !== '').length;
}
