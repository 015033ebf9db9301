/**
 * What each step of the planning pipeline hands the next: a schedule (or why there is none), whether
 * it is proven best, and the proven bound when it is not. `shapePlan` dresses it as a Plan.
 */
import type { Schedule } from '../schedule/schedule-steps.js';
import type { PlanOffer } from '../offers/offer-pricing.js';

/** A plan before it is dressed as a Plan. */
export interface PlanOutcome {
  feasible: boolean;
  optimal: boolean;
  schedule: Schedule;
  /** Proven lower bound on the objective when not optimal. */
  bound?: number | undefined;
  /** Why there is no plan, when not feasible. */
  reason?: string | undefined;
  /** The offers taken (plan-with-offers.ts); undefined when the catalog lists none. */
  offers?: PlanOffer[] | undefined;
  /** Under a sponsor (offers/plan-with-sponsor.ts): what the sponsor pays. */
  sponsored?: number | undefined;
  /** Under a sponsor: what the learner pays. */
  outOfPocket?: number | undefined;
}

/** @returns a new empty schedule: no steps, nothing spent, the target held at week 0 */
export function noSteps(): Schedule {
  return { steps: [], totalCost: 0, totalWeeks: 0 };
}

/**
 * @param reason - why there is no plan (or none was found)
 * @param optimal - whether that is proven (default true)
 * @param bound - the proven bound when it is not
 * @returns an outcome with no plan
 */
export function noPlan(reason: string, optimal = true, bound?: number): PlanOutcome {
  return { feasible: false, optimal, schedule: noSteps(), reason, bound };
}

/**
 * @param schedule - the plan's schedule
 * @param optimal - whether it is proven best
 * @param bound - the proven bound, kept only when not optimal
 * @returns a feasible outcome
 */
export function planned(schedule: Schedule, optimal: boolean, bound?: number): PlanOutcome {
  return { feasible: true, optimal, schedule, bound: optimal ? undefined : bound };
}
