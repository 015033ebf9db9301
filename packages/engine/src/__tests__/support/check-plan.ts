/**
 * Test support: an independent checker of plan validity (plan-v1.md "The plan"). It returns every
 * violation it finds, so a failing property shows all that is wrong with a plan at once.
 */
import type { Catalog, Holding } from '@pathwise/core';
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
}

/**
 * Every way `plan` breaks plan-v1 for this catalog and query: steps earned once, not already held,
 * costs and durations from the catalog, each start no earlier than its requirement is met by holdings
 * and earlier steps' endWeek, ordered by startWeek, the target earned unless held, totals consistent,
 * lapsed holdings not counted; for cheapest, each step starts as early as its requirement allows.
 * @returns the violations, empty when the plan is valid
 */
export function planViolations(catalog: Catalog, query: CheckedQuery, plan: Plan): string[] {
  const faults: string[] = [];
  const byId = credentialMap(catalog);
  const held = heldSet(byId, query.have, query.asOf);
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
    if (step.cost !== credential.cost)
      faults.push(`${at}: cost ${step.cost} ≠ catalog ${credential.cost}`);
    if (step.endWeek !== step.startWeek + credential.durationWeeks) {
      faults.push(
        `${at}: endWeek ${step.endWeek} ≠ ${step.startWeek} + ${credential.durationWeeks}`,
      );
    }
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
    else if (query.objective === 'cheapest' && step.startWeek !== ready) {
      faults.push(`${at}: cheapest step starts at ${step.startWeek}, could start at ${ready}`);
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
