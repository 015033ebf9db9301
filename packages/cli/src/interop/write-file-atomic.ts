/**
 * Writes a file so that readers see the old content or the new, never half of it, through the one
 * atomic write of the house (@pathwise/store's `atomicWriteFile`: temporary file, fsync, rename), with
 * a failure reported as bad input naming the file.
 */
import { InvalidInputError } from '@pathwise/core';
import { atomicWriteFile } from '@pathwise/store';

/**
 * @param path - the file to write
 * @param text - its new content
 * @throws InvalidInputError when the folder cannot be written to
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  try {
    await atomicWriteFile(path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidInputError(`cannot write ${path}: ${reason}`);
  }
}
