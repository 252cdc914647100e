import type { phoneMeeting2Da } from '../da/phoneMeeting2';

export const phoneMeeting2En: typeof phoneMeeting2Da = {
  groupWish: "The group's wish",
  groupWishes: (group: number) => `Group ${group}'s wish`,
  noChoiceYet: 'The group has not chosen yet.',
  chooseWish: 'Choose',
  chosenWish: 'Chosen',
  chooseHint: 'Choose one wish. A small staff group may choose two.',
  otherWishes: 'Choose another wish',
  pickWishes: "Choose the group's wish",
  lockedHint: 'A wish with proposals cannot be left out here; ask the meeting leader.',
  proposalLabel: 'A proposal',
  proposalsFor: (wish: string) => `Proposals for »${wish}«`,
  proposalCount: (n: number, of: number) => `${n} of ${of} proposals`,
  allProposals: 'The group has written its 3 proposals.',
  burnFor: 'I burn most for',
  burnHint: 'One wish. You can change it while the step lasts.',
  noPrioritised: 'The groups have not chosen wishes yet.',
  chooseFirst: 'First choose your wish above.',
  heading: 'Heading',
  headings: {
    we: 'WE: what do we ourselves do differently?',
    leader: 'THE LEADER: what does the leader do differently?',
    partners: 'CUSTOMERS AND PARTNERS: what do they do differently?',
  },
};
