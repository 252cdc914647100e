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
};
