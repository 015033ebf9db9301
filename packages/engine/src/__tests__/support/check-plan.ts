/**
 * Test support: an independent checker of plan validity (plan-v1.md "The plan"). It returns every
 * violation it finds, so a failing property shows all that is wrong with a plan at once.
 */
import type { Catalog, Credential, Holding } from '@pathwise/core';
import type { Plan } from '../../plan-types.js';
import { heldSet } from './held-set.js';
import { credentialMap, metAt, namedIds } from './requirement-met-at.js';

/** The question a plan answered. */
export interface CheckedQuery {
  target: string;
  have: readonly Holding[];
  asOf: string;
  objective: 'cheapest' | 'fastest';
  maxWeeks?: number;
  maxCost?: number;
  exclude?: readonly string[];
  /** Weekly-hours budget: steps run max(d, e/H) weeks (d, e > 0) and load e/weeks hours a week. */
  weeklyHours?: number;
}

/**
 * Every way `plan` breaks plan-v1 for this catalog and query: steps earned once, not already held,
 * never retired (plan-v2),
 * costs and durations from the catalog, each start no earlier than its requirement is met by holdings
 * and earlier steps' endWeek, ordered by startWeek, the target earned unless held, totals consistent,
 * lapsed holdings not counted; for cheapest, each step starts as early as its requirement allows
 * (under a weekly-hours budget: as early as its requirement and the other steps' load allow), and
 * under a budget the load of the steps running at every step start is at most the budget.
 * @returns the violations, empty when the plan is valid
 */
export function planViolations(catalog: Catalog, query: CheckedQuery, plan: Plan): string[] {
  const faults: string[] = [];
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf, catalog.format === 'pathwise.catalog/v2');
  if (plan.objective !== query.objective)
    faults.push(`objective ${plan.objective} ≠ ${query.objective}`);
  if (plan.target !== query.target) faults.push(`target ${plan.target} ≠ ${query.target}`);
  if (!plan.feasible) return [...faults, `not feasible (${plan.reason ?? 'no reason'})`];
  if (query.maxWeeks !== undefined && plan.totalWeeks > query.maxWeeks + 1e-9)
    faults.push(`totalWeeks ${plan.totalWeeks} > maxWeeks ${query.maxWeeks}`);
  if (query.maxCost !== undefined && plan.totalCost > query.maxCost + 1e-9)
    faults.push(`totalCost ${plan.totalCost} > maxCost ${query.maxCost}`);
  for (const step of plan.steps ?? [])
    if (query.exclude?.includes(step.credential)) faults.push(`excluded ${step.credential} earned`);
  if (!Array.isArray(plan.steps)) return [...faults, 'steps is not an array'];

  const endOf = new Map<string, number>();
  const creditsOf = (id: string): number => byId.get(id)?.credits ?? 0;
  let previousStart = -Infinity;
  let sum = 0;
  plan.steps.forEach((step, i) => {
    const at = `steps[${i}] ${String(step.credential)}`;
    const credential = byId.get(step.credential);
    if (!credential) return void faults.push(`${at}: not in the catalog`);
    if (endOf.has(step.credential)) faults.push(`${at}: earned twice`);
    if (held.has(step.credential)) faults.push(`${at}: already held`);
    if (credential.retired === true) faults.push(`${at}: retired, never a step`);
    if (step.cost !== credential.cost)
      faults.push(`${at}: cost ${step.cost} ≠ catalog ${credential.cost}`);
    const weeks = runWeeks(credential, query.weeklyHours);
    if (Math.abs(step.endWeek - (step.startWeek + weeks)) > 1e-9 * Math.max(1, step.endWeek))
      faults.push(`${at}: endWeek ${step.endWeek} ≠ ${step.startWeek} + ${weeks}`);
    if (step.startWeek < previousStart) faults.push(`${at}: not ordered by startWeek`);
    previousStart = step.startWeek;
    // Met by holdings (week 0) and the endWeek of the steps listed before this one.
    const ready = metAt(credential.requires, {
      heldAt: (id) => (held.has(id) ? 0 : endOf.get(id)),
      creditsOf,
    });
    if (ready === undefined)
      faults.push(`${at}: requirement never met by holdings and earlier steps`);
    else if (step.startWeek < ready)
      faults.push(`${at}: starts at ${step.startWeek} before met at ${ready}`);
    else if (query.objective === 'cheapest' && query.weeklyHours === undefined) {
      if (step.startWeek !== ready)
        faults.push(`${at}: cheapest step starts at ${step.startWeek}, could start at ${ready}`);
    } else if (query.objective === 'cheapest') {
      const sooner = soonerFit(catalog, plan, i, ready, query.weeklyHours!);
      if (sooner !== undefined)
        faults.push(
          `${at}: cheapest step starts at ${step.startWeek}, fits the hours at ${sooner}`,
        );
    }
    if (!Array.isArray(step.satisfies)) faults.push(`${at}: satisfies is not an array`);
    endOf.set(step.credential, step.endWeek);
    sum += step.cost;
  });
  const inPlan = new Set(plan.steps.map((s) => s.credential));
  plan.steps.forEach((step, i) => {
    for (const id of step.satisfies ?? []) {
      if (!inPlan.has(id) && id !== query.target)
        faults.push(`steps[${i}] satisfies ${id}, not in the plan`);
      else if (!namedIds(byId.get(id)?.requires).includes(step.credential)) {
        faults.push(
          `steps[${i}] satisfies ${id}, whose requirement does not name ${step.credential}`,
        );
      }
    }
  });

  if (query.weeklyHours !== undefined) {
    for (const step of plan.steps) {
      const load = loadAt(catalog, plan, -1, step.startWeek, query.weeklyHours);
      if (load > query.weeklyHours * (1 + 1e-9))
        faults.push(`load ${load} h at week ${step.startWeek} > ${query.weeklyHours} h a week`);
    }
  }
  if (plan.totalCost !== sum) faults.push(`totalCost ${plan.totalCost} ≠ sum of steps ${sum}`);
  if (held.has(query.target)) {
    if (plan.totalWeeks !== 0) faults.push(`target held but totalWeeks ${plan.totalWeeks}`);
  } else if (!endOf.has(query.target)) {
    faults.push('target neither held nor earned');
  } else if (plan.totalWeeks !== endOf.get(query.target)) {
    faults.push(`totalWeeks ${plan.totalWeeks} ≠ target endWeek ${endOf.get(query.target)}`);
  }
  return faults;
}

/** Weeks a credential runs under an optional weekly-hours budget. */
function runWeeks(c: Credential, hours: number | undefined): number {
  const e = c.effortHours ?? 0;
  if (hours === undefined || c.durationWeeks <= 0 || e <= 0) return c.durationWeeks;
  return Math.max(c.durationWeeks, e / hours);
}

/** Hours a week the plan's steps (but `skip`) load at `week`. */
function loadAt(catalog: Catalog, plan: Plan, skip: number, week: number, hours: number): number {
  const tol = 1e-9 * Math.max(1, week);
  let sum = 0;
  plan.steps.forEach((s, i) => {
    const c = catalog.credentials.find((x) => x.id === s.credential);
    if (i === skip || !c || !(c.effortHours! > 0) || !(c.durationWeeks > 0)) return;
    if (s.startWeek <= week + tol && s.endWeek > week + tol)
      sum += c.effortHours! / runWeeks(c, hours);
  });
  return sum;
}

/** An earlier start than step i's, from `ready`, at which it fits beside the other steps, if any. */
function soonerFit(
  catalog: Catalog,
  plan: Plan,
  i: number,
  ready: number,
  hours: number,
): number | undefined {
  const step = plan.steps[i]!;
  const c = catalog.credentials.find((x) => x.id === step.credential)!;
  const weeks = runWeeks(c, hours);
  const load = c.durationWeeks > 0 && c.effortHours! > 0 ? c.effortHours! / weeks : 0;
  const starts = [ready, ...plan.steps.map((s) => s.endWeek)]
    .filter((t) => t >= ready && t < step.startWeek - 1e-9 * Math.max(1, step.startWeek))
    .sort((a, b) => a - b);
  for (const t of starts) {
    const probes = [t, ...plan.steps.map((s) => s.startWeek).filter((p) => p > t && p < t + weeks)];
    if (probes.every((p) => loadAt(catalog, plan, i, p, hours) + load <= hours * (1 + 1e-9)))
      return t;
  }
  return undefined;
}
