import type { commonDa } from '../da/common';

/** A value quoted in a sentence: at most 60 characters. */
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

export const commonEn: typeof commonDa = {
  appName: 'APV Dialog',
  skipToContent: 'Skip to content',
  language: 'Language',
  languages: { da: 'Dansk', en: 'English' },
  nav: { home: 'Processes', backup: 'Backup' },
  save: { saved: 'All changes saved', pending: 'Saving …', error: 'Could not save – try again' },
  actions: {
    open: 'Open',
    rename: 'Rename',
    delete: 'Delete',
    cancel: 'Cancel',
    confirm: 'Confirm',
    undo: 'Undo',
    add: 'Add',
    remove: 'Remove',
    close: 'Close',
    download: 'Download',
  },
  validation: {
    required: 'Required.',
    wholeNumber: 'Enter a whole number of 1 or more.',
    wholeNumberZero: 'Enter a whole number of 0 or more.',
    tooLarge: (max: number) => `The number can be at most ${max.toLocaleString('en-GB')}.`,
    date: 'Enter a valid date.',
    dateTime: 'Enter a valid date and time.',
    tooLong: (max: number) => `The text can be at most ${max} characters.`,
    tooLongCut: (max: number, n: number) =>
      `The text is ${n} characters. Only the first ${max} are kept – shorten it if the rest matters.`,
  },
  draftOffer: {
    notice: (text: string) => `You have text that was never saved: “${clip(text, 120)}”`,
    takeBack: 'Take it back',
    throwAway: 'Throw it away',
  },
  changedElsewhere: {
    notice: (theirs: string) =>
      theirs.trim() === ''
        ? 'Changed in another window: the field was emptied.'
        : `Changed in another window to “${clip(theirs)}”.`,
    restore: (mine: string) =>
      mine.trim() === '' ? 'Empty the field again' : `Put my value back (“${clip(mine)}”)`,
    dismiss: 'Keep the change',
  },
  notFound: {
    title: 'Page not found',
    process:
      'This process is no longer on this computer. It may have been deleted in another window.',
    back: 'Back to the processes',
  },
  crash: {
    title: 'Something went wrong',
    body: 'Your data is saved. Reload the page to continue.',
    reload: 'Reload',
  },
  newerVersion: {
    title: 'A newer version of the app is available',
    body: 'It is open in another window. Changes you make here do not reach that window. Reload the page to continue.',
    reload: 'Reload the page',
  },
  quarantine: {
    title: 'Some stored data could not be read',
    body: (n: number) =>
      n === 1
        ? 'One stored process does not match the expected format. It has been set aside, not deleted. Download the raw file if you want to rescue its content.'
        : `${n} stored processes do not match the expected format. They have been set aside, not deleted. Download the raw files if you want to rescue their content.`,
    download: 'Download raw data',
    dismiss: 'Delete the set-aside copy',
    confirmDismiss: 'Delete the set-aside copy for good?',
  },
};
