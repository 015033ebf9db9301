/**
 * The frontier contract of plan-v2 ("Frontier: cost against time") as types: the Pareto set of plans
 * of cost against weeks for one query, and what is known about any part of it not found in time.
 */
import type { LapsedHolding } from '@pathwise/core';
import type { Plan } from '../plan-types.js';
import type { Target } from '../target/target-types.js';

/**
 * Where the plans a cut-short frontier does not list can lie: every Pareto plan missing from
 * `plans` holds the target in a week from `fromWeeks` to `toWeeks` (both included) and costs at
 * least `minCost`. Each figure is proven, not estimated.
 */
export interface FrontierGap {
  /** No plan at all holds the target before this week (the earliest week with the exclusions). */
  fromWeeks: number;
  /** Missing plans hold it by this week; absent when no deadline bounds them. */
  toWeeks?: number;
  /** Missing plans cost at least this. */
  minCost: number;
}

/** The exact Pareto set of plans of cost against weeks. */
export interface Frontier {
  /** Whether any plan within the query's limits exists. */
  feasible: boolean;
  /** Whether the frontier is whole: every plan proven Pareto-optimal and none missing. */
  complete: boolean;
  /** The target as the query gave it. */
  target: Target;
  /**
   * The plans, by weeks ascending (and so by cost descending): the first is the fastest plan of
   * least cost, the last the cheapest plan of least weeks. Each is a cheapest plan by its own
   * `totalWeeks` (objective `cheapest`), with `optimal` true when that and its place are proven.
   */
  plans: Plan[];
  /** When `complete` is false: the proven bounds of the part not listed. */
  gap?: FrontierGap;
  /** Why there is no plan, when `feasible` is false. */
  reason?: string;
  /** Holdings that lapsed as of `asOf` and so did not count. */
  lapsed?: LapsedHolding[];
}
