import type { ApvProcess } from '../document';
import { LIMITS } from '../limits';

/** A copy of a process under a new id, named so that the two can be told apart. */
export function copyProcess(process: ApvProcess, newId: string, nameSuffix: string): ApvProcess {
  const name = `${process.name} ${nameSuffix}`.slice(0, LIMITS.shortText);
  return { ...process, id: newId, name };
}

export type ConflictChoice = 'replace' | 'keepBoth';

/** What an import puts in place: conflicting ids are replaced or kept beside as copies. */
export function resolveImport(
  incoming: ApvProcess[],
  existingIds: ReadonlySet<string>,
  choice: ConflictChoice,
  newId: () => string,
  copySuffix: string,
): ApvProcess[] {
  return incoming.map((p) =>
    existingIds.has(p.id) && choice === 'keepBoth' ? copyProcess(p, newId(), copySuffix) : p,
  );
}
