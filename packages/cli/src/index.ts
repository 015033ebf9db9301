/**
 * @pathwise/cli: the `pathwise` command, also callable in-process through `main`.
 */
export { main, commands, reportError } from './main.js';
export type { CliIo } from './io.js';
export type { Command } from './commands/command.js';
