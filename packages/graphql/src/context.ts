/**
 * What every resolver receives: the catalog version answering the request (with its planner), the
 * store for writes, the caller's identity and the server's limits. Built per request by the server.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Plan, PlanQuery } from '@pathwise/engine';
import type { CatalogStore } from '@pathwise/store';

/** A plan and the planning time it took (charged to the request's budget). */
export interface TimedPlan {
  plan: Plan;
  ms: number;
}

/** One catalog version compiled for answering queries. */
export interface CatalogView {
  version: number;
  index: CatalogIndex;
  /**
   * Plans on this version (in this thread or in a worker pool).
   * @throws UnknownCredentialError / InvalidInputError as the engine's Planner.plan does
   */
  plan(query: PlanQuery): Promise<TimedPlan>;
}

/** Who is calling: `anonymous`, a publisher whose key names `provider`, or a key that matched nothing. */
export type Principal =
  { kind: 'anonymous' } | { kind: 'publisher'; provider: string } | { kind: 'invalid-key' };

/** Limits that keep one client from hurting others. */
export interface ApiLimits {
  /** Largest `first` of a paginated list. */
  maxPageSize: number;
  /** Ceiling (and default) of a plan's time budget, in milliseconds. */
  planTimeBudgetMs: number;
  /** Time budget of each plan computed by `reachable` and `pathways`. */
  batchPlanTimeBudgetMs: number;
  /** Most candidate targets `reachable` will plan for in one request. */
  maxReachableTargets: number;
  /**
   * Wall-clock budget for all the planning one request does (aliased plans, pathways, reachable), in
   * milliseconds; planning is synchronous, so this bounds how long one request can hold the process.
   */
  requestPlanBudgetMs: number;
  /** Most credentials one publish may carry. */
  maxPublishCredentials: number;
}

/** Defaults of ApiLimits. */
export const DEFAULT_LIMITS: ApiLimits = {
  maxPageSize: 100,
  planTimeBudgetMs: 2000,
  batchPlanTimeBudgetMs: 200,
  maxReachableTargets: 2000,
  requestPlanBudgetMs: 5000,
  maxPublishCredentials: 5000,
};

/** The GraphQL context of one request. */
export interface PathwiseContext {
  /** @returns the catalog version answering this request (the same one for every call of a request) */
  catalog(): Promise<CatalogView>;
  /** Where writes go. */
  store: CatalogStore;
  principal: Principal;
  limits: ApiLimits;
  /** Planning time this request has spent so far (start it at 0 per request). */
  planClock: { spentMs: number };
}
