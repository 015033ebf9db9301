/**
 * Explanations (plan-v2 "Explanations") as data: why each step is there, what each choice passed
 * over and what that would have cost, which holdings were used and which lapsed. Every item carries
 * `text`, the sentence a learner reads; the other fields say the same as data.
 */

/** A rule of a credential's requirement (or of the goal's) that a step meets. */
export interface RuleMet {
  /** The credential whose requirement it is; absent for the goal of a target form. */
  credential?: string;
  /** The rule as text, e.g. `any(a, b)`, or the credential's id when the requirement names it alone. */
  rule: string;
}

/** Why one step is in the plan. */
export interface StepReason {
  credential: string;
  /** Whether it is the target itself. */
  target: boolean;
  /** What it counts toward. */
  meets: RuleMet[];
  /** Under keepFor: the renewal this step makes (it is a `renewal.by` credential earned after the target). */
  renews?: { credential: string; dueDate: string };
  text: string;
}

/** An option of an `any` or `atLeast` rule the plan did not take, and what taking it would do. */
export interface PassedOver {
  /** The option as text (a credential id, or a nested rule). */
  option: string;
  /**
   * compared: the best plan that also holds the option was found (`addedCost`, `addedWeeks` are its
   * totals minus this plan's); infeasible: no plan within the query's limits holds it; not-compared:
   * the explanation's budget was spent before this option (see explain-alternatives.ts).
   */
  outcome: 'compared' | 'infeasible' | 'not-compared';
  addedCost?: number;
  addedWeeks?: number;
  /** Whether the figures are proven (both plans proven optimal). */
  proven: boolean;
  text: string;
}

/** One `any` or `atLeast` rule the plan had to meet. */
export interface ChoiceExplanation {
  /** The credential whose requirement holds the rule; absent for the goal of a target form. */
  credential?: string;
  rule: string;
  /** The options the plan meets (as text). */
  chosen: string[];
  passedOver: PassedOver[];
  text: string;
}

/** A held credential the plan relies on. */
export interface HoldingUse {
  credential: string;
  /** The credentials of the plan (or the target) whose requirement names it; empty for a held target. */
  countsToward: string[];
  /** Whether it meets the goal of a target form. */
  meetsGoal: boolean;
  text: string;
}

/** A holding that lapsed as of `asOf`, and so was not used. */
export interface LapsedNote {
  credential: string;
  validUntil: string;
  text: string;
}

/** Under keepFor: one renewal of the target the horizon needs, and how the plan makes it. */
export interface RenewalNote {
  /** The credential renewed (the target). */
  credential: string;
  /** `YYYY-MM-DD`: the day the holding would lapse without it. */
  dueDate: string;
  /** What the paid renewal costs; 0 when renewed by earning `by` (its step carries the cost). */
  cost: number;
  /** The credential earned to renew it, when not paid. */
  by?: string;
  text: string;
}

/** Why a plan is what it is. */
export interface Explanation {
  steps: StepReason[];
  choices: ChoiceExplanation[];
  held: HoldingUse[];
  lapsed: LapsedNote[];
  /** Under keepFor: each renewal of the plan, in order (absent without keepFor). */
  renewals?: RenewalNote[];
}
