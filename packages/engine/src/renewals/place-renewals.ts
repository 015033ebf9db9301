/**
 * From the plan to `renewal#keep` (keep-catalog.ts) back to a plan of the query: the paid renewals
 * and the synthetic target leave the steps and become `renewals`; each `by` copy becomes its real
 * credential, placed to end on the day the holding would lapse (dueDate: the latest day it still
 * renews, so it keeps the target longest), with its real weeks and effort. The `by` steps take the
 * earliest due dates in the order they can first end (an exchange argument: that order meets every
 * due date whenever any order does); the later periods are paid. A copy that cannot end by a due
 * date, or whose moved step would break start days or the hours budget, is a conflict, and so is a
 * plan that earns B both before the target and as its renewal: the caller replans
 * (plan-with-renewals.ts).
 */
import type { Catalog, Credential } from '@pathwise/core';
import { requirementIds } from '@pathwise/core';
import type { Plan, PlanRenewal, PlanStep } from '../plan-types.js';
import { chargeOffer, type PlanOffer } from '../offers/offer-pricing.js';
import { periodWeeks } from '@pathwise/core';
import { shortestWeeks, stepHoursPerWeek, peakLoad } from '../hours/weekly-load.js';
import { EPS } from '../numeric/tolerance.js';
import { byOf, isSynthetic } from './keep-catalog.js';
import { dateOfWeek, renewalDueDates, weeksBetween } from './keep-horizon.js';

/** What placing needs to know of the query. */
export interface PlaceContext {
  catalog: Catalog;
  target: Credential;
  keepFor: number;
  startDate: string;
  weeklyHours: number | undefined;
  /** When the target is held: the day it was earned. */
  heldSince: string | undefined;
}

/** A plan placed, or why it could not be. */
export type Placed =
  | { ok: true; plan: Plan }
  | { ok: false; conflict: 'twice'; credential: string }
  | { ok: false; conflict: 'timing' };

/**
 * @param ctx - the query's context
 * @param inner - a feasible plan to `renewal#keep`
 * @returns the plan of the query, or the conflict that stops it
 */
export function placeRenewals(ctx: PlaceContext, inner: Plan): Placed {
  const { target } = ctx;
  const real = new Set(inner.steps.map((s) => s.credential).filter((id) => !isSynthetic(id)));
  const copies = inner.steps.filter((s) => byOf(s.credential) !== undefined);
  for (const c of copies) {
    const b = byOf(c.credential)!;
    if (real.has(b)) return { ok: false, conflict: 'twice', credential: b };
  }
  const targetStep = inner.steps.find((s) => s.credential === target.id);
  const earnedWeek = targetStep?.endWeek ?? 0;
  const earnedOn = targetStep?.endDate ?? ctx.heldSince ?? dateOfWeek(ctx.startDate, earnedWeek);
  const dues = renewalDueDates(earnedOn, target.validityMonths!, ctx.keepFor);
  const dueWeeks = dues.map((d) => weeksBetween(ctx.startDate, d));
  const byCred = new Map(ctx.catalog.credentials.map((c) => [c.id, c] as const));
  // By-steps in the order they can first end; each takes the earliest due date it can meet.
  const order = [...copies].sort((a, b) => a.endWeek - b.endWeek);
  const dueBy = new Map<number, string>();
  const placed: PlanStep[] = [];
  let next = 0;
  for (const copy of order.slice(0, dues.length)) {
    const b = byCred.get(byOf(copy.credential)!)!;
    const length = stepLength(b, ctx.weeklyHours);
    while (next < dues.length && dueWeeks[next]! - length < copy.endWeek - EPS) next++;
    if (next >= dues.length || b.starts !== undefined) return { ok: false, conflict: 'timing' };
    const end = dueWeeks[next]!;
    dueBy.set(next, b.id);
    placed.push(realStep(copy, b, end - length, end, ctx.startDate));
    next++;
  }
  // Overlapping renewal steps under an hours budget: a conflict (they are months apart in practice).
  for (let i = 1; i < placed.length; i++)
    if (ctx.weeklyHours !== undefined && placed[i]!.startWeek < placed[i - 1]!.endWeek - EPS)
      return { ok: false, conflict: 'timing' };
  const kept = inner.steps
    .filter((s) => !isSynthetic(s.credential))
    .map((s) => ({ ...s, satisfies: s.satisfies.filter((d) => !isSynthetic(d)) }));
  for (const p of placed) {
    if (ctx.weeklyHours !== undefined) {
      const overlapLoad = kept
        .filter((s) => s.startWeek < p.endWeek - EPS && s.endWeek > p.startWeek + EPS)
        .reduce((sum, s) => sum + (s.hoursPerWeek ?? 0), 0);
      if (overlapLoad + (p.hoursPerWeek ?? 0) > ctx.weeklyHours + EPS)
        return { ok: false, conflict: 'timing' };
    }
  }
  const steps = [...kept, ...placed].sort((a, b) => a.startWeek - b.startWeek);
  const renewals: PlanRenewal[] = dues.map((dueDate, i) => {
    const by = dueBy.get(i);
    if (by !== undefined)
      return { credential: target.id, dueDate, dueWeek: dueWeeks[i]!, cost: 0, by };
    const r: PlanRenewal = {
      credential: target.id,
      dueDate,
      dueWeek: dueWeeks[i]!,
      cost: target.renewal!.cost,
    };
    if (target.renewal!.effortHours !== undefined) r.effortHours = target.renewal!.effortHours;
    return r;
  });
  const offers = recharge(ctx.catalog, steps, inner.offers);
  let totalCost = 0;
  for (const s of steps) totalCost += s.cost;
  for (const o of offers ?? []) totalCost += o.cost;
  for (const r of renewals) totalCost += r.cost;
  const plan: Plan = {
    ...inner,
    target: target.id,
    steps,
    totalCost,
    totalWeeks: earnedWeek,
    renewals,
    peakWeeklyHours: peakLoad(
      steps.map((s) => ({ startWeek: s.startWeek, endWeek: s.endWeek, load: s.hoursPerWeek ?? 0 })),
    ),
  };
  if (offers !== undefined) plan.offers = offers;
  if (inner.used !== undefined) plan.used = inner.used.filter((u) => !isSynthetic(u.credential));
  if (inner.outOfPocket !== undefined) plan.outOfPocket = totalCost - (inner.sponsored ?? 0);
  return { ok: true, plan };
}

/** @returns the weeks a credential's step lasts: its durationWeeks, longer under an hours budget */
function stepLength(c: Credential, weeklyHours: number | undefined): number {
  if (weeklyHours === undefined) return c.durationWeeks;
  const pace = { duration: c.durationWeeks, effort: c.effortHours ?? 0, fixed: c.pace === 'fixed' };
  return shortestWeeks(pace, weeklyHours);
}

/** The copy's step as the real credential's, at [start, end]. */
function realStep(
  copy: PlanStep,
  b: Credential,
  start: number,
  end: number,
  startDate: string,
): PlanStep {
  const step: PlanStep = {
    ...copy,
    credential: b.id,
    startWeek: start,
    endWeek: end,
    // It counts toward nothing in the plan (the renewal is listed in `renewals`).
    satisfies: copy.satisfies.filter(
      (d) => !isSynthetic(d) && requirementIds(b.requires).includes(d),
    ),
    hoursPerWeek: stepHoursPerWeek(b.effortHours, start, end),
  };
  if (copy.startDate !== undefined) step.startDate = dateOfWeek(startDate, start);
  if (copy.endDate !== undefined) step.endDate = dateOfWeek(startDate, end);
  return step;
}

/** The offers' entries recharged over the steps they pay, now that some steps moved. */
function recharge(
  catalog: Catalog,
  steps: readonly PlanStep[],
  listed: PlanOffer[] | undefined,
): PlanOffer[] | undefined {
  if (listed === undefined) return undefined;
  const byId = new Map((catalog.offers ?? []).map((o) => [o.id, o] as const));
  return listed.map((l) => {
    const o = byId.get(l.offer)!;
    const paid = steps.filter((s) => s.offer === o.id);
    if (paid.length === 0) return l;
    return chargeOffer({ id: o.id, price: o.price, periodWeeks: periodWeeks(o) }, paid);
  });
}
