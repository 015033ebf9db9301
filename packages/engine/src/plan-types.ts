/**
 * The plan contract of docs/plan-v1.md as types: what a query asks and what a plan returns.
 */
import type { Holding, LapsedHolding } from '@pathwise/core';
import type { Reached, Target } from './target/target-types.js';
import type { Explanation } from './explain/explain-types.js';

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
   * Weekly-hours budget (> 0): a credential with effortHours e and durationWeeks d > 0 loads e/d hours
   * a week while it runs, stretched to max(d, e/H) weeks when heavier than the budget; the steps
   * running at any moment load at most this. Cheapest keeps its set and cost, fastest is best-found
   * with a proven `bound` (see hours/plan-with-hours.ts).
   */
  weeklyHours?: number;
  /** Attach the plan's explanation (explain/explain-plan.ts); costs a few bounded re-plans. */
  explain?: boolean;
}

/** One credential to earn, and when. */
export interface PlanStep {
  credential: string;
  cost: number;
  startWeek: number;
  endWeek: number;
  /** Credentials in the plan (or the target) whose requirement this step counts toward. */
  satisfies: string[];
}

/** A plan as plan-v1.md describes it. */
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
}
