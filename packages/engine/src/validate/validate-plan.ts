/**
 * validatePlan: checks a plan against plan-v1's rules and plan-v2's "no step is a retired
 * credential", independently of how it was found (core's
 * requirement semantics, not the engine's compiled index). For everyone's tests and for callers that
 * receive plans from elsewhere.
 */
import type { CatalogIndex } from '@pathwise/core';
import { activeHoldings, requirementIds, requirementMetAt } from '@pathwise/core';
import type { Plan, PlanQuery } from '../plan-types.js';
import { todayIso } from '../query/today.js';
import { isTargetForm } from '../target/target-types.js';
import { validateGoalPlan } from '../target/validate-goal-plan.js';
import { shortestWeeks, stepHoursPerWeek } from '../hours/weekly-load.js';
import { overloads, peakLoad, type LoadedStep } from './weekly-hours-check.js';
import { checkStepCalendar } from './step-calendar-check.js';
import { before, EPS, near, within } from '../numeric/tolerance.js';
import { checkOffers, takesPeriodicOffer } from './offers-check.js';
import { eligibility, sponsorShare } from '../offers/sponsor-share.js';
import { checkRenewals, renewalSteps, type RenewalFaultCode } from './renewals-check.js';

/** What can be wrong with a plan. */
export type PlanFaultCode =
  | 'WRONG_TARGET'
  | 'WRONG_OBJECTIVE'
  | 'NOT_FEASIBLE'
  | 'UNKNOWN_STEP'
  | 'DUPLICATE_STEP'
  | 'WRONG_COST'
  | 'WRONG_DURATION'
  | 'STARTS_TOO_EARLY'
  | 'NOT_EARLIEST'
  | 'NOT_ORDERED'
  | 'TARGET_MISSING'
  | 'STEPS_FOR_HELD_TARGET'
  | 'WRONG_TOTAL_COST'
  | 'WRONG_TOTAL_WEEKS'
  | 'WRONG_SATISFIES'
  | 'WRONG_LAPSED'
  | 'BAD_BOUND'
  | 'DEADLINE_MISSED'
  | 'OVER_BUDGET'
  | 'EXCLUDED_STEP'
  | 'RETIRED_STEP'
  | 'BAD_INFEASIBLE'
  | 'OVER_WEEKLY_HOURS'
  | 'WRONG_HOURS_PER_WEEK'
  | 'WRONG_PEAK'
  | 'NOT_A_START_DAY'
  | 'WRONG_DATE'
  | 'UNKNOWN_OFFER'
  | 'OFFER_NOT_ALLOWED'
  | 'WRONG_OFFERS'
  | 'WRONG_SHARE'
  | RenewalFaultCode;

/** One rule a plan breaks. */
export interface PlanFault {
  code: PlanFaultCode;
  message: string;
  /** The step's credential, when the fault is about one step. */
  credential?: string;
}

/**
 * @param index - the catalog index
 * @param query - the query the plan answers (its `asOf` judges lapse; default today)
 * @param plan - the plan to check
 * @returns every fault found; empty when the plan is valid
 * @throws UnknownCredentialError / InvalidInputError when the query itself is bad
 */
export function validatePlan(index: CatalogIndex, query: PlanQuery, plan: Plan): PlanFault[] {
  if (isTargetForm(query.target)) return validateGoalPlan(index, query, plan, validatePlan);
  const target = query.target;
  const faults: PlanFault[] = [];
  const fault = (code: PlanFaultCode, message: string, credential?: string): void => {
    faults.push(credential === undefined ? { code, message } : { code, message, credential });
  };
  const { held, lapsed } = activeHoldings(index, query.have ?? [], query.asOf ?? todayIso());
  if (plan.target !== target) fault('WRONG_TARGET', `plan is for "${plan.target}"`);
  if (plan.objective !== (query.objective ?? 'cheapest'))
    fault('WRONG_OBJECTIVE', `objective "${plan.objective}"`);
  // Without constraints a valid catalog always has a plan, unless it must go through a retired
  // credential that is not held (catalog-v2 rule 6).
  const retiredLeft = index.catalog.credentials.some((c) => c.retired === true && !held.has(c.id));
  // A weekly-hours budget (a fixed course heavier than it) or start days (none left) may leave no plan.
  const constrained =
    query.maxWeeks !== undefined ||
    query.maxCost !== undefined ||
    query.exclude !== undefined ||
    retiredLeft ||
    query.weeklyHours !== undefined ||
    (query.keepFor ?? 0) > 0 ||
    [...index.byId.values()].some((c) => c.starts !== undefined);
  if (!plan.feasible) {
    if (!constrained)
      fault('NOT_FEASIBLE', 'an unconstrained plan of a valid catalog is always feasible');
    if (plan.steps.length > 0 || plan.totalCost !== 0 || plan.totalWeeks !== 0 || !plan.reason)
      fault('BAD_INFEASIBLE', 'an infeasible plan has no steps, totals 0 and a reason');
    return faults;
  }
  if (query.maxWeeks !== undefined && !within(plan.totalWeeks, query.maxWeeks))
    fault('DEADLINE_MISSED', `totalWeeks ${plan.totalWeeks} > maxWeeks ${query.maxWeeks}`);
  if (query.maxCost !== undefined && !within(plan.totalCost, query.maxCost))
    fault('OVER_BUDGET', `totalCost ${plan.totalCost} > maxCost ${query.maxCost}`);
  const excluded = new Set(query.exclude ?? []);
  for (const step of plan.steps)
    if (excluded.has(step.credential))
      fault('EXCLUDED_STEP', 'an excluded credential is earned', step.credential);
  for (const step of plan.steps)
    if (index.byId.get(step.credential)?.retired === true)
      fault('RETIRED_STEP', 'a retired credential is earned', step.credential);
  const achieved = plan.objective === 'fastest' ? plan.totalWeeks : plan.totalCost;
  if (!plan.optimal && !(plan.bound !== undefined && plan.bound <= achieved + EPS)) {
    fault(
      'BAD_BOUND',
      `a plan that is not optimal needs a bound at most its total (bound ${plan.bound})`,
    );
  }
  const lapsedIds = (plan.lapsed ?? []).map((l) => l.id).sort();
  if (
    lapsedIds.join('\n') !==
    lapsed
      .map((l) => l.id)
      .sort()
      .join('\n')
  ) {
    fault('WRONG_LAPSED', `lapsed lists [${lapsedIds.join(', ')}]`);
  }

  // plan-v2 (hours/weekly-load.ts): a fixed step, or any step without a budget, runs exactly its
  // durationWeeks; a self-paced one under a budget at least its fewest weeks, at effort / length.
  const hours = query.weeklyHours;
  const startDate = query.startDate ?? query.asOf ?? todayIso();
  const calendar = plan.steps.some((s) => index.byId.get(s.credential)?.starts !== undefined);
  const loaded: LoadedStep[] = [];
  const byCredential = new Map<string, Plan['steps'][number]>();
  for (const step of plan.steps) {
    const c = index.byId.get(step.credential);
    if (!c) {
      fault('UNKNOWN_STEP', `step "${step.credential}" is not in the catalog`, step.credential);
      continue;
    }
    if (byCredential.has(step.credential)) fault('DUPLICATE_STEP', 'earned twice', step.credential);
    byCredential.set(step.credential, step);
    const pace = {
      duration: c.durationWeeks,
      effort: c.effortHours ?? 0,
      fixed: c.pace === 'fixed',
    };
    const weeks = step.endWeek - step.startWeek;
    const least = shortestWeeks(pace, hours ?? Infinity);
    const exact = pace.fixed || hours === undefined || !(pace.effort > 0);
    if (exact ? !near(weeks, c.durationWeeks) : before(weeks, least))
      fault(
        'WRONG_DURATION',
        `runs ${weeks} weeks, ${exact ? '' : 'at least '}${least} expected`,
        c.id,
      );
    const load = stepHoursPerWeek(c.effortHours, step.startWeek, step.endWeek);
    if (step.hoursPerWeek !== undefined && !near(step.hoursPerWeek, load))
      fault('WRONG_HOURS_PER_WEEK', `hoursPerWeek ${step.hoursPerWeek} != ${load}`, c.id);
    for (const [code, message] of checkStepCalendar(step, c.starts, startDate))
      fault(code, message, c.id);
    loaded.push({ ...step, load });
  }
  const creditsOf = (id: string): number => index.byId.get(id)?.credits ?? 0;
  const periodic = takesPeriodicOffer(index, plan);
  const earlier = new Map<string, number>();
  const renewing = renewalSteps(plan);
  for (const step of plan.steps) {
    const c = index.byId.get(step.credential);
    if (!c) continue;
    // Met by holdings (week 0) and the end weeks of the steps listed before this one.
    const metAt = requirementMetAt(c.requires, {
      heldAt: (id) => (held.has(id) ? 0 : earlier.get(id)),
      creditsOf,
    });
    earlier.set(c.id, step.endWeek);
    if (metAt === undefined || before(step.startWeek, metAt) || step.startWeek < 0) {
      fault(
        'STARTS_TOO_EARLY',
        `starts at ${step.startWeek}, requirement met at ${metAt ?? 'never'}`,
        c.id,
      );
    } else if (
      plan.objective === 'cheapest' &&
      hours === undefined &&
      !calendar &&
      !periodic &&
      !renewing.has(c.id)
    ) {
      // plan-v1: a cheapest step starts as early as its requirement allows (with no budget or days);
      // a plan billed by a periodic offer's span may start steps later (catalog-v2 "Offers").
      if (!near(step.startWeek, metAt))
        fault('NOT_EARLIEST', `starts at ${step.startWeek}, could start at ${metAt}`, c.id);
    }
    for (const d of step.satisfies) {
      const dependent = index.byId.get(d);
      const inPlan = byCredential.has(d) || d === plan.target;
      if (!dependent || !inPlan || !requirementIds(dependent.requires).includes(c.id)) {
        fault('WRONG_SATISFIES', `does not count toward "${d}" in this plan`, c.id);
      }
    }
  }
  if (hours !== undefined) {
    for (const o of overloads(loaded, hours))
      fault('OVER_WEEKLY_HOURS', `${o.load} hours a week at week ${o.week} > ${hours}`);
  }
  const peak = peakLoad(loaded);
  if (plan.peakWeeklyHours !== undefined && !near(plan.peakWeeklyHours, peak))
    fault('WRONG_PEAK', `peakWeeklyHours ${plan.peakWeeklyHours} != ${peak}`);
  for (let i = 1; i < plan.steps.length; i++) {
    if (plan.steps[i]!.startWeek < plan.steps[i - 1]!.startWeek) {
      fault('NOT_ORDERED', 'steps are not ordered by startWeek', plan.steps[i]!.credential);
    }
  }
  // Step costs, offers and totalCost (catalog-v2 "Offers"; a plan without offers pays own costs).
  for (const [code, message, credential] of checkOffers(index, plan, held))
    fault(code, message, credential);
  if (query.sponsor !== undefined) {
    // A paid renewal is eligible as its credential's cost is.
    const paid = (plan.renewals ?? []).map((r) => ({ credential: r.credential, cost: r.cost }));
    const withPaid = { ...plan, steps: [...plan.steps, ...paid] };
    const share = sponsorShare(withPaid, query.sponsor, eligibility(index.catalog, query.sponsor));
    if (
      !near(plan.sponsored ?? NaN, share.sponsored) ||
      !near(plan.outOfPocket ?? NaN, share.outOfPocket)
    )
      fault(
        'WRONG_SHARE',
        `sponsored ${plan.sponsored}, outOfPocket ${plan.outOfPocket}: expected ${share.sponsored}, ${share.outOfPocket}`,
      );
  }
  for (const [code, message, credential] of checkRenewals(index, query, plan, startDate))
    fault(code, message, credential);
  if (held.has(target)) {
    // Under keepFor, a held target may be renewed by earning a `by` credential (and its cone).
    if (plan.steps.length > 0 && renewing.size === 0)
      fault('STEPS_FOR_HELD_TARGET', 'the target is held: no steps');
    if (plan.totalWeeks !== 0) fault('WRONG_TOTAL_WEEKS', 'the target is held: totalWeeks is 0');
  } else {
    const targetStep = byCredential.get(target);
    if (!targetStep) fault('TARGET_MISSING', 'the target is neither held nor a step', target);
    else if (!near(targetStep.endWeek, plan.totalWeeks)) {
      fault('WRONG_TOTAL_WEEKS', `totalWeeks ${plan.totalWeeks} != ${targetStep.endWeek}`);
    }
  }
  return faults;
}
