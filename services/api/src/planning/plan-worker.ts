/**
 * A planning worker (run by piscina): keeps one Planner for the catalog version it last saw and
 * answers plan tasks, so the service's event loop never runs the (synchronous) planner itself.
 */
import type { Catalog } from '@pathwise/core';
import { createPlanner, type Planner } from '@pathwise/engine';
import { readSharedCatalog, toTaskError, type PlanTask, type PlanTaskResult } from './plan-task.js';

let current: { key: string; planner: Planner } | undefined;

/**
 * @param task - the query and the catalog version it is for
 * @returns the plan and the time it took, or the error as data
 */
export default function planTask(task: PlanTask): PlanTaskResult {
  const started = performance.now();
  try {
    if (current?.key !== task.key) {
      current = {
        key: task.key,
        planner: createPlanner(readSharedCatalog(task.catalog) as Catalog),
      };
    }
    const plan = current.planner.plan(task.query);
    return { ok: true, plan, ms: performance.now() - started };
  } catch (error) {
    return { ok: false, error: toTaskError(error), ms: performance.now() - started };
  }
}
