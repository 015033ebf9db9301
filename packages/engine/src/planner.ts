/**
 * The planner contract: built once per catalog version, then asked any number of plan queries.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Plan, PlanQuery } from './plan-types.js';

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
}
