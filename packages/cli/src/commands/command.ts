/**
 * The shape every `pathwise` sub-command has: its name, usage, flags (each described, with its
 * default) and run function. `pathwise help CMD` and `CMD --help` are rendered from it, and its flags
 * are what parseCommandArgs accepts, so help and parsing cannot drift apart.
 */
import type { CliIo } from '../io.js';

/** One flag of a sub-command. */
export interface FlagSpec {
  /** The long name, without `--`. */
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** May be given more than once (values collected in order). */
  multiple?: boolean;
  /** The value's placeholder in help (`N`, `FILE`, `ID,…`). */
  value?: string;
  /** One sentence: what the flag does. */
  description: string;
  /** The default, as help shows it (absent: no default, the flag is off or optional). */
  default?: string;
}

/** A positional argument, for help. */
export interface ArgumentSpec {
  name: string;
  description: string;
}

/** A sub-command. */
export interface Command {
  name: string;
  /** One line for `pathwise help`. */
  summary: string;
  /** The usage line, after `usage: `. */
  usage: string;
  /** Positional arguments, described. */
  arguments?: readonly ArgumentSpec[];
  /** Every flag the command takes (`--help` is added by the parser). */
  flags: readonly FlagSpec[];
  /** Examples shown at the end of its help. */
  examples?: readonly string[];
  /** @returns the exit code */
  run(args: string[], io: CliIo): Promise<number>;
}
