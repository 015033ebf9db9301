/**
 * The plan contract of docs/plan-v1.md as types: what a query asks and what a plan returns, with
 * the parts of docs/plan-v2.md that are implemented (`used`).
 */
import type { Holding, LapsedHolding } from '@pathwise/core';
import type { Reached, Target } from './target/target-types.js';
import type { Explanation } from './explain/explain-types.js';
import type { PlanOffer } from './offers/offer-pricing.js';

export type { PlanOffer } from './offers/offer-pricing.js';

/** What to minimise. */
export type Objective = 'cheapest' | 'fastest';

/** One planning question. */
export interface PlanQuery {
  /** A credential id, or a target form (`{ anyOf }`, `{ skills }`, `{ recognizedBy, kinds? }`). */
  target: Target;
  have?: Holding[];
  /** `YYYY-MM-DD`; holdings lapse as of this date. Defaults to today (the caller's clock). */
  asOf?: string;
  objective?: Objective;
  /** Wall-clock budget for the optimality proof; past it the best plan so far is returned with `optimal: false`. */
  timeBudgetMs?: number;
  /** Deadline: the target must be held by this week (plans that cannot are not plans). */
  maxWeeks?: number;
  /** Budget: a plan may cost at most this. */
  maxCost?: number;
  /** Credential ids the learner will not earn (held ones still count as held). */
  exclude?: string[];
  /**
   * Weekly-hours budget H, 0 < H ≤ 168 (plan-v2): the steps running at any moment load at most H
   * hours a week; a self-paced step may run longer and lighter than its durationWeeks, a fixed one
   * may not (model in hours/weekly-load.ts, planning in hours/plan-with-hours.ts).
   */
  weeklyHours?: number;
  /** Attach the plan's explanation (explain/explain-plan.ts); costs a few bounded re-plans. */
  explain?: boolean;
  /** `YYYY-MM-DD`, default `asOf`: the day of week 0, for step dates and `starts` days. */
  startDate?: string;
  /**
   * The learner's annual earnings now, >= 0, in the catalog's currency (plan-v2): with it, a plan to
   * a credential that has `outcomes` reports `paybackMonths` (roi/attach-payback.ts).
   */
  currentAnnualEarnings?: number;
  /**
   * A sponsor paying up to `amount` of the eligible costs (plan-v2): cheapest then minimises
   * `outOfPocket`, then the total (offers/sponsor-share.ts says what is eligible).
   */
  sponsor?: Sponsor;
  /**
   * Months, >= 0 (plan-v2): the target must stay valid this long after it is earned; totalCost then
   * includes the cheapest upkeep through that horizon (renewals/plan-with-renewals.ts). 0 or absent:
   * no upkeep.
   */
  keepFor?: number;
}

/** plan-v2 `sponsor`: who pays up to `amount` of which costs (all, when neither list is given). */
export interface Sponsor {
  amount: number;
  /** Provider ids whose steps and offers are eligible. */
  providers?: string[];
  /** Credential ids whose steps (and the offers covering only such credentials) are eligible. */
  credentials?: string[];
}

/** One credential to earn, and when. */
export interface PlanStep {
  credential: string;
  cost: number;
  startWeek: number;
  endWeek: number;
  /** Credentials in the plan (or the target) whose requirement this step counts toward. */
  satisfies: string[];
  /** Its constant load: effortHours / (endWeek − startWeek); 0 without effort or length (plan-v2). */
  hoursPerWeek?: number;
  /** `startDate + round(7 × startWeek)` days (plan-v2). */
  startDate?: string;
  /** `startDate + round(7 × endWeek)` days (plan-v2). */
  endDate?: string;
  /** The offer that pays it, when one does; `cost` is then the offer's price for it (plan-v2). */
  offer?: string;
}

/** A holding a plan relies on (plan-v2 `used`). */
export interface UsedHolding {
  /** The credential id (an alias given as a holding is resolved to it). */
  credential: string;
  /** True when it counts only because another holding implies it (catalog-v2 implied holdings). */
  implied: boolean;
}

/** A plan as plan-v1.md describes it, with plan-v2's `used`. */
export interface Plan {
  feasible: boolean;
  optimal: boolean;
  objective: Objective;
  /** The target as the query gave it. */
  target: Target;
  totalCost: number;
  totalWeeks: number;
  steps: PlanStep[];
  /** Proven lower bound on the objective when `optimal` is false. */
  bound?: number;
  /** Why there is no plan, naming the requirement that cannot be met, when `feasible` is false. */
  reason?: string;
  /** Holdings that lapsed as of `asOf` and so did not count. */
  lapsed?: LapsedHolding[];
  /** For a target form, when feasible: what met it at the end. */
  reached?: Reached;
  /** Why the plan is what it is, when the query asked (`explain: true`). */
  explanation?: Explanation;
  /**
   * The holdings the plan relies on (plan-v2): those its steps' requirements (or, when the target
   * is held, the target) are met with; empty when infeasible. Always set by the engine.
   */
  used?: UsedHolding[];
  /** The largest summed hoursPerWeek of the steps running at any moment (plan-v2). */
  peakWeeklyHours?: number;
  /**
   * Under `currentAnnualEarnings`, when the reached credential has `outcomes` with a median above it:
   * `totalCost / ((median − current) / 12)`, the months after the target is held that the monthly
   * uplift takes to repay the plan (roi/payback-months.ts).
   */
  paybackMonths?: number;
  /**
   * The offers taken (plan-v2), each with what it costs and the span it is billed for; set when the
   * catalog lists offers. totalCost includes their costs.
   */
  offers?: PlanOffer[];
  /** Under `sponsor`: what the learner pays, totalCost − sponsored. */
  outOfPocket?: number;
  /** Under `sponsor`: what the sponsor pays, min(amount, the eligible costs). */
  sponsored?: number;
  /**
   * Under `keepFor` (plan-v2): each renewal of the target the horizon needs, in order; totalCost
   * includes their costs, totalWeeks does not count them.
   */
  renewals?: PlanRenewal[];
}

/** One renewal of the target (plan-v2 `renewals`). */
export interface PlanRenewal {
  /** The credential renewed (the target). */
  credential: string;
  /** `YYYY-MM-DD`: the day the holding would lapse without this renewal. */
  dueDate: string;
  /** The same day in weeks from the plan's startDate (days / 7). */
  dueWeek?: number;
  /** The paid renewal's cost (renewal.cost); 0 when renewed by earning `by`, whose step carries its cost. */
  cost: number;
  /** The paid renewal's continuing-education hours (renewal.effortHours), when the catalog gives them. */
  effortHours?: number;
  /** The credential earned to renew it (a step of the plan ending on dueDate), when not paid. */
  by?: string;
}
