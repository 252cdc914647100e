import type { preparationDa } from '../da/preparation';

export const preparationEn: typeof preparationDa = {
  title: 'Preparation',
  intro:
    'The AMG’s start-up meeting: agree on what you want from the process, who takes part, when you meet and where sickness absence stands today.',
  questions: {
    heading: 'Clarifying questions',
    hint: 'Answers are saved when you leave the field.',
    items: {
      purpose: 'What do you hope to gain from using the appreciative method?',
      difference: 'How does this APV differ from the way you usually do it?',
      circumstances:
        'Is anything special going on right now – restructuring, new colleagues or new management?',
      industry: 'Which challenges are typical for your industry?',
      managementSupport:
        'How does management show its support before, during and after the meetings?',
      followUpResources:
        'How much of the follow-up will staff carry themselves, and what time and means are set aside?',
    },
  },
  suitability: {
    heading: 'Does the method suit you?',
    question:
      'Does the workplace currently have serious, sensitive problems, such as violence, bullying or harassment?',
    answers: { unanswered: 'Not answered', no: 'No', unsure: 'Not sure', yes: 'Yes' },
    lessSuited:
      'Appreciative dialogue is less suited when there are many serious and sensitive problems. Consider instead:',
    alternatives: [
      'getting help from an external consultant, such as a work-environment adviser',
      'a method with more anonymity, such as a questionnaire',
      'a narrower method, such as the APV game',
    ],
    unsure:
      'Talk it through in the AMG before you go on. If there are serious problems, the method is less suited.',
    suited: 'Good. The method works for both large and small groups.',
  },
  people: {
    heading: 'Participants and roles',
    participants: 'Number of participants in the dialogue meetings',
    participantsHint: 'All staff and managers. Used for groups and for counting marks.',
    departments: 'Departments (optional)',
    departmentsHint: 'With head counts, so groups can be mixed across departments.',
    departmentName: 'Department name',
    headcount: 'Head count',
    addDepartment: 'Add department',
    departmentTotal: (sum: number, participants: number | null) =>
      participants === null
        ? `${sum} people in the departments in all.`
        : `${sum} people in the departments – ${participants} participants in all.`,
    departmentMismatch: 'The departments do not add up to the number of participants.',
    moedeleder: 'Meeting leader (mødeleder)',
    moedelederHint: 'Leads both dialogue meetings and keeps agenda and time.',
    moedeassistenter: 'Meeting assistants',
    assistantSuggestion: (n: number, participants: number) =>
      `With ${participants} participants we suggest ${n} meeting ${n === 1 ? 'assistant' : 'assistants'} to help the leader.`,
    amg: 'Work-environment group (AMG)',
    personName: 'Name',
    addPerson: 'Add person',
    removePerson: (name: string) => `Remove ${name || 'person'}`,
    removeDepartment: (name: string) => `Remove the department ${name || ''}`.trim(),
  },
  meetings: {
    heading: 'Meeting plan',
    gapTooShort: (days: number) =>
      `Only ${days} days between the dialogue meetings. The method suggests 3–4 weeks, leaving time for the assessment meeting.`,
    gapTooLong: (days: number) =>
      `${days} days between the dialogue meetings. The method suggests 3–4 weeks, so the energy from the first meeting is not lost.`,
    outOfOrder: (meeting: string, before: string) => `${meeting} is not after ${before}.`,
    downloadIcs: 'Download the meetings as a calendar file (.ics)',
    icsNothing: 'Set at least one date to download the calendar file.',
    icsDescription: (workplace: string) => `APV process for ${workplace}`,
    icsName: (workplace: string) => `APV meetings – ${workplace}`,
    icsReminder: 'Tomorrow',
  },
  absence: {
    heading: 'Sickness absence before the process',
    hint: 'The APV must include sickness absence. Measure it now, and again once the action plan is under way.',
    from: 'Period from',
    to: 'Period to',
    plannedWorkdays: 'Planned workdays in the period',
    daysLost: 'Workdays lost to sickness',
    percentage: 'Absence percentage',
    percentageValue: (pct: string) => `${pct} %`,
    percentageMissing: 'Fill in planned workdays (above 0) and days lost to see the percentage.',
    percentageImplausible: 'The percentage shows once the figures fit together.',
    lostExceedsPlanned: 'More days lost than planned workdays.',
    periodReversed: 'The period ends before it starts.',
  },
};
