/**
 * The planning pipeline behind `Planner.plan`: resolve → base → constrained → hours → shape. Each
 * step is a function of the resolved query and the previous step's outcome (the workspace is
 * scratch memory, not state), and says itself when it applies, so a new feature (a new constraint,
 * offers, a frontier of plans) is one more step in `PLAN_STEPS`.
 * - base: without constraints, cheapest by branch and bound, fastest by the exact min/max
 *   recursion (an OR chain when the cone allows), both scheduled earliest-start;
 * - constrained: with a deadline, budget or exclusions, the constrained planner instead; and also
 *   when the plan without constraints earns a credential that may not be earned (a retired one in
 *   the query's `exclude`, see resolve-query.ts). A plan that earns none stands: it is the best
 *   plan over a superset of the allowed ones, so it is the best allowed one, and its bound holds;
 * - hours: under a weekly-hours budget or start days, reschedules (cheapest) or re-plans (fastest)
 *   what came before.
 */
import type { Workspace } from '../compile/workspace.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import { dropUnneededFree } from '../cheapest/unneeded-free-steps.js';
import { earliestPass } from '../schedule/earliest-pass.js';
import { fastestSet } from '../fastest/fastest-set.js';
import { orChain, orCone, orReady } from '../fastest/or-chain.js';
import { chainSchedule, takeFreshSchedule } from '../fastest/chain-schedule.js';
import { scheduleSteps } from '../schedule/schedule-steps.js';
import { planConstrained } from '../constrained/plan-constrained.js';
import { planWithHours } from '../hours/plan-with-hours.js';
import { HoursModel, type HoursTables } from '../hours/hours-model.js';
import { withHoursAndDates } from './plan-hours.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { Plan, PlanQuery } from '../plan-types.js';
import { noSteps, planned, type PlanOutcome } from './plan-outcome.js';
import { usedHoldings } from './used-holdings.js';

/** What the steps may use besides the query: the planner's scratch, clock and lazy tables. */
export interface PlanContext {
  /** Scratch with the query's held set. */
  ws: Workspace;
  /** The clock (ms) that time budgets are measured on. */
  clock: () => number;
  /** effortHours, pace and start days per credential int. */
  hoursTables: () => HoursTables;
  /** Scratch over the effort view for a weekly-hours budget (hours/effort-view.ts). */
  effortView: (hours: number) => Workspace;
}

/**
 * @param ctx - the planner's context
 * @returns effortHours by credential id (for `shapePlan`'s hoursPerWeek)
 */
export function effortById(ctx: PlanContext): (id: string) => number {
  const tables = ctx.hoursTables();
  const effort = tables.effort;
  if (!tables.anyEffort) return noEffort;
  return (id) => effort[ctx.ws.index.idOf.get(id)!]!;
}

/** effortHours of every credential of a catalog without any (one function, not one per query). */
const noEffort = (): number => 0;

/** One step: the outcome so far in, the outcome after this step out. */
export type PlanStep = (ctx: PlanContext, q: ResolvedQuery, so: PlanOutcome) => PlanOutcome;

/** The OR chain's local indices, reused across queries. */
const chain: number[] = [];

/** The plan without constraints (the target is not held). */
export const basePlan: PlanStep = ({ ws, clock }, q, so) => {
  if (q.constrained) return so;
  if (q.objective === 'fastest') {
    // An OR cone is planned inside the cone walk, over the cone left in its scratch (no copy),
    // and only its chain is scheduled; else the general set.
    const m = orChain(ws, q.target, chain);
    if (m >= 0) return planned(chainSchedule(ws, orCone(), m, chain, orReady()), true);
    const cone = ws.cone(q.target);
    return planned(scheduleSteps(ws, cone, fastestSet(ws, cone, earliestPass(ws, cone))), true);
  }
  const order = ws.cone(q.target);
  const result = cheapestSet(ws, order, q.timeBudgetMs, clock, q.cutoff);
  const set = dropUnneededFree(ws, order, result.set);
  return planned(scheduleSteps(ws, order, set), result.optimal, result.bound);
};

/** The plan under a deadline, budget or exclusions, or when the plan so far earns a barred credential. */
export const constrainedPlan: PlanStep = ({ ws, clock }, q, so) =>
  q.constrained || earnsExcluded(ws, q, so) ? planConstrained(ws, q, clock) : so;

/** @returns whether a step of the outcome is a credential the query may not earn */
function earnsExcluded(ws: Workspace, q: ResolvedQuery, so: PlanOutcome): boolean {
  if (q.exclude.length === 0) return false;
  const barred = new Set(q.exclude);
  return so.schedule.steps.some((s) => barred.has(ws.index.idOf.get(s.credential)!));
}

/** The plan under a weekly-hours budget or start days, from the plan found without them. */
export const hoursPlan: PlanStep = (ctx, q, so) => {
  const tables = ctx.hoursTables();
  if (q.weeklyHours === Infinity) {
    if (!tables.anyStarts) return so;
    const cone = ctx.ws.cone(q.target);
    if (!cone.some((c) => tables.starts[c] !== undefined)) return so;
  }
  const model = new HoursModel(ctx.ws.index, tables, q.weeklyHours, q.startDate);
  const view = q.weeklyHours < Infinity ? ctx.effortView(q.weeklyHours) : undefined;
  return planWithHours(ctx.ws, q, so, model, ctx.clock, view);
};

/** The steps between resolving a query and shaping its plan, in order. */
export const PLAN_STEPS: readonly PlanStep[] = [basePlan, constrainedPlan, hoursPlan];

/**
 * The outcome before the steps: no steps, nothing spent. One frozen object for every query (the
 * steps replace an outcome, never change it) rather than two new ones that the base step drops.
 */
const NOTHING_PLANNED: PlanOutcome = frozen(planned(noSteps(), true));

/** @returns the outcome, its schedule and its steps frozen (a step that changed them would throw) */
function frozen(so: PlanOutcome): PlanOutcome {
  Object.freeze(so.schedule.steps);
  Object.freeze(so.schedule);
  return Object.freeze(so);
}

/**
 * Runs the steps on a resolved query.
 * @param ctx - the planner's scratch and clocks
 * @param q - the resolved query
 * @returns the outcome: no steps when the target is held
 */
export function runSteps(ctx: PlanContext, q: ResolvedQuery): PlanOutcome {
  ctx.ws.setHeld(q.held);
  let so = NOTHING_PLANNED;
  if (ctx.ws.isHeld(q.target)) return so;
  for (const step of PLAN_STEPS) so = step(ctx, q, so);
  return so;
}

/**
 * @param query - the query as given
 * @param q - the resolved query
 * @param so - the pipeline's outcome
 * @param ws - the planner's workspace (for `used`, see used-holdings.ts)
 * @param effortOf - effortHours of a credential id (0: none), for the plan-v2 hours fields
 * @returns the Plan of plan-v1, with plan-v2's `used`, hoursPerWeek, dates and peakWeeklyHours
 */
export function shapePlan(
  query: PlanQuery,
  q: ResolvedQuery,
  so: PlanOutcome,
  ws: Workspace,
  effortOf: (id: string) => number = () => 0,
): Plan {
  const { steps, peakWeeklyHours } = withHoursAndDates(
    so.schedule.steps,
    effortOf,
    q.startDate,
    takeFreshSchedule(so.schedule),
  );
  const out: Plan = {
    feasible: so.feasible,
    optimal: so.optimal,
    objective: q.objective,
    target: query.target,
    totalCost: so.schedule.totalCost,
    totalWeeks: so.schedule.totalWeeks,
    steps,
    lapsed: q.lapsed,
    used: usedHoldings(ws, q, so.feasible, so.schedule),
    peakWeeklyHours,
  };
  if (so.bound !== undefined) out.bound = so.bound;
  if (so.reason !== undefined) out.reason = so.reason;
  if (so.offers !== undefined) out.offers = so.offers;
  if (so.outOfPocket !== undefined)
    [out.outOfPocket, out.sponsored] = [so.outOfPocket, so.sponsored];
  return out;
}
