import type { backupDa } from '../da/backup';

export const backupEn: typeof backupDa = {
  title: 'Backup',
  intro:
    'Save your processes in a file to move them to another computer or keep a copy. The file holds everything you have written.',
  exportAll: 'Save all processes to a file',
  exportOne: 'Save this process to a file',
  nothingToExport: 'There are no processes to save yet.',
  importHeading: 'Restore from a file',
  importLabel: 'Choose a backup (.json)',
  importHint:
    'The file is checked in full before anything changes. If anything is wrong, nothing happens.',
  imported: (n: number) =>
    n === 1 ? 'One process was restored.' : `${n} processes were restored.`,
  migrated: (n: number) => ` ${n} of them came from an older version and were updated.`,
  conflictTitle: 'The process already exists',
  conflictBody: (name: string) =>
    `“${name}” already exists on this computer. Replace it, or keep both?`,
  replace: 'Replace the existing one',
  keepBoth: 'Keep both',
  copySuffix: '(copy)',
  errors: {
    empty: 'The file is empty.',
    tooLarge: (mb: string, limitMb: string) =>
      `The file is too large (${mb} MB). A backup can be at most ${limitMb} MB.`,
    syntax: 'The file is not valid JSON. It may be damaged or not a backup.',
    notBackup: 'The file is not an APV Dialog backup.',
    otherKind: (kind: string) => `The file is from APV Dialog but holds “${kind}”, not processes.`,
    noProcesses: 'The backup holds no processes.',
    processPrefix: (n: number, name: string | null) =>
      name ? `Process no. ${n} (“${name}”): ` : `Process no. ${n}: `,
    notAnObject: 'it is not a process.',
    noVersion: 'it lacks a valid version number.',
    newerVersion: (v: number) =>
      `it was made by a newer version of the app (format ${v}). Update the app and try again.`,
    unsafeKey: (key: string) =>
      `it contains the key “${key}”, which can be used in attacks, and was refused.`,
    invalid: (paths: string) => `its fields do not match the format (${paths}).`,
    readFailed: 'The file could not be read.',
    nothingChanged: 'Nothing was changed.',
  },
  status: {
    title: 'Is your data safe?',
    persisted: 'The browser has promised to keep your data, even when space runs low.',
    notPersisted:
      'The browser may delete your data when the computer runs low on space, and Safari deletes it when the app has not been used for 7 days. Save a backup regularly.',
    unknown: 'The browser does not say whether it keeps your data. Save a backup regularly.',
    askPersist: 'Ask the browser to keep the data',
    lastBackup: (date: string) => `Last backup from this browser: ${date}.`,
    noBackup: 'No backup has been saved from this browser yet.',
    unbacked: (names: string[]) =>
      `Changed since the last backup: ${names.map((n) => `“${n}”`).join(', ')}.`,
    remind: 'That was more than a week ago. Save a backup now.',
    toBackup: 'Go to backup',
    dateFormat: "d MMMM yyyy 'at' HH:mm",
  },
  lost: {
    title: "The browser deleted the app's stored data",
    body: 'While the app was open, its data in the browser was deleted (for example with “Clear site data”). The app has saved everything it showed again. Save a backup now, so that you also have a copy outside the browser.',
    dismiss: 'Close',
  },
};
