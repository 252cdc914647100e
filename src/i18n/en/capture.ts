import type { captureDa } from '../da/capture';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const captureEn: typeof captureDa = {
  validation: {
    empty: 'Type something before you press Enter.',
    tooLong: (max: number) => `At most ${max} characters – split the line if you can.`,
  },
  groups: {
    group: (n: number) => `Group ${n}`,
    addGroup: 'New group',
    fromPeople: (groups: number, people: number) =>
      `${groups} ${plural(groups, 'group', 'groups')} for ${people} participants.`,
    noPeople: 'The number of participants is not filled in, so you add groups yourself.',
    keyHint: 'Enter adds the line. Alt+↑ and Alt+↓ switch group.',
  },
  item: {
    edit: 'Edit',
    save: 'Save',
    cancel: 'Cancel',
    remove: 'Remove',
    editLabel: 'New text',
    groupLabel: 'Group',
    removedAt: (time: string) => `removed at ${time}`,
    addedAt: (time: string) => `at ${time}`,
  },
  strengths: {
    title: 'Gallery of strengths',
    intro:
      "Type in the main points from the interview groups' flip-overs, line by line. Choose the group first.",
    groupLabel: 'Interview group',
    inputLabel: (group: number) => `Strength from group ${group}`,
    empty: 'No strengths typed in yet.',
    groupEmpty: 'Nothing from this group yet.',
    count: (n: number) => `${n} ${plural(n, 'strength', 'strengths')}`,
    editOf: (text: string) => `Edit the strength "${text}"`,
    removeOf: (text: string) => `Remove the strength "${text}"`,
    removed: (text: string) => `The strength "${text}" was removed.`,
    added: (group: number) => `Added to group ${group}.`,
  },
  wishes: {
    title: 'Wishes and dreams',
    intro:
      "Type in each brainstorm group's flip-over – one list per group. In step 4 you merge duplicates in the bruttoliste, shown here under the meeting clock.",
    groupLabel: 'Brainstorm group',
    inputLabel: (group: number) => `Wish or dream from group ${group}`,
    empty: 'No wishes typed in yet.',
    groupEmpty: 'Nothing from this group yet.',
    count: (n: number) => `${n} ${plural(n, 'wish', 'wishes')}`,
    editOf: (text: string) => `Edit the wish "${text}"`,
    removeOf: (text: string) => `Remove the wish "${text}"`,
    removed: (text: string) => `The wish "${text}" was removed.`,
    added: (group: number) => `Added to group ${group}.`,
    merged: 'merged',
    removedList: (n: number) => `Removed wishes (${n})`,
    restore: (text: string) => `Put "${text}" back`,
  },
  gallery: {
    title: 'The gallery',
    strengths: 'What works well here',
    wishes: 'Our wishes and dreams',
    empty: 'The posters have not been typed in yet.',
    poster: (group: number) => `Group ${group}`,
  },
  parking: {
    title: 'Parking lot',
    intro: 'Topics that come up but belong elsewhere. The AMG picks them up afterwards.',
    inputLabel: 'Park a topic',
    empty: 'Nothing parked yet.',
    count: (n: number) => `${n} ${plural(n, 'topic', 'topics')} parked`,
    editOf: (text: string) => `Edit the topic "${text}"`,
    removeOf: (text: string) => `Remove the topic "${text}"`,
    removed: (text: string) => `The topic "${text}" was removed from the parking lot.`,
    parked: 'Parked.',
    breakStep: 'Break',
    where: (meeting: string, step: string | null) => (step ? `${meeting} · ${step}` : meeting),
    viewTitle: 'Parked for later',
    viewEmpty: 'No topics are parked.',
  },
  triage: {
    title: 'Parked topics',
    intro:
      'Go through the topics from the dialogue meetings: is it handled, does it go into the action plan, or do you let it go?',
    empty: 'Nothing was parked at the dialogue meetings.',
    status: 'Status',
    note: 'Note',
    statuses: {
      open: 'Open',
      handled: 'Handled',
      toPlan: 'To the action plan',
      dropped: 'Dropped',
    },
    summary: (open: number, total: number) =>
      `${open} of ${total} ${plural(total, 'topic', 'topics')} still open.`,
    parkedAt: (where: string, time: string) => `${where}, ${time}`,
  },
};
