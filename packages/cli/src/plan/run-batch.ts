/**
 * `pathwise plan --batch QUERIES.jsonl`: one output record per query line, in input order (JSON
 * lines, or CSV rows), each carrying the line's `id`, streamed: lines are read as they come, sent in
 * chunks to the planners (the main thread's, or a pool of worker threads), and each chunk's answers
 * are written as soon as every chunk before it is written. At most a window of chunks is in flight:
 * when it is full, reading waits for the oldest chunk's answers, and writing waits for stdout to
 * drain, so memory does not grow with the input and `| head -1` ends the batch early. Blank lines are
 * skipped. A line that cannot be answered gives `{"id"?, "error":{"code","message"}}` and the batch
 * goes on. The input is refused (exit 2) at a binary chunk or an over-long line; the answers to the
 * lines before it are written first.
 */
import { InvalidInputError } from '@pathwise/core';
import type { Catalog } from '@pathwise/core';
import type { CompactIndex, Planner } from '@pathwise/engine';
import type { CliIo, InputStream } from '../io.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../input/read-bounded.js';
import { readLines, type InputLine } from '../input/read-lines.js';
import type { BatchDefaults } from './batch-line.js';
import {
  addCounts,
  answerBatchLines,
  noCounts,
  type BatchChunk,
  type BatchCounts,
  type BatchFormat,
  type ChunkAnswer,
} from './answer-batch-lines.js';
import { BatchWorkerPool } from './batch-pool.js';
import { progressReporter, type ProgressMode } from './batch-progress.js';
import { planCsvHeader } from './plan-csv.js';
import { OrderedWriter } from './ordered-writer.js';

/** What a batch run did. */
export type BatchOutcome = BatchCounts;

/** How a batch runs. */
export interface BatchRunOptions {
  format?: BatchFormat;
  /** Planner threads: 1 plans on the main thread; more starts that many worker threads. */
  workers?: number;
  /** The validated catalog, for the workers (needed when workers > 1). */
  catalog?: Catalog;
  /** Its compact index (the main thread's planner's), shared with the workers so none compiles. */
  compiled?: CompactIndex;
  /** The input's name in messages. */
  name?: string;
  /** The longest line allowed, in bytes. */
  maxLineBytes?: number;
  progress?: ProgressMode;
}

/** Lines in one chunk sent to a planner: enough to make a message's cost small beside planning. */
export const CHUNK_LINES = 128;
/** A chunk also closes at this many characters, so a window of long lines stays small. */
const CHUNK_CHARS = 256 * 1024;
/** Chunks in flight per planner thread: enough that no worker waits for the next one. */
const WINDOW_PER_WORKER = 4;

interface ReadChunk {
  chunk: BatchChunk;
  /** The number of the chunk's last line, and how far into the input reading had got. */
  lastLine: number;
  bytesRead: number;
}

async function* chunksOf(lines: AsyncIterable<InputLine>, name: string): AsyncGenerator<ReadChunk> {
  let chunk: BatchChunk = { numbers: [], texts: [] };
  let chars = 0;
  let last: InputLine | undefined;
  try {
    for await (const line of lines) {
      chunk.numbers.push(line.n);
      chunk.texts.push(line.text);
      chars += line.text.length;
      last = line;
      if (chunk.texts.length >= CHUNK_LINES || chars >= CHUNK_CHARS) {
        yield { chunk, lastLine: line.n, bytesRead: line.bytesRead };
        chunk = { numbers: [], texts: [] };
        chars = 0;
      }
    }
  } catch (error) {
    if (chunk.texts.length > 0) yield { chunk, lastLine: last!.n, bytesRead: last!.bytesRead };
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidInputError(`cannot read ${name}: ${reason}`);
  }
  if (chunk.texts.length > 0) yield { chunk, lastLine: last!.n, bytesRead: last!.bytesRead };
}

async function* oneChunk(chunk: Uint8Array): AsyncGenerator<Uint8Array> {
  yield chunk;
}

/**
 * Answers every line of a JSON-lines input.
 * @param source - the input as a stream (or its whole text, in tests)
 * @param planner - the catalog's planner (the main thread's)
 * @param defaults - the batch's defaults (its flags)
 * @param options - format, workers, the catalog for them, progress
 * @returns counts of the lines and of how they ended
 * @throws InvalidInputError when the input cannot be read, is binary or has an over-long line (after
 *   writing the answers of the lines before)
 */
export async function runBatch(
  source: InputStream | string,
  planner: Planner,
  defaults: BatchDefaults,
  io: CliIo,
  options: BatchRunOptions = {},
): Promise<BatchOutcome> {
  const format = options.format ?? 'json';
  const input: InputStream =
    typeof source === 'string' ? { chunks: oneChunk(Buffer.from(source)) } : source;
  const chunks = chunksOf(
    readLines(input.chunks, options.maxLineBytes ?? DEFAULT_MAX_INPUT_BYTES),
    options.name ?? 'the batch',
  );
  const progress = progressReporter(options.progress ?? 'none', io.err, input.size);
  const counts = noCounts();
  let pool: BatchWorkerPool | undefined;
  let writer: OrderedWriter<ChunkAnswer, ReadChunk> | undefined;
  const emit = async (answered: ChunkAnswer, read: ReadChunk): Promise<void> => {
    io.out(answered.text);
    addCounts(counts, answered.counts);
    progress.update(read.lastLine, read.bytesRead);
    await io.drain?.();
  };
  // Chunks read but not yet queued (the first two, until the planners are chosen).
  const held: ReadChunk[] = [];
  const inline = (chunk: BatchChunk): Promise<ChunkAnswer> =>
    Promise.resolve(answerBatchLines(chunk, planner, defaults, format));
  try {
    // Read two chunks before choosing: a batch of one chunk is answered here, as starting workers
    // would cost more than it saves.
    for (let i = 0; i < 2; i++) {
      const next = await chunks.next();
      if (next.done) break;
      held.push(next.value);
    }
    const workers = options.workers ?? 1;
    if (workers > 1 && held.length > 1 && options.catalog !== undefined)
      pool = new BatchWorkerPool(
        workers,
        { catalog: options.catalog, defaults, format },
        options.compiled,
      );
    const answer = (chunk: BatchChunk): Promise<ChunkAnswer> =>
      pool ? pool.answer(chunk) : inline(chunk);
    if (format === 'csv') io.out(planCsvHeader());
    writer = new OrderedWriter(pool ? workers * WINDOW_PER_WORKER : 1, emit);
    while (held.length > 0) {
      const read = held.shift()!;
      await writer.push(answer(read.chunk), read);
    }
    for await (const read of chunks) await writer.push(answer(read.chunk), read);
    await writer.finish();
  } catch (error) {
    // The lines read before a refusal are answered before it is reported.
    if (!(error instanceof InvalidInputError)) throw error;
    if (writer === undefined && held.length > 0) {
      if (format === 'csv') io.out(planCsvHeader());
      writer = new OrderedWriter(1, emit);
    }
    for (const read of held.splice(0)) await writer!.push(inline(read.chunk), read);
    await writer?.finish();
    throw error;
  } finally {
    progress.done();
    await pool?.close();
  }
  return counts;
}

/** @returns the summary line for stderr: how many queries, how they ended, blank lines skipped */
export function batchSummary(outcome: BatchOutcome): string {
  const plural = (n: number, word: string, words = `${word}s`): string =>
    `${n} ${n === 1 ? word : words}`;
  const parts = [
    `${outcome.feasible} feasible`,
    `${outcome.infeasible} infeasible`,
    plural(outcome.errors, 'error'),
  ];
  const blank = outcome.blank > 0 ? `; ${plural(outcome.blank, 'blank line')} skipped` : '';
  return `batch: ${plural(outcome.lines, 'query', 'queries')}: ${parts.join(', ')}${blank}\n`;
}
