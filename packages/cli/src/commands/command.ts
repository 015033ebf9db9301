/**
 * The shape every `pathwise` sub-command has.
 */
import type { CliIo } from '../io.js';

/** A sub-command: its name, a one-line summary for `pathwise help`, and its run function. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** @returns the exit code */
  run(args: string[], io: CliIo): Promise<number>;
}
