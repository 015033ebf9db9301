/**
 * A resolver context over the real engine, planning in this thread, for the reachable resolver's tests
 * (no service, no workers): the catalog's planner answers plan and frontier, with the default limits.
 */
import type { Catalog } from '@pathwise/core';
import { createPlanner, type PlannerOptions } from '@pathwise/engine';
import { DEFAULT_LIMITS, type CatalogView, type PathwiseContext } from '../../context.js';

/**
 * @param catalog - the catalog to plan over
 * @param options - the planner's options (a test clock, for instance)
 * @returns a context whose catalog view plans with the real engine
 */
export function engineContext(catalog: Catalog, options: PlannerOptions = {}): PathwiseContext {
  const planner = createPlanner(catalog, options);
  const view: CatalogView = {
    version: 1,
    index: planner.index,
    plan: (query) => Promise.resolve({ plan: planner.plan(query), ms: 1 }),
    frontier: (query) => Promise.resolve({ frontier: planner.frontier(query), ms: 1 }),
  };
  return {
    catalog: () => Promise.resolve(view),
    limits: DEFAULT_LIMITS,
    planClock: { spentMs: 0 },
  } as unknown as PathwiseContext;
}
