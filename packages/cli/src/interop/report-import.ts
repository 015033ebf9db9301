/**
 * What the import and export commands share: reading the input file, printing warnings and
 * import faults one per line, and writing the result to stdout or atomically to --out.
 */
import { InvalidInputError } from '@pathwise/core';
import type { ImportWarning } from '@pathwise/interop';
import { ImportInvalidError, formatImportFault } from '@pathwise/interop';
import type { CliIo } from '../io.js';
import { EXIT_BAD_INPUT } from '../io.js';
import type { OutTarget } from './out-target.js';
import { writeFileAtomic } from './write-file-atomic.js';

/**
 * @returns the file's text
 * @throws InvalidInputError naming the file when it cannot be read
 */
export async function readInputFile(path: string, io: CliIo): Promise<string> {
  try {
    return await io.readText(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidInputError(`cannot read ${path}: ${reason}`);
  }
}

/** Prints each warning on stderr as `warning: path: message (CODE)`. */
export function printWarnings(warnings: readonly ImportWarning[], io: CliIo): void {
  for (const w of warnings) io.err(`warning: ${w.path || '(root)'}: ${w.message} (${w.code})\n`);
}

/**
 * Runs an import or export step; an ImportInvalidError is printed one line per fault (exit 2),
 * anything else goes to the CLI's common error report.
 * @returns the step's value, or the exit code when it was refused
 */
export async function withImportFaults<T>(
  step: () => T | Promise<T>,
  io: CliIo,
): Promise<T | { exit: number }> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ImportInvalidError)) throw error;
    for (const fault of error.faults) io.err(`${formatImportFault(fault)}\n`);
    return { exit: EXIT_BAD_INPUT };
  }
}

/** Writes JSON to --out (atomically) or to stdout. */
export async function emitJson(
  value: unknown,
  out: OutTarget | undefined,
  io: CliIo,
): Promise<void> {
  await emitText(`${JSON.stringify(value, null, 2)}\n`, out, io);
}

/** Writes text to --out (atomically) or to stdout. */
export async function emitText(text: string, out: OutTarget | undefined, io: CliIo): Promise<void> {
  if (out === undefined) io.out(text);
  else await writeFileAtomic(out, text);
}
