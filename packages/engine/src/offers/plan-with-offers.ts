/**
 * Planning with offers (catalog-v2.md "Offers"), exactly: a plan takes some set S of the usable
 * offers (offer-table.ts), and for a fixed S the least step cost is the plan without offers over a
 * catalog whose prices are each credential's least price under S (a priced view of the index, see
 * priced-view.ts); so the pipeline of plan-steps.ts runs once per S, and S is searched in order of
 * its fixed price (one-off prices plus one period of each periodic offer), stopping when that price
 * plus the least step cost under every usable offer reaches the best plan found.
 *
 * Every run's plan is priced by the offer rules (candidate-pricing.ts; for periodic offers both its
 * earliest and, without hours or start days, its latest schedule), so every plan returned is priced
 * as catalog-v2 says. Its lower bound for S is S's fixed price plus its least step cost, which is
 * exact for one-off offers; a periodic offer's span may bill more than one period, so with periodic
 * offers the plan is proven optimal only when some plan meets the least of those bounds, and
 * otherwise says `optimal: false` with that bound. A set's bound also counts the periods its periodic
 * offers must bill for the durations and, under a weekly-hours budget, the effort of what they pay
 * (periodic-bound.ts), for cheapest and for the constrained queries alike (a deadline or a budget
 * only removes plans); where the best plan is still unproven, also for the chains of steps each one
 * pays, which must fit its billed span (window-bound.ts, through window-runs.ts). Where the planner
 * was given a MIP solver and the best plan is still unproven, the query's exact programme is solved
 * in the budget left (mip-proof.ts): its plan is priced like the others, its bound proves. Under a
 * weekly-hours budget it solves that programme's relaxation instead, for its bound alone.
 *
 * fastest: the least weeks first (with a budget, the earliest week some S's plan fits it), then among
 * plans of those weeks the cheapest with offers, searched in the same way under that deadline.
 */
import type { ResolvedQuery } from '../query/resolve-query.js';
import { runSteps, type PlanContext } from '../plan/plan-steps.js';
import { noPlan, type PlanOutcome } from '../plan/plan-outcome.js';
import { EPS, within } from '../numeric/tolerance.js';
import { usableOffers, type CompiledOffer } from './offer-table.js';
import { offerSubsets, type OfferSubset } from './offer-subsets.js';
import type { PerHour, PricedView } from './priced-view.js';
import { payRent, type RentSearch, type SetRun } from './pay-rent.js';
import { periodicBound } from './periodic-bound.js';
import { windowRuns } from './window-runs.js';
import { mandatorySet } from '../hours/hours-bound.js';
import { MandatoryCost, boundFromSuperset } from './mandatory-bound.js';
import { mandatoryLeaves } from '../requirement/mandatory-leaves.js';
import { earliestFinish, withinReach } from './window-reach.js';
import { shortcutPlan } from './free-shortcuts.js';
import { CandidatePricing, better, type Candidate } from './candidate-pricing.js';
import { mipBound, mipPlan } from './mip-proof.js';
import type { MipSolver } from '../mip/mip-model.js';

/**
 * The most cases of plans the periodic bound looks at apart (requirement/mandatory-leaves.ts): each costs one
 * more knapsack per periodic offer per offer set run.
 */
const MOST_CASES = 32;

/** What the plan with offers needs besides the pipeline's context. */
export interface OffersContext extends PlanContext {
  /** The catalog's compiled offers. */
  offers: readonly CompiledOffer[];
  /** The priced view's scratch (priced-view.ts). */
  priced: () => PricedView;
  /** The portfolio's MIP solver (PlannerOptions.mip, mipAlways), if the planner was given one. */
  mip?: { solver: MipSolver; always: boolean } | undefined;
}

/**
 * @param ctx - the planner's context with its offers
 * @param q - the resolved query
 * @returns the outcome with `offers` (the offers taken; empty when none is)
 */
export function planWithOffers(ctx: OffersContext, q: ResolvedQuery): PlanOutcome {
  const { ws } = ctx;
  ws.setHeld(q.held);
  const order = ws.isHeld(q.target) ? new Int32Array(0) : ws.cone(q.target);
  const heldIds = new Set(q.held.map((c) => ws.index.ids[c]!));
  const usable = usableOffers(ctx.offers, ws, order, q.exclude, heldIds);
  // fastest breaks its tie in weeks by least cost exactly (issue 10) even when no offer is usable.
  if (usable.length === 0 && q.objective !== 'fastest') return { ...runSteps(ctx, q), offers: [] };
  const deadline = ctx.clock() + q.timeBudgetMs;
  const search = new OfferSearch(ctx, q, usable, deadline);
  return q.objective === 'fastest' ? search.fastest() : search.cheapest(q);
}

/** The search over offer sets for one query. */
class OfferSearch {
  private readonly subsets: OfferSubset[];
  private readonly complete: boolean;
  /** Prices the runs' plans by the offer rules. */
  private readonly pricing: CandidatePricing;
  private allOptimal = true;
  /** The credentials every plan earns (hours-bound.ts), once the periodic bound needs them. */
  private mandatory: number[] | undefined;
  /** The leaves of the cases of plans (requirement/mandatory-leaves.ts), once the periodic bound needs them. */
  private leaves: number[][] | undefined;
  /** Earliest finish by credential int (window-reach.ts), once the fewer-periods runs need it. */
  private reach: Map<number, number> | undefined;

  constructor(
    private readonly ctx: OffersContext,
    private readonly q: ResolvedQuery,
    private readonly usable: readonly CompiledOffer[],
    private readonly deadline: number,
  ) {
    const { subsets, complete } = offerSubsets(usable);
    this.subsets = subsets;
    this.complete = complete;
    this.pricing = new CandidatePricing(ctx, q, usable);
  }

  /**
   * Runs the pipeline with the least prices under `taken`, budget lowered by its fixed price. A
   * finite `cutoff` (the step cost at which `taken` cannot beat the best plan found) lets the
   * unconstrained cheapest search stop there (branch-and-bound.ts); a run it stops is no failure of
   * proof: its bound, at least the cutoff, is proven. With `perHour`, periodic offers pay rent
   * (rent-bound.ts).
   */
  private run(
    taken: readonly CompiledOffer[],
    fixed: number,
    query: ResolvedQuery,
    cutoff = Infinity,
    perHour?: PerHour,
  ): PlanOutcome {
    const view = this.ctx.priced();
    view.price(taken, perHour);
    try {
      const left = Math.max(1, this.deadline - this.ctx.clock());
      const q: ResolvedQuery = { ...query, maxCost: query.maxCost - fixed, timeBudgetMs: left };
      // Only where the cheapest search's result is the plan: no constraint, hours or start days.
      if (this.plain(query) && cutoff < Infinity) q.cutoff = cutoff;
      const so = runSteps({ ...this.ctx, ws: view.ws }, q);
      const cut = q.cutoff !== undefined && (so.bound ?? -Infinity) >= q.cutoff - EPS;
      if (!so.optimal && !cut) this.allOptimal = false;
      return so;
    } finally {
      view.reset(taken);
    }
  }

  /** The runs payRent (pay-rent.ts) makes: each leaves the proof's record as it was. */
  private rentSearch(): RentSearch {
    return {
      run: (taken, fixed, query, perHour) => {
        const proof = this.allOptimal;
        const so = this.run(taken, fixed, query, Infinity, perHour);
        this.allOptimal = proof;
        return so;
      },
      late: () => this.ctx.clock() > this.deadline,
      effort: () => this.ctx.hoursTables().effort,
    };
  }

  /**
   * @returns whether `query` has no constraint, weekly-hours budget or start days: its steps may
   *   start at any week their requirement allows, and the cheapest search's result is the plan
   */
  private plain(query: ResolvedQuery): boolean {
    return (
      !query.constrained && query.weeklyHours === Infinity && !this.ctx.hoursTables().anyStarts
    );
  }

  /**
   * The run's set with free shortcuts (free-shortcuts.ts), for its pricing to weigh (not proven),
   * where its plan as priced leaves a periodic offer billing more than a period or not paying a
   * step it covers (else nothing is left for a shortcut to save).
   * @param so - the run's outcome under `taken`
   * @param priced - its pricing under `taken`
   * @returns the other plan, or undefined where it does not apply or changes nothing
   */
  private shortcut(
    so: PlanOutcome,
    priced: Candidate | undefined,
    taken: readonly CompiledOffer[],
    query: ResolvedQuery,
  ): PlanOutcome | undefined {
    if (!this.plain(query) || priced === undefined || !this.pricing.spreads(priced, taken))
      return undefined;
    return shortcutPlan(this.ctx.priced(), so, taken, query);
  }

  /**
   * @param s - an offer set
   * @param least - a proven lower bound on its least step cost (every covered step at its price)
   * @returns a lower bound on every plan taking exactly `s`: its fixed price plus `least`, raised
   *   by what its periodic offers must bill for the durations and (under weekly hours) the effort of
   *   what they pay (periodic-bound.ts)
   */
  private setBound(s: OfferSubset, least: number): number {
    if (s.offers.every((o) => o.periodWeeks === undefined)) return s.fixed + least;
    const { ws } = this.ctx;
    this.mandatory ??= mandatorySet(ws, this.q.target);
    this.leaves ??= mandatoryLeaves(ws, this.q.target, MOST_CASES);
    const bound = (mandatory: readonly number[]): number =>
      periodicBound({
        taken: s.offers,
        fixed: s.fixed,
        least,
        mandatory,
        own: ws.index.cost,
        effort: this.ctx.hoursTables().effort,
        duration: ws.index.duration,
        hours: this.q.weeklyHours,
      });
    // Every plan earns M, and the leaf of its case (requirement/mandatory-leaves.ts): both bounds hold.
    const byCase = this.leaves.length > 1 ? Math.min(...this.leaves.map(bound)) : -Infinity;
    return Math.max(bound(this.mandatory), byCase);
  }

  /**
   * The cheapest plan with offers for `query` (the query itself, or fastest's under its deadline).
   * @returns the best plan, proven when its cost meets the least bound over every offer set
   */
  cheapest(query: ResolvedQuery): PlanOutcome {
    const all = this.run(this.usable, 0, query);
    if (!all.feasible) return all.optimal ? { ...all, offers: [] } : all;
    const floor = all.optimal ? all.schedule.totalCost : (all.bound ?? 0);
    // With too many offers to try every set, a set not tried may cost as little as the floor.
    let bound = this.complete ? Infinity : floor;
    // Each set's least step cost is at least the floor raised by what M costs more under it than
    // under every usable offer (mandatory-bound.ts), and, once a superset has run, at least that
    // superset's least cost raised the same way. Sets run best-first by fixed price plus that bound,
    // until it reaches the best plan found.
    this.mandatory ??= mandatorySet(this.ctx.ws, this.q.target);
    const mc = new MandatoryCost(this.mandatory, this.ctx.ws.index.cost);
    const costAll = mc.of(this.usable);
    const bit = new Map(this.usable.map((o, i) => [o, 2 ** i] as const));
    const sets: SetEntry[] = this.subsets.map((s, i) => {
      const cost = mc.of(s.offers);
      // A set's mask (at most MAX_USABLE_OFFERS bits); with more offers, its place in the list.
      const mask = this.complete ? s.offers.reduce((m, o) => m + bit.get(o)!, 0) : -1 - i;
      return { s, mask, cost, lower: boundFromSuperset(floor, costAll, cost) };
    });
    sets.sort(
      (a, b) =>
        a.s.fixed + a.lower - (b.s.fixed + b.lower) || a.s.offers.length - b.s.offers.length,
    );
    const least = new Map<number, { least: number; cost: number }>();
    const lower = (e: SetEntry): number => {
      let lb = e.lower;
      if (!this.complete) return lb;
      for (const [m, v] of least)
        if ((m & e.mask) === e.mask) lb = Math.max(lb, boundFromSuperset(v.least, v.cost, e.cost));
      return lb;
    };
    let best: Candidate | undefined;
    const offer = (c: Candidate | undefined): void => {
      if (c !== undefined && (best === undefined || better(c.total, c.weeks, best))) best = c;
    };
    const done = new Set<number>();
    // The sets run, each with its bound (raised by rent at the end, where that can prove the plan).
    const runs: SetRun[] = [];
    let late = false;
    const consider = (e: SetEntry): void => {
      if (done.has(e.mask) || late) return;
      if (best !== undefined && e.s.fixed + lower(e) >= best.total - EPS) return;
      if (this.ctx.clock() > this.deadline) {
        // Every set not yet run costs at least its fixed price plus its bound.
        for (const x of sets) if (!done.has(x.mask)) bound = Math.min(bound, x.s.fixed + lower(x));
        this.allOptimal = false;
        late = true;
        return;
      }
      done.add(e.mask);
      const cutoff = best === undefined ? Infinity : best.total - e.s.fixed;
      const so = this.run(e.s.offers, e.s.fixed, query, cutoff);
      if (!so.feasible) {
        if (!so.optimal) bound = Math.min(bound, e.s.fixed + lower(e));
        return;
      }
      const steps = so.optimal ? so.schedule.totalCost : (so.bound ?? 0);
      least.set(e.mask, { least: steps, cost: e.cost });
      runs.push({ s: e.s, least: steps, bound: this.setBound(e.s, steps) });
      const pricedRun = this.pricing.priced(so, e.s.offers, true);
      offer(pricedRun);
      offer(this.pricing.cheapestPricing(so));
      const faster = this.shortcut(so, pricedRun, e.s.offers, query);
      if (faster !== undefined) offer(this.pricing.priced(faster, e.s.offers, true));
    };
    // Without a budget, the run under every usable offer is that set's own run: not run twice, and
    // its plan priced under that set (packed too) once, as cheapestPricing's first pricing.
    const full = sets.find((x) => x.s.offers.length === this.usable.length);
    const own = this.complete && full !== undefined && query.maxCost === Infinity && all.optimal;
    const pricedAll = this.pricing.cheapestPricing(all, own);
    offer(pricedAll);
    const faster = this.shortcut(all, pricedAll, this.usable, query);
    if (faster !== undefined) offer(this.pricing.cheapestPricing(faster, true));
    if (own) {
      done.add(full.mask);
      least.set(full.mask, { least: floor, cost: full.cost });
      runs.push({ s: full.s, least: floor, bound: this.setBound(full.s, floor) });
    }
    for (const e of sets) {
      if (late || (best !== undefined && e.s.fixed + e.lower >= best.total - EPS)) break;
      consider(e);
    }
    const ranBound = (): number => runs.reduce((b, r) => Math.min(b, r.bound), bound);
    if (best === undefined)
      return noPlan('no plan with offers fits the budget', false, Math.min(ranBound(), floor));
    const meetsBound = (c: Candidate): boolean => this.allOptimal && c.total <= ranBound() + EPS;
    if (!meetsBound(best)) for (const c of this.fewerPeriods(best, query)) offer(c);
    if (!meetsBound(best)) payRent(this.rentSearch(), runs, best.total, query);
    if (this.allOptimal && !meetsBound(best)) {
      const { ws, clock: now } = this.ctx;
      const { q, pricing, deadline: stopAt } = this;
      const search = { ws, q, pricing, plain: this.plain(query), stopAt, now };
      for (const c of windowRuns(search, runs, best.total)) offer(c);
    }
    bound = ranBound();
    // The portfolio's MIP runner, with the budget left (mip-proof.ts): its bound holds for every plan.
    const { mip: solver } = this.ctx;
    const mip =
      solver === undefined || query !== this.q || (meetsBound(best) && !solver.always)
        ? undefined
        : mipPlan(this.ctx, solver.solver, query, this.usable, this.pricing, this.deadline, bound);
    // mipAlways returns the solver's plan unless the search's is strictly better (so tests see it).
    const mine = mip?.candidate;
    if (mine && this.ctx.mip?.always && !better(best.total, best.weeks, mine)) best = mine;
    else offer(mine);
    const found: Candidate = best;
    let proven = meetsBound(found) || (mip !== undefined && within(found.total, mip.bound));
    // Under weekly hours the solver bounds a relaxation instead (mip-proof.ts mipBound).
    const relaxed =
      proven || solver === undefined
        ? -Infinity
        : mipBound(this.ctx, solver.solver, query, this.usable, this.deadline);
    proven ||= within(found.total, relaxed);
    const out = { ...found.outcome, optimal: proven };
    if (!proven)
      out.bound =
        this.q.objective === 'cheapest'
          ? Math.min(Math.max(bound, mip?.bound ?? -Infinity, relaxed), found.total)
          : undefined;
    else delete out.bound;
    return out;
  }

  /**
   * A primal heuristic for an unproven plan that bills a periodic offer o for m ≥ 2 periods: for
   * k < m, the run under its offers with o narrowed to the credentials that can be held within k
   * periods of the first week (window-reach.ts), each plan priced by the offer rules. These runs
   * search a restricted problem, so they prove nothing and leave the proof's record as it was.
   * @param found - the best plan of the search
   * @param query - the query the search runs
   * @returns the plans found, priced
   */
  private fewerPeriods(found: Candidate, query: ResolvedQuery): Candidate[] {
    const out: Candidate[] = [];
    const billed = found.offers;
    const taken = this.usable.filter((o) => billed.some((b) => b.offer === o.id));
    const fixed = taken.reduce((sum, o) => sum + o.price, 0);
    const proof = this.allOptimal;
    for (const o of taken) {
      const periods = billed.find((b) => b.offer === o.id)?.periods ?? 1;
      if (o.periodWeeks === undefined || periods < 2) continue;
      this.reach ??= earliestFinish(this.ctx.ws, this.q.target);
      // Reach grows with k: a narrowing as wide as the last is the same run, and one as wide as
      // the offer is the set's own run, which the search over sets ran or had no need to.
      let last = -1;
      for (let k = 1; k < periods && this.ctx.clock() <= this.deadline; k++) {
        const narrowed = withinReach(o, this.reach, k * o.periodWeeks);
        if (narrowed.prices.size === o.prices.size) break;
        if (narrowed.prices.size === last) continue;
        last = narrowed.prices.size;
        const runs = taken.map((x) => (x === o ? narrowed : x));
        const so = this.run(runs, fixed, query, found.total - fixed);
        this.allOptimal = proof;
        if (!so.feasible) continue;
        for (const c of [this.pricing.priced(so, taken, true), this.pricing.cheapestPricing(so)])
          if (c !== undefined) out.push(c);
      }
    }
    return out;
  }

  /** fastest: the least weeks (under a budget, over every offer set), then the least cost. */
  fastest(): PlanOutcome {
    const base = this.run([], 0, this.q);
    let weeks = base.feasible ? base.schedule.totalWeeks : Infinity;
    if (this.q.maxCost < Infinity) {
      for (const s of this.subsets) {
        const so = this.run(s.offers, s.fixed, this.q);
        if (so.feasible) weeks = Math.min(weeks, so.schedule.totalWeeks);
      }
    }
    if (weeks === Infinity) return { ...base, offers: [] };
    // The weeks are proven by these runs alone; the cheapest run below only breaks the tie on cost.
    const weeksProven = base.optimal && this.allOptimal;
    const byDeadline: ResolvedQuery = {
      ...this.q,
      objective: 'cheapest',
      maxWeeks: Math.min(this.q.maxWeeks, weeks),
      constrained: true,
    };
    const out = this.cheapest(byDeadline);
    // The tie on cost may be proven over every plan (mip-proof.ts mipBound) with the weeks not.
    if (out.optimal && weeksProven) return out;
    // Not proven (the tie on cost, or the weeks): the bound is on weeks, proven by the runs above
    // (a tie on cost left open does not unprove the weeks).
    return {
      ...out,
      optimal: false,
      bound: weeksProven ? weeks : Math.min(weeks, base.bound ?? 0),
    };
  }
}

/** An offer set with its mask, M's cost under it, and its least step cost's bound before any run. */
interface SetEntry {
  s: OfferSubset;
  mask: number;
  cost: number;
  lower: number;
}
