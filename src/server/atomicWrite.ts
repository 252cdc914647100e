import { open, rename, rm } from 'node:fs/promises';

let sequence = 0;

/**
 * Writes `data` to `path` so that a reader (or a restart after a crash) sees either the old
 * file or the whole new one: a temporary file beside it, flushed to disk, then renamed over it.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  sequence += 1;
  const temporary = `${path}.${process.pid}.${sequence}.tmp`;
  try {
    const file = await open(temporary, 'w', 0o600);
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
