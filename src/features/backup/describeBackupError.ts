import type { BackupError } from '../../domain/export/backup';
import type { LoadError } from '../../domain/migrations';
import type { Dictionary } from '../../i18n/dictionary';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

/** One clear sentence naming what is wrong with an imported file. */
export function describeBackupError(error: BackupError, t: Dictionary['backup']): string {
  const e = t.errors;
  switch (error.kind) {
    case 'empty':
      return e.empty;
    case 'tooLarge':
      return e.tooLarge(mb(error.bytes), mb(error.limit));
    case 'syntax':
      return e.syntax;
    case 'notBackup':
      return e.notBackup;
    case 'otherKind':
      return e.otherKind(error.found);
    case 'noProcesses':
      return e.noProcesses;
    case 'process':
      return e.processPrefix(error.index + 1, error.name) + describeLoadError(error.error, t);
  }
}

function describeLoadError(error: LoadError, t: Dictionary['backup']): string {
  switch (error.kind) {
    case 'notAnObject':
      return t.errors.notAnObject;
    case 'noVersion':
      return t.errors.noVersion;
    case 'newerVersion':
      return t.errors.newerVersion(error.version);
    case 'unsafeKey':
      return t.errors.unsafeKey(error.key);
    case 'invalid':
      return t.errors.invalid(error.paths.join(', '));
  }
}
