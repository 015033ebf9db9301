/**
 * What a CLI command may touch: its output streams, files and the terminal's width. Tests pass their
 * own to capture output. The process's streams end the process quietly (exit 0) when the reader of
 * a pipe goes away (`pathwise plan --batch … | head -1`): nothing more can be said to it. Input
 * files are read with a byte limit, text ones refused at the first chunk that is binary
 * (input/read-bounded.ts).
 */
import {
  openFileChunks,
  readBoundedBytes,
  readBoundedText,
  readBoundedTextBytes,
} from './input/read-bounded.js';

/** An input read as a stream: its chunks, and its size when it is a regular file. */
export interface InputStream {
  chunks: AsyncIterable<Uint8Array>;
  /** Bytes in all, when known beforehand (a regular file; not a FIFO, a device or stdin). */
  size?: number;
}

/** The command's streams and file access. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): Promise<string>;
  /**
   * Resolves once the output can take more (and, for a real pipe, after the process had a chance to
   * notice that its reader went away). Long-running writers await it between chunks.
   */
  drain?(): Promise<void>;
  /** The width tables are fitted to, in columns (80 when unknown). */
  columns?(): number;
  /** The file's bytes (a baked PNG badge); absent in test doubles that only serve text. */
  readBytes?(path: string): Promise<Uint8Array>;
  /**
   * A text file's bytes, refused as `readText` refuses it (a catalog is validated from its bytes);
   * absent in test doubles that only serve text.
   */
  readTextBytes?(path: string): Promise<Uint8Array>;
  /**
   * Opens a file (or `-`, standard input) to read as a stream, for inputs with no size limit as a
   * whole (`--batch`); absent in test doubles, which serve the whole text from readText instead.
   */
  openStream?(path: string): Promise<InputStream>;
  /** Standard error's width when it is a terminal (a progress bar redraws in place there). */
  errTerminalColumns?(): number | undefined;
}

/**
 * @param path - a file, or `-` for standard input
 * @returns its chunks, read as they are consumed (the file is closed at the end or when the reader
 *   stops), and its size when it is a regular file
 */
export async function openInputStream(path: string): Promise<InputStream> {
  return path === '-' ? { chunks: process.stdin } : openFileChunks(path);
}

/** The narrowest width a table is laid out for: narrower terminals wrap its lines. */
export const MIN_COLUMNS = 80;

/**
 * @param env - the environment (`COLUMNS`)
 * @param ttyColumns - the terminal's width when stdout is a terminal
 * @returns the width tables are fitted to: the terminal's, else `COLUMNS`, else 80; never below 80
 */
export function outputColumns(env: NodeJS.ProcessEnv, ttyColumns: number | undefined): number {
  const fromEnv = Number(env.COLUMNS);
  const width =
    ttyColumns !== undefined && ttyColumns > 0
      ? ttyColumns
      : Number.isInteger(fromEnv) && fromEnv > 0
        ? fromEnv
        : MIN_COLUMNS;
  return Math.max(MIN_COLUMNS, width);
}

let closedPipeHandled = false;

/** A closed pipe ends the process quietly; any other write failure is reported once, exit 1. */
function endOnClosedPipe(): void {
  if (closedPipeHandled) return;
  closedPipeHandled = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
      if (stream === process.stdout)
        process.stderr.write(`pathwise: cannot write output: ${error.code ?? error.message}\n`);
      process.exit(1);
    });
  }
}

/** The process's real streams and file system. */
export const processIo: CliIo = {
  out: (text) => {
    endOnClosedPipe();
    process.stdout.write(text);
  },
  err: (text) => {
    endOnClosedPipe();
    process.stderr.write(text);
  },
  readText: (path) => readBoundedText(path),
  drain: () =>
    new Promise((resolve) => {
      // setImmediate lets a pending EPIPE 'error' event run (and end the process) before more work.
      if (process.stdout.writableNeedDrain)
        process.stdout.once('drain', () => setImmediate(resolve));
      else setImmediate(resolve);
    }),
  columns: () =>
    outputColumns(process.env, process.stdout.isTTY ? process.stdout.columns : undefined),
  readBytes: (path) => readBoundedBytes(path),
  readTextBytes: (path) => readBoundedTextBytes(path),
  openStream: openInputStream,
  errTerminalColumns: () => (process.stderr.isTTY ? process.stderr.columns : undefined),
};

/** Exit codes of plan-v1.md: 0 success (a plan, feasible or not; a valid catalog), 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;
/** A fault of Pathwise itself, never of the input. */
export const EXIT_INTERNAL = 1;
