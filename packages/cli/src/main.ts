/**
 * Dispatches `pathwise <command> …` and turns every error into a message and an exit code:
 * PathwiseErrors (bad input) exit 2 with one line per fault; anything else exits 1 without a stack
 * trace unless PATHWISE_DEBUG is set.
 */
import { CatalogInvalidError, PathwiseError, formatFault } from '@pathwise/core';
import { ImportInvalidError, formatImportFault } from '@pathwise/interop';
import type { Command } from './commands/command.js';
import { planCommand } from './commands/plan.js';
import { validateCommand } from './commands/validate.js';
import { importCommand } from './commands/import.js';
import { exportCommand } from './commands/export.js';
import type { CliIo } from './io.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './io.js';

/** Every sub-command, in the order `pathwise help` lists them. */
export const commands: Command[] = [planCommand, validateCommand, importCommand, exportCommand];

/**
 * Runs one command line.
 * @param argv - the arguments after `pathwise`
 * @returns the exit code
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText());
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`pathwise: unknown command "${name}"\n${helpText()}`);
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/** Prints an error as the CLI contract says and returns its exit code. */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CatalogInvalidError) {
    for (const fault of error.faults) io.err(`${formatFault(fault)}\n`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof ImportInvalidError) {
    for (const fault of error.faults) io.err(`${formatImportFault(fault)}\n`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof PathwiseError) {
    io.err(`pathwise: ${error.message} (${error.code})\n`);
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`pathwise: internal error: ${message}\n`);
  if (process.env.PATHWISE_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
  return EXIT_INTERNAL;
}

function helpText(): string {
  const lines = commands.map((c) => `  ${c.usage.padEnd(60)} ${c.summary}`);
  return `usage: pathwise <command> [options]\n\n${lines.join('\n')}\n`;
}
