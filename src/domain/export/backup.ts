import { z } from 'zod/mini';
import type { ApvProcess } from '../document';
import { LIMITS } from '../limits';
import { loadProcess, type LoadError } from '../migrations';
import { SCHEMA_VERSION } from '../version';

export const BACKUP_APP = 'apv-dialog';
export const BACKUP_KIND = 'apv-processes';
/** Version of the envelope itself; the processes inside carry their own schemaVersion. */
export const BACKUP_FORMAT = 1;

export interface BackupEnvelope {
  app: typeof BACKUP_APP;
  kind: typeof BACKUP_KIND;
  format: typeof BACKUP_FORMAT;
  /** The document schema version of the app that wrote the file (each process has its own too). */
  schemaVersion: number;
  exportedAt: string;
  data: { processes: unknown[] };
}

export function createBackup(processes: ApvProcess[], now: Date): BackupEnvelope {
  return {
    app: BACKUP_APP,
    kind: BACKUP_KIND,
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    data: { processes },
  };
}

export function serializeBackup(envelope: BackupEnvelope): string {
  return JSON.stringify(envelope, null, 2);
}

export type BackupError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'syntax'; detail: string }
  | { kind: 'notBackup' }
  | { kind: 'otherKind'; found: string }
  | { kind: 'noProcesses' }
  | { kind: 'process'; index: number; name: string | null; error: LoadError };

export type BackupResult =
  | { ok: true; processes: ApvProcess[]; exportedAt: string; migrated: number }
  | { ok: false; error: BackupError };

const envelopeSchema = z.object({
  app: z.literal(BACKUP_APP),
  kind: z.string().check(z.maxLength(100)),
  format: z.number(),
  schemaVersion: z.int(),
  exportedAt: z.string().check(z.maxLength(100)),
  data: z.object({ processes: z.array(z.unknown()).check(z.maxLength(LIMITS.listItems)) }),
});

/**
 * Reads a backup file's text. Checks everything (size, syntax, envelope, every process's
 * schema and version, migrating older ones) and returns either all processes or the first
 * problem: callers change nothing unless this succeeds.
 */
export function parseBackup(text: string, byteLength: number): BackupResult {
  if (byteLength > LIMITS.importBytes) {
    return { ok: false, error: { kind: 'tooLarge', bytes: byteLength, limit: LIMITS.importBytes } };
  }
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'syntax', detail: e instanceof Error ? e.message : '' } };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, error: { kind: 'notBackup' } };
  if (envelope.data.kind !== BACKUP_KIND) {
    return { ok: false, error: { kind: 'otherKind', found: envelope.data.kind.slice(0, 40) } };
  }
  const rawProcesses = envelope.data.data.processes;
  if (rawProcesses.length === 0) return { ok: false, error: { kind: 'noProcesses' } };
  const processes: ApvProcess[] = [];
  let migrated = 0;
  for (const [index, item] of rawProcesses.entries()) {
    const loaded = loadProcess(item);
    if (!loaded.ok) {
      return {
        ok: false,
        error: { kind: 'process', index, name: nameOf(item), error: loaded.error },
      };
    }
    if (loaded.migratedFrom !== null) migrated++;
    processes.push(loaded.process);
  }
  return { ok: true, processes, exportedAt: envelope.data.exportedAt, migrated };
}

function nameOf(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const name = (item as { name?: unknown }).name;
  return typeof name === 'string' ? name.slice(0, 80) : null;
}
