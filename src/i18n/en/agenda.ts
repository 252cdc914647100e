import type { agendaDa } from '../da/agenda';

export const agendaEn: typeof agendaDa = {
  meetings: {
    meeting1: '1st dialogue meeting',
    meeting2: '2nd dialogue meeting',
  },

  steps: {
    'm1-intro': {
      title: 'Joint introduction',
      purpose: 'Everyone knows what the two meetings are for and why we work appreciatively.',
      room: 'Welcome. We look at what works – and at what we dream of. Ask away.',
      leader:
        'Outline the process briefly: two meetings some weeks apart, the AMG’s assessment in between and an action plan at the end. Say why you chose the method and leave room for questions.',
    },
    'm1-interview': {
      title: 'Interviews in groups of 3',
      purpose:
        'We find the strengths of our psychosocial work environment through each other’s stories.',
      room: 'One asks, one tells, one writes. Swap roles at the chime. Finally: the main points on a flip-over.',
      leader:
        'Split the room into groups of 3 and number each person. Round 1: no. 1 asks no. 2, round 2: no. 2 asks no. 3, round 3: no. 3 asks no. 1. The third person takes notes. The posters go up afterwards – they become the gallery of strengths.',
    },
    'm1-brainstorm': {
      title: 'Brainstorm in groups of 6',
      purpose: 'We gather wishes and dreams for our well-being ahead.',
      room: 'First look at the gallery. Then put all your wishes and dreams on the flip-over – nothing is too big.',
      leader:
        'Let everyone walk past the strength posters. Then form groups of 6 (at least 2 groups, even below 12 people). Encourage saying "wish" and "dream" out loud – objections about money and old experience then steer less.',
    },
    'm1-summary': {
      title: 'Joint summary and presentation',
      purpose: 'Everyone sees every group’s wishes, and we get one gross list.',
      room: 'Walk round and read the other groups’ posters. One person from each group stays by the poster to answer questions.',
      leader:
        'After a 10-minute walk, ask one person per group to sum up their poster. Collect the posters and strike out wishes that repeat: the result is the gross list (bruttoliste).',
    },
    'm1-selection': {
      title: 'Choosing important dreams',
      purpose: 'We point out the wishes that matter most – as input to the assessment meeting.',
      room: 'Go in pairs. Each person puts 3 marks by the wishes they believe or hope in most.',
      leader:
        'Count the marks and carry on with those that have most – aim for 3–5 topics. Stress that the list is preliminary: the AMG and management assess it before we meet again.',
    },
    'm2-priority': {
      title: 'Joint introduction and priorities in groups',
      purpose:
        'We hear the AMG’s assessment and choose, in groups, the wish we want to take further.',
      room: 'Groups of 4: take turns to say what you have thought about – the others listen without interrupting. Then choose one wish and write 3 short proposals.',
      leader:
        'The AMG presents its assessment from the clean gross list, ideally with the posters from the first meeting on display. If the staff group is small, each group may choose 2 wishes.',
    },
    'm2-action': {
      title: 'Group work on proposals for action',
      purpose: 'We make the prioritised wishes concrete: who must do what differently?',
      room: 'Pick the wish you care about most and join that group. Work through the three headings.',
      leader:
        'Ask the room which of the (perhaps 4–5) prioritised wishes each person most wants to work on, and let new groups form by wish.',
    },
    'm2-presentation': {
      title: 'Joint presentation and wrap-up',
      purpose: 'We hear each other’s proposals and know what happens next.',
      room: 'Each group presents briefly. If another group has said it already, mention only what is new.',
      leader:
        'Take the presentations theme by theme. If time is short, hear only a few groups. The AMG ends with the next steps and when to expect the action plan.',
    },
  },

  breakStep: {
    title: 'Break',
    purpose: 'A breather.',
    room: 'Break – we start again when the timer is done.',
    leader: 'A break you added yourself. You can remove it from the agenda again.',
  },

  subRounds: {
    interviewTurn: 'Interview',
    writeUp: 'Write the main points on the flip-over',
    galleryWalk: 'Walk past the posters',
    jointSummary: 'Joint summary',
    amgPresentation: 'The AMG presents',
    speakingRound: 'Round: everyone speaks in turn',
    chooseWish: 'Choose one wish',
    writeProposals: 'Write 3 proposals',
  },
  roundOf: (round: number, rounds: number) => `round ${round} of ${rounds}`,

  groupings: {
    interview3: 'Groups of 3',
    brainstorm6: 'Groups of 6',
    meeting2Four: 'Groups of 4',
    byWish: 'Groups by wish',
  },

  questions: {
    'm1q-energy': 'What in our everyday work gives you the most energy?',
    'm1q-collaboration': 'What goes best when we work together?',
    'm1q-atBest':
      'When do you thrive most at work? What happens then – and what does not? Who does what?',
    'm1q-mostPositive': 'What is the best thing about our psychosocial work environment?',
    'm1b-wishes': 'What do we wish for our psychosocial work environment?',
    'm1b-dreams': 'What do we dream of that could bring (even) more well-being?',
    'm1b-keep':
      'Which things from the gallery – say three – do we want to hold on to whatever happens?',
    'm1b-bestWorkplace':
      'Imagine that a year from now we are the best workplace in the country. What does the work environment look like? What did colleagues and management do – and what did they leave undone?',
    'm1b-firstSteps': 'Which three steps do we take first to get closer to the dream?',
    'm2r-important': 'Is anything on the lists especially important to me?',
    'm2r-surprise': 'Does anything surprise me?',
    'm2r-workOn': 'What do I think we should work on?',
    'm2r-addOrDeepen': 'Is anything missing, or should something be explored further?',
    'm2h-we': 'What must WE do differently for the wish to come true?',
    'm2h-leader': 'What must the LEADER do differently for the wish to come true?',
    'm2h-partners': 'What must our CUSTOMERS or PARTNERS do differently for the wish to come true?',
  },

  headingPrompts: {
    'm2h-we': {
      think: 'How can we as colleagues see it differently?',
      act: 'What can we as colleagues do in a new way?',
      contribute: 'What can each of us contribute?',
      start: 'What can we concretely set in motion?',
    },
    'm2h-leader': {
      think: 'How can the leader see it differently?',
      act: 'What can the leader do in a new way?',
      contribute: 'How does the leader best make a difference?',
      start: 'What can we concretely set in motion?',
    },
    'm2h-partners': {
      think: 'How can customers or partners see it differently?',
      act: 'What can they do in a new way?',
      contribute: 'How can they contribute?',
      start: 'What can we concretely set in motion?',
    },
  },

  problems: {
    empty: 'The agenda is empty. Reset it to the method’s template to get started.',
    allSkipped: 'Every step is skipped. Bring back at least one step.',
    minutes: {
      notWhole: 'Enter a whole number of minutes.',
      tooFew: 'A step lasts at least 1 minute.',
      tooMany: 'A step lasts at most 240 minutes.',
    },
    questionsNeeded: 'Choose at least one question.',
  },

  timer: {
    status: {
      idle: 'Not started',
      running: 'Running',
      paused: 'Paused',
      finished: 'The meeting has ended',
    },
    start: 'Start the meeting',
    pause: 'Pause',
    resume: 'Resume',
    next: 'Next step',
    previous: 'Previous step',
    restart: 'Restart this step',
    finish: 'End the meeting',
    extendBy: (minutes: number) => (minutes > 0 ? `+${minutes} min` : `−${-minutes} min`),
    stepOf: (step: number, steps: number) => `Step ${step} of ${steps}`,
  },

  customise: {
    minutes: 'Minutes',
    skip: 'Skip',
    unskip: 'Bring back',
    remove: 'Remove',
    moveUp: 'Move up',
    moveDown: 'Move down',
  },
};
