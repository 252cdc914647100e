import type { Dictionary } from '../dictionary';

export const shareEn: Dictionary['share'] = {
  heading: 'Share the process',
  intro:
    'Share the process with the rest of the work environment group and the manager, so you can work on it at the same time – each on your own computer, offline too.',
  privacy:
    'The server keeps only encrypted data and cannot read it. The key is in the link itself, so anyone with the link can read the process. Give it only to those who need it.',
  start: 'Share the process',
  starting: 'Sharing …',
  startFailed:
    'The process could not be shared. The server could not be reached – try again when you are online.',
  editLink: 'Link to edit',
  editLinkHint: 'For the work environment group and the manager.',
  readLink: 'Link to read',
  readLinkHint: 'For staff, the safety representative or the Working Environment Authority.',
  qr: (what) => `QR code: ${what}`,
  copy: 'Copy',
  copied: 'Copied',
  revoke: 'Revoke the links',
  revokeConfirm:
    'Every current link stops working and new ones are made. Those who carry on need the new links.',
  revoked: 'The links are revoked. Here are the new ones.',
  name: 'Your name, as the others see it',
  nameHint: 'So the others can see who is here right now.',
  saveName: 'Save name',
  nameSaved: 'Name saved.',
  unnamed: 'Someone without a name',
  here: 'Here right now',
  editingWhat: (name, what) => `${name} is editing “${what}”`,
  connection: {
    connecting: 'Connecting …',
    online: (devices) => (devices === 1 ? 'Shared · 1 device' : `Shared · ${devices} devices`),
    offline: 'Offline – saved on this device',
    refused: 'Not connected',
  },
  readOnly: 'Read only',
  setAside: (count) =>
    count === 1
      ? '1 change from another device could not be read and was set aside.'
      : `${count} changes from other devices could not be read and were set aside.`,
  refusal: {
    unknownRoom: 'The shared process is not on the server. Check the link or ask for a new one.',
    revoked: 'The link has been revoked. Ask whoever shared the process for a new link.',
    forbidden: 'The link gives no access. Check that it was copied in full, or ask for a new one.',
    wrongKey:
      'The link’s key does not fit. Check that it was copied in full, or ask for a new one.',
    other: 'The server refused the connection. Try again later.',
  },
  join: {
    heading: 'Opening the shared process',
    opening: 'Fetching the process …',
    badLink: 'The link is incomplete. Check that it was copied in full, or ask for a new one.',
    unreachable: 'The server could not be reached. Try again when you are online.',
    retry: 'Try again',
    home: 'To the home page',
  },
};
