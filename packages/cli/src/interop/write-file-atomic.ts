/**
 * Writes `--out` so that readers see the old content or the new, never half of it, through the one
 * atomic write of the house (@pathwise/store's `atomicWriteFile`: temporary file, fsync, rename) of
 * the checked target (out-target.ts: the end of any symbolic link, a regular file), with a failure
 * reported as bad input naming the file.
 */
import { InvalidInputError } from '@pathwise/core';
import { atomicWriteFile } from '@pathwise/store';
import type { OutTarget } from './out-target.js';

/**
 * @param out - the checked target
 * @param text - its new content
 * @throws InvalidInputError when the folder cannot be written to
 */
export async function writeFileAtomic(out: OutTarget, text: string): Promise<void> {
  try {
    await atomicWriteFile(out.path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidInputError(`cannot write ${out.given}: ${reason}`);
  }
}
