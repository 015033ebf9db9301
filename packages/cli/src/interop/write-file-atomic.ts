/**
 * Writes a file so that readers see the old content or the new, never half of it: the text goes to
 * a temporary file in the same folder, which is then renamed over the target.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InvalidInputError } from '@pathwise/core';

/**
 * @param path - the file to write
 * @param text - its new content
 * @throws InvalidInputError when the folder cannot be written to
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidInputError(`cannot write ${path}: ${reason}`);
  }
}
