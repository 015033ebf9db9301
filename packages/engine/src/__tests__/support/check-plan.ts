/**
 * Test support: an independent checker of plan validity (plan-v1.md "The plan" and plan-v2.md's
 * rules for pace, hours and calendars). It returns every violation it finds, so a failing property
 * shows all that is wrong with a plan at once. Written from the specs, sharing no code with the engine.
 */
import type { Catalog, Credential, Holding } from '@pathwise/core';
import type { Plan } from '../../plan-types.js';
import { heldSet } from './held-set.js';
import { credentialMap, metAt, namedIds } from './requirement-met-at.js';
import { offerFaults, takesPeriodic } from './offer-faults.js';
import { renewalFaults } from './renewal-faults.js';

/** The question a plan answered. */
export interface CheckedQuery {
  target: string;
  have: readonly Holding[];
  asOf: string;
  objective: 'cheapest' | 'fastest';
  maxWeeks?: number;
  maxCost?: number;
  exclude?: readonly string[];
  /** Weekly-hours budget H: at every moment the running steps' hoursPerWeek add up to at most H. */
  weeklyHours?: number;
  /** Week 0's day (default asOf). */
  startDate?: string;
  /** plan-v2 `keepFor`, months (renewal-faults.ts). */
  keepFor?: number;
}

/**
 * Every way `plan` breaks plan-v1 and plan-v2 for this catalog and query: steps earned once, not
 * already held, never retired, costs from the catalog, each start no earlier than its requirement is met by holdings
 * and earlier steps' endWeek, ordered by startWeek, the target earned unless held, totals consistent,
 * lapsed holdings not counted; a fixed step (and any step without a budget) lasts exactly its
 * durationWeeks, a self-paced one under a budget at least that; every step's hoursPerWeek × weeks is
 * its effortHours, its dates are startDate + round(7 × week) days, a step with `starts` begins on one
 * of its days; the plan's peakWeeklyHours is its largest load and, under a budget, at most H; for
 * cheapest without a budget or start days, each step starts as early as its requirement allows.
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

  // plan-v2's fields are required under a budget or for a v2 catalog, checked wherever present.
  const v2 = query.weeklyHours !== undefined || catalog.format === 'pathwise.catalog/v2';
  const calendar = plan.steps.some((s) => byId.get(s.credential)?.starts !== undefined);
  // A plan billed by a periodic offer's span may start steps later than they could (catalog-v2).
  const periodic = takesPeriodic(catalog, plan);
  const priced = offerFaults(catalog, held, plan);
  faults.push(...priced.faults);
  // plan-v2 `keepFor`: a step that renews the target ends on its due date, later than it could.
  const renewal = renewalFaults(catalog, query, plan);
  faults.push(...renewal.faults);
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
    for (const f of paceFaults(credential, step, query.weeklyHours, v2)) faults.push(`${at}: ${f}`);
    if (v2 || step.startDate !== undefined)
      for (const f of dateFaults(credential, step, query.startDate ?? query.asOf))
        faults.push(`${at}: ${f}`);
    if (step.startWeek < previousStart) faults.push(`${at}: not ordered by startWeek`);
    previousStart = step.startWeek;
    // Met by holdings (week 0) and the endWeek of the steps listed before this one.
    const ready = metAt(credential.requires, {
      heldAt: (id) => (held.has(id) ? 0 : endOf.get(id)),
      creditsOf,
    });
    if (ready === undefined)
      faults.push(`${at}: requirement never met by holdings and earlier steps`);
    // Week arithmetic (dates to weeks and back) leaves noise of 1e-15: the same relative 1e-9 as the
    // checker's other comparisons (a start at 9 met at 9.000000000000005 is not early).
    else if (step.startWeek < ready - 1e-9 * Math.max(1, ready))
      faults.push(`${at}: starts at ${step.startWeek} before met at ${ready}`);
    else if (
      query.objective === 'cheapest' &&
      query.weeklyHours === undefined &&
      !calendar &&
      !periodic &&
      !renewal.steps.has(step.credential)
    ) {
      if (step.startWeek !== ready)
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

  const peak = Math.max(0, ...plan.steps.map((s) => loadAt(catalog, plan, s.startWeek)));
  if (
    (v2 || plan.peakWeeklyHours !== undefined) &&
    !(Math.abs(plan.peakWeeklyHours! - peak) <= 1e-6)
  )
    faults.push(`peakWeeklyHours ${plan.peakWeeklyHours} ≠ largest load ${peak}`);
  if (query.weeklyHours !== undefined && peak > query.weeklyHours * (1 + 1e-9))
    faults.push(`load ${peak} h a week > budget ${query.weeklyHours}`);
  if (Math.abs(plan.totalCost - priced.total - renewal.cost) > 1e-9)
    faults.push(
      `totalCost ${plan.totalCost} ≠ steps and offers ${priced.total} (steps ${sum}) + renewals ${renewal.cost}`,
    );
  if (held.has(query.target)) {
    if (plan.totalWeeks !== 0) faults.push(`target held but totalWeeks ${plan.totalWeeks}`);
  } else if (!endOf.has(query.target)) {
    faults.push('target neither held nor earned');
  } else if (plan.totalWeeks !== endOf.get(query.target)) {
    faults.push(`totalWeeks ${plan.totalWeeks} ≠ target endWeek ${endOf.get(query.target)}`);
  }
  return faults;
}

/** How a step breaks its credential's pace (plan-v2). */
function paceFaults(
  c: Credential,
  step: Plan['steps'][number],
  hours: number | undefined,
  v2: boolean,
): string[] {
  const out: string[] = [];
  const weeks = step.endWeek - step.startWeek;
  const e = c.effortHours ?? 0;
  const tol = 1e-9 * Math.max(1, step.endWeek);
  const stretchable = c.pace !== 'fixed' && hours !== undefined && e > 0;
  if (!stretchable && Math.abs(weeks - c.durationWeeks) > tol)
    out.push(`runs ${weeks} weeks, not its ${c.durationWeeks}`);
  if (stretchable && weeks < c.durationWeeks - tol)
    out.push(`runs ${weeks} weeks, fewer than its ${c.durationWeeks}`);
  if (stretchable && !(weeks > 0)) out.push(`self-paced with ${e} hours in no time`);
  const expected = e > 0 && weeks > 0 ? e / weeks : 0;
  if (
    (v2 || step.hoursPerWeek !== undefined) &&
    !(Math.abs((step.hoursPerWeek ?? NaN) - expected) <= 1e-9 * Math.max(1, expected))
  )
    out.push(`hoursPerWeek ${step.hoursPerWeek} ≠ ${e} h / ${weeks} weeks`);
  return out;
}

/** How a step's dates break startDate + round(7 × week), and its start days. */
function dateFaults(c: Credential, step: Plan['steps'][number], startDate: string): string[] {
  const out: string[] = [];
  const day = (week: number): string =>
    new Date(Date.parse(`${startDate}T00:00:00Z`) + Math.round(7 * week) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  if (step.startDate !== day(step.startWeek))
    out.push(`startDate ${step.startDate} ≠ ${day(step.startWeek)}`);
  if (step.endDate !== day(step.endWeek))
    out.push(`endDate ${step.endDate} ≠ ${day(step.endWeek)}`);
  if (c.starts !== undefined) {
    const date = day(step.startWeek);
    const whole = Math.abs(7 * step.startWeek - Math.round(7 * step.startWeek)) < 1e-6;
    if (
      !whole ||
      !c.starts.some((s) => s === date || (s.startsWith('--') && date.slice(4) === s.slice(1)))
    )
      out.push(`starts on ${date}, not one of ${c.starts.join(', ')}`);
  }
  return out;
}

/** Hours a week the plan's steps load at `week` (each at effort / its own length). */
function loadAt(catalog: Catalog, plan: Plan, week: number): number {
  const tol = 1e-9 * Math.max(1, week);
  let sum = 0;
  for (const s of plan.steps) {
    const c = catalog.credentials.find((x) => x.id === s.credential);
    const e = c?.effortHours ?? 0;
    if (e > 0 && s.endWeek > s.startWeek && s.startWeek <= week + tol && s.endWeek > week + tol)
      sum += e / (s.endWeek - s.startWeek);
  }
  return sum;
}
