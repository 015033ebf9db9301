/**
 * The portfolio's second runner: where the offer-set search (plan-with-offers.ts) ends with its best
 * plan unproven and budget left, a MIP solver given to the planner solves the query's exact
 * programme (offers-programme.ts) in the time that is left. Its solution becomes a plan of the
 * engine's own making: the set it earns (unneeded free steps dropped), each step as early as its
 * requirement allows and a step a periodic offer pays no earlier than the solver's start week, each
 * paid as the solver chose, charged by the offer rules (assign-offers.ts chargeAssigned) like every
 * other plan. Its dual bound is a lower bound on every plan, kept only when it agrees with the
 * engine's own (a solver's bound below the engine's proven one would be a fault of the solver's, so
 * it is not trusted).
 */
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { PlanContext } from '../plan/plan-steps.js';
import { planned } from '../plan/plan-outcome.js';
import { dropUnneededFree } from '../cheapest/unneeded-free-steps.js';
import { scheduleSteps } from '../schedule/schedule-steps.js';
import type { MipSolver } from '../mip/mip-model.js';
import { within } from '../numeric/tolerance.js';
import type { CompiledOffer } from './offer-table.js';
import { offersProgramme, type OffersProgramme } from './offers-programme.js';
import { chargeOffer, periodsBilled } from './offer-pricing.js';
import type { Workspace } from '../compile/workspace.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import type { Candidate, CandidatePricing } from './candidate-pricing.js';
import { chargeAssigned } from './assign-offers.js';

/** What the MIP runner found. */
export interface MipFound {
  /** The solver's plan, priced; undefined when it found none. */
  candidate: Candidate | undefined;
  /** A proven lower bound on every plan's total (-Infinity when the solver proved none). */
  bound: number;
}

/**
 * @param q - the resolved query
 * @param anyStarts - whether the catalog has start days
 * @returns whether the programme is exact for it: cheapest, no weekly hours, no deadline, no cost
 *   budget, no exclusions, no sponsor, no start days
 */
export function mipScope(q: ResolvedQuery, anyStarts: boolean): boolean {
  return (
    q.objective === 'cheapest' &&
    !q.constrained &&
    q.weeklyHours === Infinity &&
    q.maxWeeks === Infinity &&
    q.maxCost === Infinity &&
    q.sponsor === undefined &&
    !anyStarts
  );
}

/**
 * @param ctx - the planner's context
 * @param solver - the MIP solver
 * @param q - the query
 * @param usable - its usable offers
 * @param pricing - the query's plan pricing
 * @param deadline - the clock reading its time budget ends at
 * @param engineBound - the engine's own proven lower bound
 * @returns the solver's plan and bound; undefined where the query is out of mipScope or no time is left
 */
export function mipPlan(
  ctx: PlanContext,
  solver: MipSolver,
  q: ResolvedQuery,
  usable: readonly CompiledOffer[],
  pricing: CandidatePricing,
  deadline: number,
  engineBound: number,
): MipFound | undefined {
  const ms = deadline - ctx.clock();
  if (ms <= 0 || !mipScope(q, ctx.hoursTables().anyStarts)) return undefined;
  const { ws } = ctx;
  ws.setHeld(q.held);
  const order = ws.cone(q.target);
  const p = offersProgramme(ws, order, q.exclude, usable);
  const result = solver.solve(p.model, ms / 1000);
  const trusted =
    (result.status === 'optimal' || result.status === 'limit') &&
    within(engineBound, result.dualBound);
  const bound = trusted ? result.dualBound : -Infinity;
  const values = result.values;
  if (values === undefined || !trusted) return { candidate: undefined, bound };
  const earned: number[] = [];
  for (let l = 0; l < order.length; l++) if (values[p.x[l]!]! >= 0.5) earned.push(order[l]!);
  const set = dropUnneededFree(ws, order, earned);
  const payer = new Map<number, CompiledOffer>();
  for (const z of p.pays) if (values[z.col]! > 0.5) payer.set(order[z.local]!, z.offer);
  // Only a step a periodic offer pays has a reason to start later than it can (its span): the
  // others start as early as their requirement allows, as plan-v1 asks of a cheapest plan.
  const release = new Map<number, number>();
  for (const l of p.x.keys()) {
    const c = order[l]!;
    if (payer.get(c)?.periodWeeks !== undefined) release.set(c, values[p.s[l]!]!);
  }
  const { intOf, own } = pricing;
  const schedule = solvedSchedule(ws, order, set, release, (c) => payer.get(c), p, values, intOf);
  // Priced as the solver assigned the payers (the offer rules' own assignment may leave a step
  // that starts late for a periodic offer's span unpaid by it).
  const payers = schedule.steps.map((step) => payer.get(intOf(step.credential)));
  const prices = schedule.steps.map(
    (step, i) => payers[i]?.prices.get(intOf(step.credential)) ?? own(step.credential),
  );
  const assigned = chargeAssigned(schedule.steps, prices, payers, usable);
  const candidate: Candidate = {
    outcome: {
      ...planned({ ...schedule, steps: assigned.steps, totalCost: assigned.totalCost }, false),
      offers: assigned.offers,
    },
    total: assigned.totalCost,
    weeks: schedule.totalWeeks,
    offers: assigned.offers,
  };
  return { candidate, bound };
}

/**
 * @param q - the resolved query
 * @returns whether the relaxed programme bounds it: a cheapest query (a fastest query's tie on cost
 *   included) under a weekly-hours budget, no sponsor
 */
function mipBoundScope(q: ResolvedQuery): boolean {
  return q.objective === 'cheapest' && q.weeklyHours < Infinity && q.sponsor === undefined;
}

/**
 * The portfolio's bound under a weekly-hours budget: the exact programme has no hours, so the solver
 * is given its relaxation (offers-programme.ts, `hours`), which sees what the engine's bounds cannot
 * together: which credentials a periodic offer pays, as whole steps, and the whole periods their
 * hours take. Its dual bound holds for every plan; its solutions are not plans and are not used.
 * @param ctx - the planner's context
 * @param solver - the MIP solver
 * @param q - the query (in mipBoundScope)
 * @param usable - its usable offers
 * @param deadline - the clock reading its time budget ends at
 * @returns a lower bound on every plan's total (-Infinity when none was proven or no time is left)
 */
export function mipBound(
  ctx: PlanContext,
  solver: MipSolver,
  q: ResolvedQuery,
  usable: readonly CompiledOffer[],
  deadline: number,
): number {
  const ms = deadline - ctx.clock();
  if (ms <= 0 || !mipBoundScope(q)) return -Infinity;
  const { ws } = ctx;
  ws.setHeld(q.held);
  const order = ws.cone(q.target);
  // The effort view (hours/effort-view.ts, kept per budget): effort as cost, fewest weeks under H.
  const view = ctx.effortView(q.weeklyHours).index;
  const hours = { hours: q.weeklyHours, effort: view.cost, weeks: view.duration };
  const p = offersProgramme(ws, order, q.exclude, usable, hours);
  const result = solver.solve(p.model, ms / 1000);
  return result.status === 'optimal' || result.status === 'limit' ? result.dualBound : -Infinity;
}

/** Rounds of mending a solved schedule's spans (solvedSchedule); one is usually all it takes. */
const MENDS = 3;

/**
 * The solved set scheduled as early as each step's requirement and the solver's start week allow.
 * The solver's weeks hold to its tolerances, so a span it bills as n periods may come out a hair
 * longer: then the steps the offer pays start no earlier than its last end less n periods, and the
 * set is scheduled again.
 */
function solvedSchedule(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  release: Map<number, number>,
  payerOf: (c: number) => CompiledOffer | undefined,
  p: OffersProgramme,
  values: Float64Array,
  intOf: (id: string) => number,
): Schedule {
  const again = (): Schedule => scheduleSteps(ws, order, set, (c) => release.get(c) ?? 0);
  let schedule = again();
  for (let round = 0; round < MENDS; round++) {
    let moved = false;
    for (const [o, col] of p.periods) {
      const n = Math.round(values[col]!);
      const paid = schedule.steps.filter((st) => payerOf(intOf(st.credential)) === o);
      if (paid.length === 0 || n < 1) continue;
      const { startWeek, endWeek } = chargeOffer(o, paid);
      if (periodsBilled(endWeek - startWeek, o.periodWeeks!) <= n) continue;
      const from = endWeek - n * o.periodWeeks!;
      for (const st of paid) {
        const c = intOf(st.credential);
        if ((release.get(c) ?? 0) >= from) continue;
        release.set(c, from);
        moved = true;
      }
    }
    if (!moved) break;
    schedule = again();
  }
  return schedule;
}
