/**
 * Dispatches `pathwise <command> …` and turns every error into a message and an exit code:
 * PathwiseErrors (bad input) exit 2 with one line per fault; anything else exits 1 without a stack
 * trace unless PATHWISE_DEBUG is set. `--version`, `help`, `help COMMAND` and `COMMAND --help` are
 * answered here, from each command's own description of its flags.
 */
import { CatalogInvalidError, PathwiseError, formatFault } from '@pathwise/core';
import { ImportInvalidError, formatImportFault } from '@pathwise/interop';
import type { Command } from './commands/command.js';
import { planCommand } from './commands/plan.js';
import { frontierCommand } from './commands/frontier.js';
import { validateCommand } from './commands/validate.js';
import { importCommand } from './commands/import.js';
import { exportCommand } from './commands/export.js';
import { searchCommand } from './commands/search.js';
import { showCommand } from './commands/show.js';
import type { CliIo } from './io.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, MIN_COLUMNS } from './io.js';
import { renderCommandHelp, renderCommandList } from './help/render-help.js';
import { helpTopics } from './help/topics.js';
import { UnknownIdError } from './suggest/unknown-id-error.js';
import { didYouMean, didYouMeanText } from './suggest/did-you-mean.js';
import { cliVersion } from './version.js';

/** Every sub-command, in the order `pathwise help` lists them. */
export const commands: Command[] = [
  planCommand,
  frontierCommand,
  searchCommand,
  showCommand,
  validateCommand,
  importCommand,
  exportCommand,
];

/**
 * Runs one command line.
 * @param argv - the arguments after `pathwise`
 * @returns the exit code
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const width = io.columns?.() ?? MIN_COLUMNS;
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`pathwise ${cliVersion()}\n`);
    return EXIT_OK;
  }
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(renderCommandList(commands, width));
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (name === 'help') return help(rest[0], io, width);
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const near = didYouMeanText(
      didYouMean(
        name,
        commands.map((c) => c.name),
        1,
      ),
    );
    io.err(`pathwise: unknown command "${name}".${near}\n${renderCommandList(commands, width)}`);
    return EXIT_BAD_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(renderCommandHelp(command, width));
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}

function help(topic: string | undefined, io: CliIo, width: number): number {
  if (topic === undefined) {
    io.out(renderCommandList(commands, width));
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === topic);
  if (command) {
    io.out(renderCommandHelp(command, width));
    return EXIT_OK;
  }
  const text = helpTopics[topic];
  if (text !== undefined) {
    io.out(text(width));
    return EXIT_OK;
  }
  const names = [...commands.map((c) => c.name), ...Object.keys(helpTopics)];
  const near = didYouMeanText(didYouMean(topic, names, 1));
  io.err(`pathwise: no help on "${topic}".${near} Topics: ${names.join(', ')}\n`);
  return EXIT_BAD_INPUT;
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
  if (error instanceof UnknownIdError) {
    io.err(`pathwise: unknown credential "${error.id}" (${error.code}).${error.hint}\n`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof PathwiseError) {
    const [first, ...more] = error.message.split('\n');
    io.err(`pathwise: ${first} (${error.code})\n${more.map((l) => `${l}\n`).join('')}`);
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`pathwise: internal error: ${message}\n`);
  if (process.env.PATHWISE_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
  return EXIT_INTERNAL;
}
