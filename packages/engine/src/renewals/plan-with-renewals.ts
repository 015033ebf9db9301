/**
 * Planning under `keepFor` (plan-v2): the target must stay valid for that many months after it is
 * earned, and totalCost includes the cheapest upkeep. cheapest is one exact plan to a synthetic
 * target (keep-catalog.ts) whose every plan is a plan to the target plus one choice per renewal
 * period: the paid renewal or a distinct `renewal.by` credential earned after the target, its cone
 * priced with everything the plan holds. So offers, sponsors, exclusions and hours compose as they
 * do for any plan. place-renewals.ts turns it back into a plan of the query; where it cannot (B
 * earned both before the target and as its renewal), the optimum is the better of the two plans
 * that forbid one of them, so both are tried; where a `by` step cannot meet its due date, the plan
 * falls back to paid renewals and says `optimal: false` with the first plan's cost as its bound.
 *
 * fastest is unchanged in weeks: its plan is fastest's, and the upkeep is the cheapest for the
 * credentials that plan holds, started on the day the target is earned (docs/plan-v2.md,
 * "Renewals").
 */
import type { Catalog, CatalogIndex, Credential } from '@pathwise/core';
import { activeHoldings, isRequirementMet } from '@pathwise/core';
import type { Plan, PlanQuery, Sponsor } from '../plan-types.js';
import { eligibility, sponsorShare } from '../offers/sponsor-share.js';
import type { Planner } from '../planner.js';
import { byId, keepCatalog, KEEP_ID } from './keep-catalog.js';
import { dateOfWeek, renewalsNeeded } from './keep-horizon.js';
import { placeRenewals, type PlaceContext } from './place-renewals.js';
import { EPS } from '../numeric/tolerance.js';

/** What planning with renewals needs from the planner that calls it. */
export interface RenewalsContext {
  catalog: Catalog;
  index: CatalogIndex;
  /** Plans a query without `keepFor` on this catalog. */
  plan: (query: PlanQuery) => Plan;
  /** A planner over keepCatalog(catalog, target, n), cached by the caller. */
  keepPlanner: (key: string, build: () => Catalog) => UpkeepPlanner;
  today: () => string;
}

/** A planner that can also plan after the steps of an earlier plan (create-planner.ts). */
export interface UpkeepPlanner extends Planner {
  /** Plans with `earned` held too, implying nothing (they were earned as steps, not awarded). */
  planAfter(query: PlanQuery, earned: readonly string[]): Plan;
}

/**
 * @param ctx - the calling planner's context
 * @param query - a checked query with a credential target and keepFor > 0
 * @returns the plan with `renewals` (empty when the horizon needs none)
 */
export function planWithRenewals(ctx: RenewalsContext, query: PlanQuery): Plan {
  const keepFor = query.keepFor!;
  const { keepFor: _k, ...plain } = query;
  const base = ctx.plan(plain);
  const target = ctx.index.byId.get(query.target as string)!;
  const n =
    target.validityMonths === undefined ? 0 : renewalsNeeded(target.validityMonths, keepFor);
  if (!base.feasible) return base;
  const heldSince = heldOn(query, target);
  const held = base.steps.every((s) => s.credential !== target.id);
  // A held target without a date never lapses (core's holdings); so does one without validityMonths.
  if (n === 0 || (held && heldSince === undefined)) return { ...base, renewals: [] };
  if (target.renewal === undefined) {
    const reason = `"${target.id}" lapses ${target.validityMonths} months after it is earned and has no renewal, so it cannot be kept ${keepFor} months`;
    return {
      ...base,
      feasible: false,
      optimal: true,
      steps: [],
      totalCost: 0,
      totalWeeks: 0,
      reason,
      used: [],
      offers: base.offers && [],
      renewals: [],
      bound: undefined,
      peakWeeklyHours: 0,
      ...share(base),
    };
  }
  const asOf = query.asOf ?? ctx.today();
  const planner = ctx.keepPlanner(`${target.id}|${n}`, () => keepCatalog(ctx.catalog, target, n));
  const place: PlaceContext = {
    catalog: ctx.catalog,
    target,
    keepFor,
    startDate: query.startDate ?? asOf,
    weeklyHours: query.weeklyHours,
    heldSince,
  };
  if ((query.objective ?? 'cheapest') === 'fastest') {
    // The upkeep holds fastest's steps as if held, but an offer's `requires` is judged on the
    // query's own holdings: the upkeep's catalog keeps only the offers those allow.
    const held = activeHoldings(ctx.index, query.have ?? [], asOf).held;
    const creditsOf = (id: string): number => ctx.index.byId.get(id)?.credits ?? 0;
    const offers = (ctx.catalog.offers ?? []).filter((o) =>
      isRequirementMet(o.requires, held, creditsOf),
    );
    const key = `${target.id}|${n}|${offers.map((o) => o.id).join(',')}`;
    const allowed = { ...ctx.catalog, offers };
    const upkeep = ctx.keepPlanner(key, () => keepCatalog(allowed, target, n));
    return fastestUpkeep(ctx, query, base, upkeep, place);
  }
  const byIds = (target.renewal.by ?? []).filter((b) => ctx.index.byId.has(b));
  const heldIds = activeHoldings(ctx.index, query.have ?? [], asOf).held;
  const unusable = byIds.filter((b) => heldIds.has(b) || (query.exclude ?? []).includes(b));
  const inner: PlanQuery = {
    ...plain,
    target: KEEP_ID,
    asOf,
    exclude: [...(query.exclude ?? []), ...unusable.map(byId)],
  };
  delete inner.explain;
  delete inner.currentAnnualEarnings;
  if (query.sponsor?.credentials !== undefined) {
    const extra = query.sponsor.credentials.includes(target.id)
      ? Array.from({ length: n }, (_, i) => `renewal#pay#${i + 1}`)
      : [];
    const copies = byIds.filter((b) => query.sponsor!.credentials!.includes(b)).map(byId);
    inner.sponsor = {
      ...query.sponsor,
      credentials: [...query.sponsor.credentials, ...extra, ...copies],
    };
  }
  // A second proven bound under a deadline: the plan without upkeep by the same deadline, plus the
  // least any n renewals can cost (no sponsor: under one, only the first part is a bound).
  const usable = byIds.filter((b) => !unusable.includes(b));
  const upkeep = query.sponsor === undefined ? leastUpkeep(ctx.index, target, usable, n) : 0;
  const out = underDeadline(
    cheapestKept(planner, place, inner, byIds.length + 1),
    (q) => cheapestKept(planner, place, q, byIds.length + 1),
    inner,
    usable.length > 0,
    lower(base) + upkeep,
  );
  return { ...out, target: query.target, objective: base.objective, lapsed: base.lapsed };
}

/**
 * The cheapest plan to `renewal#keep`, placed; a plan earning B twice splits into the plan without
 * the copy and the plan without the real B (one of them is optimal), at most `depth` times.
 */
function cheapestKept(
  planner: Planner,
  place: PlaceContext,
  inner: PlanQuery,
  depth: number,
  join: (p: Plan) => Plan = (p) => p,
): Plan {
  const got = planner.plan(inner);
  if (!got.feasible) return { ...got, reason: got.reason?.replaceAll(KEEP_ID, place.target.id) };
  const placed = placeRenewals(place, join(got));
  if (placed.ok) return placed.plan;
  const exclude = inner.exclude ?? [];
  if (placed.conflict === 'twice' && depth > 0) {
    const a = cheapestKept(
      planner,
      place,
      { ...inner, exclude: [...exclude, byId(placed.credential)] },
      depth - 1,
      join,
    );
    const b = cheapestKept(
      planner,
      place,
      { ...inner, exclude: [...exclude, placed.credential] },
      depth - 1,
      join,
    );
    const best = pick(a, b, inner.sponsor !== undefined);
    if (best.feasible && !(a.optimal && b.optimal))
      return notProven(best, Math.min(lower(a), lower(b)));
    return best;
  }
  // A timing conflict: renew by paying only; the first plan's cost (or bound) still bounds the optimum.
  const copies = place.catalog.credentials.filter((c) => place.target.renewal?.by?.includes(c.id));
  const paid = planner.plan({ ...inner, exclude: [...exclude, ...copies.map((c) => byId(c.id))] });
  const bound = lower(got);
  if (!paid.feasible) return { ...paid, optimal: false, bound };
  const again = placeRenewals(place, join(paid));
  if (!again.ok) throw new Error('paid renewals always place');
  return notProven(again.plan, bound);
}

/** fastest's plan with the cheapest upkeep of what it holds, from the day the target is earned. */
function fastestUpkeep(
  ctx: RenewalsContext,
  query: PlanQuery,
  base: Plan,
  upkeep: UpkeepPlanner,
  place: PlaceContext,
): Plan {
  // fastest's steps are held by the upkeep, but as steps: a step implies no prerequisite of its own
  // (an undated holding of it would, for ever, where validatePlan holds only what the learner has).
  const have = query.have ?? [];
  const earnedIds = base.steps.map((s) => s.credential);
  const planner: Planner = { ...upkeep, plan: (q) => upkeep.planAfter(q, earnedIds) };
  const heldBy = (place.target.renewal!.by ?? []).filter(
    (b) => have.some((h) => h.id === b) || earnedIds.includes(b),
  );
  const inner: PlanQuery = {
    target: KEEP_ID,
    have,
    asOf: query.asOf ?? ctx.today(),
    objective: 'cheapest',
    exclude: [...(query.exclude ?? []), ...heldBy.map(byId)],
    ...(query.weeklyHours === undefined ? {} : { weeklyHours: query.weeklyHours }),
  };
  const weeks = base.totalWeeks;
  const dated = base.steps.some((s) => s.startDate !== undefined);
  const earned = base.steps.find((s) => s.credential === place.target.id);
  const heldSince = place.heldSince ?? earned?.endDate ?? dateOfWeek(place.startDate, weeks);
  // The upkeep's steps start on the day the target is earned, after fastest's own steps.
  const join = (upkeep: Plan): Plan => {
    const later = upkeep.steps.map((s) => {
      const step = { ...s, startWeek: s.startWeek + weeks, endWeek: s.endWeek + weeks };
      if (dated) {
        step.startDate = dateOfWeek(place.startDate, step.startWeek);
        step.endDate = dateOfWeek(place.startDate, step.endWeek);
      } else {
        delete step.startDate;
        delete step.endDate;
      }
      return step;
    });
    const joined: Plan = { ...base, steps: [...base.steps, ...later] };
    if (base.offers !== undefined || upkeep.offers !== undefined)
      joined.offers = [...(base.offers ?? []), ...(upkeep.offers ?? [])].filter(
        (o, i, all) => all.findIndex((x) => x.offer === o.offer) === i,
      );
    return joined;
  };
  const kept = cheapestKept(
    planner,
    { ...place, heldSince },
    inner,
    place.target.renewal!.by?.length ?? 0,
    join,
  );
  if (!kept.feasible) return { ...kept, objective: 'fastest', target: query.target };
  const plan: Plan = {
    ...kept,
    objective: 'fastest',
    optimal: base.optimal,
    totalWeeks: weeks,
  };
  if (base.bound !== undefined) plan.bound = base.bound;
  else delete plan.bound;
  if (query.maxCost !== undefined && plan.totalCost > query.maxCost + EPS) {
    const reason = `no plan as fast as ${weeks} weeks keeps "${place.target.id}" ${query.keepFor} months within maxCost ${query.maxCost}`;
    return {
      ...plan,
      feasible: false,
      optimal: false,
      steps: [],
      totalCost: 0,
      totalWeeks: 0,
      reason,
      renewals: [],
      used: [],
      peakWeeklyHours: 0,
      offers: plan.offers && [],
    };
  }
  if (query.sponsor !== undefined)
    Object.assign(plan, renewalShare(ctx.catalog, query.sponsor, plan));
  return plan;
}

/**
 * @returns what the sponsor and the learner pay of a plan with renewals: a paid renewal is eligible
 *   as its credential's cost is (offers/sponsor-share.ts)
 */
export function renewalShare(
  catalog: Catalog,
  sponsor: Sponsor,
  plan: Pick<Plan, 'steps' | 'offers' | 'totalCost' | 'renewals'>,
): { sponsored: number; outOfPocket: number } {
  const paid = (plan.renewals ?? []).map((r) => ({ credential: r.credential, cost: r.cost }));
  return sponsorShare(
    { steps: [...plan.steps, ...paid], offers: plan.offers, totalCost: plan.totalCost },
    sponsor,
    eligibility(catalog, sponsor),
  );
}

/** @returns the day the query's holding of the target was earned, when it is held with a date */
function heldOn(query: PlanQuery, t: Credential): string | undefined {
  const names = new Set([t.id, ...(t.aliases ?? [])]);
  return (query.have ?? []).find((h) => names.has(h.id))?.earnedOn;
}

/**
 * The synthetic target's deadline holds every `by` step to it too, though a `by` step is placed on
 * its due date, after the target: so under `maxWeeks` a renewal by earning can be refused that the
 * real query allows (its prerequisites, say, take longer than the deadline), and the plan may be
 * dearer than the optimum. The synthetic query is then a restriction of the real one, and its own
 * proof or bound says nothing of the real optimum. The same query without the deadline is a
 * relaxation (every valid plan is one of its plans), and so is the split bound (leastUpkeep): the
 * plan is proven when it meets either's proven cost, else it says `optimal: false` with the better
 * of the two as its bound. With no plan under the deadline, there is none when the relaxation has
 * none either; else the real query may have one, and the answer is not proven.
 * Under a sponsor the objective is the least out-of-pocket, then the least total, and the split bound
 * proves only the first: the relaxation must also not beat the plan on the total.
 * @param out - the plan found under the deadline
 * @param keep - plans a query to the synthetic target
 * @param inner - that query
 * @param renewable - whether any `by` credential may be earned
 * @param split - the plan without upkeep's proven cost plus leastUpkeep (a proven lower bound)
 * @returns the plan, proven only where a relaxation proves it
 */
function underDeadline(
  out: Plan,
  keep: (q: PlanQuery) => Plan,
  inner: PlanQuery,
  renewable: boolean,
  split: number,
): Plan {
  if (inner.maxWeeks === undefined || !renewable) return out;
  const sponsored = inner.sponsor !== undefined;
  if (out.feasible && out.optimal && !sponsored && split >= lower(out) - EPS) return out;
  const { maxWeeks: _deadline, ...free } = inner;
  const relaxed = keep(free);
  if (!out.feasible) return relaxed.feasible ? { ...out, optimal: false } : out;
  const bound = Math.max(split, relaxed.feasible ? lower(relaxed) : 0);
  if (!out.optimal || bound < lower(out) - EPS) return notProven(out, bound);
  if (!sponsored || !relaxed.feasible) return out;
  // The share is proven; the total is when the relaxation, proven, pays no less at that share.
  const shareTies = relaxed.outOfPocket! >= out.outOfPocket! - EPS;
  const totalProven = relaxed.optimal && (!shareTies || relaxed.totalCost >= out.totalCost - EPS);
  return totalProven ? out : notProven(out, lower(out));
}

/**
 * A proven lower bound on the upkeep of any plan: each of the n periods is renewed by a payment or
 * by a distinct usable `by` credential earned after the target, which costs at least its least
 * price (its own cost, or any offer's price for it; an offer's own price and the prerequisites only
 * add). The steps before the target are then a plan without upkeep by the same deadline (removing
 * the upkeep's steps breaks no rule), so this plus that plan's proven cost bounds the optimum.
 * @returns the sum of the n least of: n payments, and each usable `by` credential's least price
 */
function leastUpkeep(index: CatalogIndex, target: Credential, usable: string[], n: number): number {
  const offers = index.catalog.offers ?? [];
  const price = (id: string): number =>
    Math.min(index.byId.get(id)!.cost, ...offers.map((o) => o.prices[id] ?? Infinity));
  const each = [...Array<number>(n).fill(target.renewal!.cost), ...usable.map(price)];
  return each
    .sort((a, b) => a - b)
    .slice(0, n)
    .reduce((sum, c) => sum + c, 0);
}

/** @returns the proven lower bound of a plan's objective */
const lower = (p: Plan): number => (p.optimal ? (p.outOfPocket ?? p.totalCost) : (p.bound ?? 0));

/** @returns the plan marked not proven, with the bound */
function notProven(p: Plan, bound: number): Plan {
  const own = p.feasible ? (p.outOfPocket ?? p.totalCost) : bound;
  return { ...p, optimal: false, bound: Math.min(bound, own) };
}

/** The better of two plans (least out-of-pocket under a sponsor, then least total). */
function pick(a: Plan, b: Plan, sponsored: boolean): Plan {
  if (!a.feasible) return b;
  if (!b.feasible) return a;
  const key = (p: Plan): [number, number] => [
    sponsored ? p.outOfPocket! : p.totalCost,
    p.totalCost,
  ];
  const [ka, kb] = [key(a), key(b)];
  if (ka[0] < kb[0] - EPS) return a;
  if (kb[0] < ka[0] - EPS) return b;
  return ka[1] <= kb[1] + EPS ? a : b;
}

/** An infeasible plan carries no sponsor share. */
function share(base: Plan): Partial<Plan> {
  return base.outOfPocket === undefined ? {} : { outOfPocket: 0, sponsored: 0 };
}
