/**
 * `pathwise plan --batch FILE`: opens the batch as a stream (`-` is standard input), reads and
 * validates the catalog once (or loads its compiled snapshot, read-planning-catalog.ts), compiles it
 * once for every thread, chooses the planner threads (--workers, else PATHWISE_WORKERS, else
 * one per core) and where progress goes, runs the batch, and prints the summary on stderr. Exit 0
 * when every line was answered, 1 when a line failed through a fault of Pathwise.
 */
import { availableParallelism } from 'node:os';
import { InvalidInputError } from '@pathwise/core';
import { createPlanner, solverFor } from '@pathwise/engine';
import { EXIT_INTERNAL, EXIT_OK, type CliIo, type InputStream } from '../io.js';
import { maxInputBytes } from '../input/read-bounded.js';
import { readPlanningCatalog } from '../read-planning-catalog.js';
import type { ProgressMode } from './batch-progress.js';
import { WORKERS_ENV, queryLimits, todayIso, workerCount, type PlanFlags } from './plan-flags.js';
import { batchSummary, runBatch } from './run-batch.js';

/**
 * @param flags - the command's flags, with `batch` set
 * @returns the exit code
 * @throws InvalidInputError when the batch cannot be read; CatalogInvalidError for the catalog
 */
export async function runBatchCommand(flags: PlanFlags, io: CliIo): Promise<number> {
  const name = flags.batch!;
  let source: InputStream | string;
  let maxLineBytes: number;
  try {
    maxLineBytes = maxInputBytes();
    source = io.openStream ? await io.openStream(name) : await io.readText(name);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InvalidInputError(`cannot read ${name}: ${reason}`);
  }
  const { catalog, compiled } = await readPlanningCatalog(flags.catalog, io);
  const planner = createPlanner(catalog, { compiled, mip: await solverFor(catalog) });
  const env = process.env[WORKERS_ENV];
  const workers =
    flags.workers ?? (env !== undefined && env !== '' ? workerCount(env) : availableParallelism());
  const auto: ProgressMode = io.errTerminalColumns?.() !== undefined ? 'bar' : 'none';
  const progress =
    flags.progress === undefined || flags.progress === 'auto' ? auto : flags.progress;
  const outcome = await runBatch(
    source,
    planner,
    {
      asOf: flags.asOf ?? todayIso(),
      objective: flags.objective ?? 'cheapest',
      ...queryLimits(flags),
    },
    io,
    {
      format: flags.format === 'csv' ? 'csv' : 'json',
      workers,
      catalog,
      compiled: planner.compact,
      name,
      maxLineBytes,
      progress,
    },
  );
  io.err(batchSummary(outcome));
  if (outcome.internal > 0) {
    io.err(
      `pathwise: internal error on ${outcome.internal} batch line(s); see their "INTERNAL" errors\n`,
    );
    return EXIT_INTERNAL;
  }
  return EXIT_OK;
}
