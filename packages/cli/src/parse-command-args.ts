/**
 * The command-line parsing every sub-command shares: node's util.parseArgs in strict mode over the
 * command's FlagSpecs, with a parse failure turned into a UsageError (exit 2) that names the flag and
 * repeats the usage line. A value that starts with a dash but is a number (`--max-weeks -3`) is taken
 * as the flag's value, so that the check of its range can say what is wrong with it.
 */
import { parseArgs } from 'node:util';
import type { Command, FlagSpec } from './commands/command.js';
import { UsageError } from './usage-error.js';

/** The values util.parseArgs gives for a command's flags. */
export type FlagValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** What parseCommandArgs returns. */
export interface ParsedCommandArgs {
  values: FlagValues;
  positionals: string[];
}

const NEGATIVE_NUMBER = /^-(\d|\.\d)/;

/**
 * @param args - the arguments after the sub-command's name
 * @param command - the sub-command (its flags and usage)
 * @returns util.parseArgs' values and positionals
 * @throws UsageError for an unknown option, a missing option value or a positional where none is taken
 */
export function parseCommandArgs(args: string[], command: Command): ParsedCommandArgs {
  const takesValue = new Set(
    command.flags.flatMap((f) =>
      f.type === 'string' ? [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])] : [],
    ),
  );
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (takesValue.has(arg) && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  try {
    const { values, positionals } = parseArgs({
      args: joined,
      allowPositionals: command.arguments !== undefined && command.arguments.length > 0,
      strict: true,
      options: {
        ...Object.fromEntries(command.flags.map(toOption)),
        help: { type: 'boolean', short: 'h' },
      },
    });
    return { values: values as FlagValues, positionals };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/\.$/, '');
    throw new UsageError(`${message}; see "pathwise help ${command.name}"`);
  }
}

function toOption(
  flag: FlagSpec,
): [string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }] {
  return [
    flag.name,
    {
      type: flag.type,
      ...(flag.short ? { short: flag.short } : {}),
      ...(flag.multiple ? { multiple: true } : {}),
    },
  ];
}

/** @returns a string flag's value (the last one when given as a list) */
export function stringFlag(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  if (Array.isArray(value)) return value.length > 0 ? String(value[value.length - 1]) : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** @returns every value of a repeatable string flag */
export function listFlag(values: FlagValues, name: string): string[] | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map(String);
}

/** @returns whether a boolean flag was given */
export function booleanFlag(values: FlagValues, name: string): boolean {
  return values[name] === true;
}
