/**
 * What a CLI command may touch: its output streams and files. Tests pass their own to capture output.
 */
import { readFile } from 'node:fs/promises';

/** The command's streams and file access. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): Promise<string>;
  /** The file's bytes (a baked PNG badge); absent in test doubles that only serve text. */
  readBytes?(path: string): Promise<Uint8Array>;
}

/** The process's real streams and file system. */
export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readText: (path) => readFile(path, 'utf8'),
  readBytes: (path) => readFile(path),
};

/** Exit codes of plan-v1.md: 0 success (a plan, feasible or not; a valid catalog), 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;
/** A fault of Pathwise itself, never of the input. */
export const EXIT_INTERNAL = 1;
