/**
 * A file store never reseeds over its own history. When `catalog.json` is missing but the change log
 * beside it holds records, the store refuses to open instead of starting again at version 1 (whose
 * next apply would truncate the log). Refusing, not recovering: the log holds the changes after
 * version 1 but not the seed they apply to, so replaying it cannot rebuild the catalog for certain;
 * an operator restores catalog.json from a backup, or moves the log aside to start a new store.
 */
import { stat } from 'node:fs/promises';
import { PathwiseError } from '@pathwise/core';

/**
 * @param catalogPath - the missing catalog file
 * @param logPath - its change log
 * @throws PathwiseError STORE_UNAVAILABLE when the log exists and is not empty
 */
export async function refuseOverHistory(catalogPath: string, logPath: string): Promise<void> {
  let size: number;
  try {
    size = (await stat(logPath)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new PathwiseError('STORE_UNAVAILABLE', `cannot stat change log ${logPath}`, {
      cause: error,
    });
  }
  if (size === 0) return;
  throw new PathwiseError(
    'STORE_UNAVAILABLE',
    `${catalogPath} is missing but its change log ${logPath} holds ${size} bytes of history: ` +
      'refusing to start a new catalog over it. Restore the catalog file from a backup, or move ' +
      'the change log aside to start an empty store.',
  );
}
