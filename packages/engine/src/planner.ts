/**
 * The planner contract: built once per catalog version, then asked any number of plan queries.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Plan, PlanQuery } from './plan-types.js';
import type { Frontier } from './frontier/frontier-types.js';

/** A catalog compiled for planning. Reuse one per catalog version; `plan` is synchronous and pure. */
export interface Planner {
  /** The validated catalog and its lookups. */
  readonly index: CatalogIndex;
  /**
   * Answers one query exactly (or, past `timeBudgetMs`, with `optimal: false` and a proven `bound`).
   * @throws InvalidQueryError (an InvalidInputError, INVALID_INPUT) for a malformed query, listing
   *   every fault with its path (query/check-query.ts)
   * @throws UnknownQueryCredentialError (an UnknownCredentialError, UNKNOWN_CREDENTIAL) for an id the
   *   catalog lacks, with where the query names it
   */
  plan(query: PlanQuery): Plan;
  /**
   * The exact Pareto set of plans of cost against weeks for the query (plan-v2 "Frontier"); its
   * `objective` is ignored, its limits, exclusions and time budget (shared by the whole sweep) apply.
   * @throws as `plan` does, for the same faults
   */
  frontier(query: PlanQuery): Frontier;
}
