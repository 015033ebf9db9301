/**
 * The command-line parsing every sub-command with positionals shares: node's util.parseArgs in
 * strict mode plus `--help`/`-h`, with a parse failure turned into a UsageError (exit 2) that
 * repeats the usage line.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

/** What parseCommandArgs returns for a sub-command's options. */
export type ParsedCommandArgs<O extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{
    args: string[];
    allowPositionals: true;
    strict: true;
    options: O & typeof HELP;
  }>
>;

/**
 * @param args - the arguments after the sub-command's name
 * @param options - the sub-command's own options (`--help` is added)
 * @param usage - the usage line, repeated in the error
 * @returns util.parseArgs' values and positionals
 * @throws UsageError for an unknown option or a missing option value
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  usage: string,
): ParsedCommandArgs<O> {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...options, ...HELP },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: ${usage}`);
  }
}
