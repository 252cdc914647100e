import type { meetingDa } from '../da/meeting';

export const meetingEn: typeof meetingDa = {
  lead: {
    meeting1:
      'Run the meeting from here: agenda, time, groups and what the room sees on the projector. Adjust the agenda before or during the meeting.',
    meeting2:
      'Run the second meeting from here: agenda, time, groups and what the room sees on the projector. Adjust the agenda before or during the meeting.',
  },

  controller: {
    heading: 'Meeting clock',
    stepOf: (step, steps) => `Item ${step} of ${steps}`,
    remaining: 'left',
    overrun: 'Overtime',
    stickyLabel: 'The meeting clock, short',
    paused: 'Paused',
    notStarted: 'The meeting has not started yet.',
    firstStep: 'First item',
    finished: 'The meeting is finished.',
    finishedAt: (time, minutes) =>
      `The meeting is finished. It ended at ${time} after ${minutes} min.`,
    nextUp: 'Then',
    purpose: 'Purpose',
    leaderNotes: 'How to lead this item',
    lastStep: 'This is the last item of the meeting.',
    minutes: (n) => `${n} min`,
    extendLabel: (minutes) =>
      minutes > 0
        ? `Give the item ${minutes === 1 ? '1 more minute' : `${minutes} more minutes`}`
        : `Take ${-minutes === 1 ? '1 minute' : `${-minutes} minutes`} off the item`,
    finishTitle: 'Finish the meeting',
    finishBody:
      'The clock stops and the end time is saved. This cannot be undone – the meeting cannot be started again afterwards.',
    finishConfirm: 'Yes, finish the meeting',
    controls: 'Clock controls',
    shortcutsHeading: 'Keyboard shortcuts',
    shortcuts: {
      space: 'Space: pause / resume',
      right: 'Right arrow: next item',
      left: 'Left arrow: previous item',
      plus: '+: one more minute',
      pages: 'Page Down / Page Up: next / previous page on the projector',
      altPause: 'Alt+P: pause / resume – also while you type in a field',
      altNext: 'Alt+N: next item – also while you type in a field',
    },
    shortcutsNote:
      'The other shortcuts do nothing while you type in a field. Space pauses even when a button has focus; Enter presses the button.',
  },

  rotation: {
    interviews: (interviewer, interviewee) => `${interviewer} → ${interviewee}`,
    notes: (numbers) =>
      numbers.length === 1
        ? `${numbers[0]} takes notes`
        : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)} take notes`,
    pairNotes: 'the one asking takes the notes',
    label: 'Who interviews whom',
    sizeLabel: (size) => `Groups of ${size}`,
    done: 'done – write up the answers',
    rounds: (rounds) => `${rounds} turns`,
  },

  schedule: {
    heading: 'Schedule',
    caption: 'The meeting’s items with planned time of day and actual time',
    step: 'Item',
    plannedAt: 'Planned at',
    plannedMinutes: 'Planned',
    actual: 'Actual',
    jumpTo: (title) => `Go to: ${title}`,
    current: 'Now',
    fromPlan: 'Times count from the meeting’s planned start under Preparation.',
    fromStart: 'Times count from the meeting’s actual start.',
    fromNow: 'The meeting’s time is not set under Preparation: times assume a start now.',
    plannedEnd: (time) => `Planned end ${time}`,
    forecastEnd: (time) => `Expected end ${time}`,
    endedAt: (time) => `Ended ${time}`,
    behind: (minutes) => `${minutes} min behind plan`,
    ahead: (minutes) => `${minutes} min ahead of plan`,
  },

  settings: {
    heading: 'Agenda',
    intro:
      'The method’s agenda is in place. Change minutes, move, skip or add breaks – also while the meeting runs.',
    moveUp: (title) => `Move up: ${title}`,
    moveDown: (title) => `Move down: ${title}`,
    skip: (title) => `Skip: ${title}`,
    unskip: (title) => `Include again: ${title}`,
    remove: (title) => `Remove: ${title}`,
    skipped: 'Skipped',
    live: 'Running now',
    liveHint: 'This item is running: move on before you skip or remove it.',
    questionsLegend: (title) => `Questions the room sees: ${title}`,
    addBreakHeading: 'Add a break',
    breakMinutes: 'Break minutes',
    breakAfter: 'After the item',
    atStart: 'At the very start',
    addBreak: 'Add break',
    added: (title) => `${title} added.`,
    reset: 'Reset to the method’s agenda',
    resetTitle: 'Reset the agenda?',
    resetBody: 'Minutes, order, breaks and chosen questions go back to the method’s template.',
    resetConfirm: 'Yes, reset',
    resetWhileRunning: 'The agenda cannot be reset while the meeting runs.',
    total: (planned) => `Planned in all: ${planned} min`,
    tooFull: 'The agenda has no room for more items.',
  },

  groups: {
    heading: 'Groups',
    basis: (people) => `Worked out for ${people} people.`,
    basisPresent: (people) => `Worked out for the ${people} present.`,
    unknown:
      'The number of participants is not known. Enter it under Preparation, or count those present under How the meeting went.',
    none: 'There are no participants to split into groups.',
    one: 'With one participant there are no groups: interviews and group work need at least two.',
    two: 'With two participants you form one group: you interview each other in turn, and the one asking takes the notes.',
    sizes: (groups, size) => (groups === 1 ? `1 group of ${size}` : `${groups} groups of ${size}`),
    countOff: (groups) =>
      groups === 1
        ? 'Everyone is in the same group.'
        : `Count from 1 to ${groups} around the room.`,
    groupLabel: (n) => `Group ${n}`,
    people: (n) => (n === 1 ? '1 person' : `${n} people`),
    mixed: 'Departments are mixed, so each group has people from several departments.',
    unknownDepartment: 'unknown department',
    members: (parts) => `From: ${parts}`,
    rotationNotice: (turns, extra) =>
      `Not all interview groups have 3 people: the largest need ${turns} turns (${extra} minutes more). Groups that finish earlier write up their answers.`,
    rotationHeading: 'Rotation for each group size',
    unreached: (size, turns) =>
      `The groups of ${size} need ${size} turns, but the interview has ${turns}: not everyone gets interviewed.`,
    rotationShorter: (turns) =>
      `The groups are smaller than 3: the rotation has only ${turns} turns.`,
    setTurns: (turns) => `Set the interview to ${turns} turns`,
    turnsMatch: (turns) => `The interview has ${turns} turns – that fits the groups.`,
    turnsFailed: 'The interview cannot get more turns: the item would become too long.',
    byWishIntro:
      'Ask which wish each person cares about most, and enter how many choose each wish.',
    byWishEmpty:
      'There are no prioritised wishes yet. They come from the groups of 4 in the meeting’s first item.',
    wishCount: (wish) => `Number choosing: ${wish}`,
    wishCountPhones: (n) => (n === 1 ? '+ 1 from phones' : `+ ${n} from phones`),
    tooSmall: (wish, size, min) =>
      `“${wish}” has only ${size} – a group should have at least ${min}. Consider joining it with another.`,
    tooLarge: (wish, size, max, sizes) =>
      `“${wish}” has ${size} – more than ${max}. Split it into ${sizes.length} groups (${sizes.join(' + ')}).`,
    wishTotal: (counted) => `Counted in all: ${counted}`,
    byWishWaiting: 'The groups appear here as soon as the room is counted by wish.',
    splitAs: (sizes) => `Split into ${sizes.join(' + ')}`,
    tooManyPeople: 'Groups cannot be worked out for that many participants. Check the number.',
    noGroupsInMeeting: 'This meeting has no group split on its agenda.',
  },

  record: {
    heading: 'How the meeting went',
    startedAt: 'Started',
    endedAt: 'Ended',
    notYet: 'Not yet',
    present: 'Number present',
    presentHint: 'Count those present: the groups are then worked out from this number.',
    actual: 'Actual time per item',
    noActual: 'No item has been finished yet.',
    minutes: (n) => `${n.toLocaleString('en-GB')} min`,
  },

  capture: {
    heading: 'What the groups write',
    none: 'Nothing to write down in this item – use the parking lot for topics that come up.',
  },

  projector: {
    heading: 'Projector',
    open: 'Open the projector window',
    soundBlocked:
      'The projector cannot chime yet: the browser waits for a click in the projector window. Click it once.',
    soundMuted: 'Sound is turned off on the projector.',
    openHint:
      'Drag the window to the projector and press F11 or the Full screen button. It follows this window.',
    blocked: 'The browser blocked the window. Allow pop-ups for this page and try again.',
    shows: 'The projector shows',
    pagesLabel: 'Pages on the projector',
    pageOf: (page, pages) => `The projector shows page ${page} of ${pages}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
    views: {
      agenda: 'Clock and item',
      groups: 'Groups',
      gallery: 'Gallery',
      ranking: 'Ranking',
      parking: 'Parking lot',
      themedList: 'Gross list by theme',
      proposals: 'Proposals',
    },
  },

  screen: {
    title: 'Projector',
    notStarted: 'The meeting has not started',
    startsWith: (title) => `We begin with: ${title}`,
    finished: 'The meeting is over',
    thanks: 'Thank you for today.',
    paused: 'Paused',
    noAgenda: 'There are no items on the agenda.',
    roundLeft: (time) => `${time} left of the round`,
    roundEnded: 'The round is over',
    swapRoles: 'Swap roles',
    swapRolesFor: (sizes) => `Groups of ${sizes.join(' and ')}: swap roles`,
    writeUpFor: (sizes) => `groups of ${sizes.join(' and ')}: write up the answers`,
    writeUp: 'Write up the answers',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    continued: 'continued',
    stepEnded: 'Time is up',
    soundLocked: 'Click here so the timer can chime',
    mute: 'Sound off',
    unmute: 'Sound on',
    fullscreen: 'Full screen',
    exitFullscreen: 'Leave full screen',
    timeLeft: 'Time left',
    overrun: 'Overtime',
    questions: 'Questions',
    groupsHeading: 'Groups',
    notFoundTitle: 'Process not found',
    notFoundBody:
      'The projector window cannot find the process. It may have been deleted, or the address is wrong. Open the window again from the meeting page.',
  },
};
