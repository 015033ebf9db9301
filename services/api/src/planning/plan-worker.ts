/**
 * A planning worker (run by piscina): keeps one Planner for the catalog version it last saw and
 * answers plan and frontier tasks, so the service's event loop never runs the (synchronous) planner itself.
 * A task is cancelled through its shared `cancel` flag: the planner's clock (the engine's `clock`
 * option, which its time budgets are measured on) then jumps far ahead at each reading, so the
 * search stops at its next clock check as if its budget had run out; the worker stays alive with
 * its compiled planner. A catalog version shared with its compiled snapshot is not compiled here: the
 * planner runs on views of the shared snapshot's bytes, the same for every worker.
 */
import { PathwiseError } from '@pathwise/core';
import { createPlanner, solverFor, type Planner } from '@pathwise/engine';
import { parentPort, workerData } from 'node:worker_threads';
import { readSharedCatalog, toTaskError, type PlanTask, type PlanTaskResult } from './plan-task.js';
import { lowerThreadPriority } from './thread-priority.js';
import { WORKER_LOADED } from './worker-loaded.js';

// The main lane's threads run at a lower OS priority (plan-lane.ts).
lowerThreadPriority((workerData as { nice?: number } | undefined)?.nice ?? 0);
// Loaded: the lane may now stop this thread safely (worker-loaded.ts).
parentPort?.postMessage(WORKER_LOADED);

/** How far the clock jumps at each reading once the running task is cancelled. */
const CANCELLED_JUMP_MS = 1e12;

let current: { key: string; planner: Planner } | undefined;
let cancel: Int32Array | undefined;
let skew = 0;

// Once cancelled, every reading jumps again, so even a deadline taken after the cancel has passed
// by the next reading.
const clock = (): number => {
  if (cancel && Atomics.load(cancel, 0) !== 0) skew += CANCELLED_JUMP_MS;
  return performance.now() + skew;
};

/**
 * @param task - the query and the catalog version it is for
 * @returns the plan and the time it took, or the error as data
 */
export default async function planTask(task: PlanTask): Promise<PlanTaskResult> {
  const started = performance.now();
  cancel = task.cancel ? new Int32Array(task.cancel) : undefined;
  skew = 0;
  try {
    if (cancel && Atomics.load(cancel, 0) !== 0) {
      return {
        ok: false,
        error: toTaskError(
          new PathwiseError('TIMEOUT', 'the request ended before its plan started'),
        ),
        ms: 0,
      };
    }
    let compileMs: number | undefined;
    if (current?.key !== task.key) {
      const { catalog, options } = readSharedCatalog(task.catalog, task.key);
      // The portfolio's MIP solver, loaded once per worker and only for a catalog with offers.
      const mip = await solverFor(catalog);
      current = { key: task.key, planner: createPlanner(catalog, { ...options, clock, mip }) };
      compileMs = performance.now() - started;
    }
    if (task.op === 'frontier') {
      const frontier = current.planner.frontier(task.query);
      return { ok: true, frontier, ms: performance.now() - started, compileMs };
    }
    const plan = current.planner.plan(task.query);
    return { ok: true, plan, ms: performance.now() - started, compileMs };
  } catch (error) {
    return { ok: false, error: toTaskError(error), ms: performance.now() - started };
  } finally {
    cancel = undefined;
  }
}
