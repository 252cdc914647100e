import type { roomDa } from '../da/room';

export const roomEn: typeof roomDa = {
  heading: 'Phones in the room',
  intro:
    'Let participants take part from their phones: groups write strengths and wishes, and everyone places their 3 marks. Paper and posters still work; you count the paper marks in as before.',
  privacy:
    'Phones see only the current step, the clock and the wishes being voted on – never the rest of the process.',
  open: 'Open the room for phones',
  opening: 'Opening …',
  openFailed: 'The room could not be opened. The server could not be reached – try again.',
  reopen: 'Open the room again',
  close: 'Close the room',
  remove: 'Remove the room',
  removeConfirm: "The room is deleted on the server, and the phones' link stops working.",
  closedNote: 'The room is closed. What phones send now is kept aside here.',
  phonesIn: (n: number) => (n === 1 ? '1 phone has joined' : `${n} phones have joined`),
  twoPhones: 'Two phones of one person count as two.',
  link: 'Link for the phones',
  qr: 'QR code for the phones',
  connection: {
    connecting: 'Connecting to the server …',
    online: 'Connected',
    offline: "No connection – the phones' entries arrive when it is back.",
    refused: 'The server refused the room.',
  },
  tookPart: 'Taking part per step',
  tookPartStep: (step: string, n: number) => `${step}: ${n}`,
  vote: 'Vote on the phones',
  voteOpen: 'The vote is open in the »Selection« step.',
  voteClosed:
    'The vote is closed. Phones see the counts when the ranking is shown on the projector.',
  closeVote: 'Close the vote',
  reopenVote: 'Open the vote again',
  marksBySource: (phone: number, paper: number) =>
    `${phone} ${phone === 1 ? 'mark' : 'marks'} from phones and ${paper} from paper`,
  aside: 'Kept aside',
  asideIntro: 'Entries that came after their step had ended, or that could not be taken in.',
  verdicts: {
    late: 'came late',
    rateLimited: 'too many in a short time',
    roomFull: 'the room is full',
    badGroup: 'unknown group',
    unknownWish: 'unknown wish',
  },
  asideMark: 'A mark',
  asideJoined: 'Joined',
  unreadable: (n: number) => `${n} entries could not be read and were not taken in.`,
  marksRefused: (n: number) => `${n} phone marks could not be counted (more than the room has).`,
  invite: 'Take part from your phone',
  inviteHint: 'Scan the QR code – no login, no name.',
  inviteTyped: 'Or go to',
  inviteCode: 'and type the room’s code:',
};
