/**
 * What every resolver receives: the catalog version answering the request (with its planner), the
 * store for writes, the caller's identity and the server's limits. Built per request by the server.
 */
import type { CatalogIndex } from '@pathwise/core';
import type { Frontier, Plan, PlanQuery } from '@pathwise/engine';
import type { CatalogStore } from '@pathwise/store';

/** A plan and the planning time it took (charged to the request's budget). */
export interface TimedPlan {
  plan: Plan;
  ms: number;
}

/** A frontier and the planning time it took (charged to the request's budget). */
export interface TimedFrontier {
  frontier: Frontier;
  ms: number;
}

/**
 * How one plan of a request runs: the request's planning deadline, a signal that fires when the
 * request ends or its client goes away, and who the client is (for a fair share of the planners).
 */
export interface PlanRun {
  /** `Date.now()` by which the plan must be done; a plan not started by then fails with TIMEOUT. */
  deadline: number;
  /** Aborted when the request ends or the client disconnects: queued and running plans stop. */
  signal?: AbortSignal;
  /** The client the plan is for (an API key or an address), for per-client fairness and limits. */
  client?: string;
}

/** One catalog version compiled for answering queries. */
export interface CatalogView {
  version: number;
  index: CatalogIndex;
  /**
   * Plans on this version (in this thread or in a worker pool). `query.timeBudgetMs` is the most
   * the plan may use; a pool lowers it to what is left before `run.deadline` when the plan starts.
   * @param query - the plan query
   * @param run - the request's deadline, abort signal and client
   * @throws UnknownCredentialError / InvalidInputError as the engine's Planner.plan does
   * @throws PathwiseError TIMEOUT when the deadline passes before the plan starts
   */
  plan(query: PlanQuery, run?: PlanRun): Promise<TimedPlan>;
  /**
   * The cost-time frontier on this version (Planner.frontier), run as `plan` is.
   * @throws as `plan` does
   */
  frontier(query: PlanQuery, run?: PlanRun): Promise<TimedFrontier>;
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
   * milliseconds. It is charged up front: the request's planning deadline is fixed when its first
   * plan starts, and every field's plan must finish by it (TIMEOUT for any that cannot start).
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
  /**
   * The request's planning clock (start it as `{ spentMs: 0 }` per request): planning time spent so
   * far, and the deadline all its plans share, set by the first plan.
   */
  planClock: { spentMs: number; deadline?: number };
  /** Aborted when the request ends or its client goes away (the server sets it). */
  signal?: AbortSignal;
  /** Who the request is for (an API key or an address; the server sets it). */
  client?: string;
}
