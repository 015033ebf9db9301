/**
 * The window bound (window-bound.ts) applied to the offer sets the search ran (plan-with-offers.ts):
 * each set run that leaves the best plan unproven has its bound raised, for each of its periodic
 * offers, while the time budget lasts; and the plans the window searches found (their steps paid by
 * the offer fit the periods they were searched for) are priced by the offer rules, as candidates.
 * Those candidates are a primal heuristic: they prove nothing, the bounds do.
 */
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { Workspace } from '../compile/workspace.js';
import { planned } from '../plan/plan-outcome.js';
import { scheduleSteps } from '../schedule/schedule-steps.js';
import { EPS } from '../numeric/tolerance.js';
import type { CandidatePricing, Candidate } from './candidate-pricing.js';
import type { OfferSubset } from './offer-subsets.js';
import { windowBound } from './window-bound.js';
import { windowSchedule } from './window-schedule.js';
import type { PlanStep } from '../plan-types.js';

/** An offer set run, with its least step cost and its bound (raised here). */
export interface BoundedRun {
  s: OfferSubset;
  /** A proven lower bound on its least step cost, every offer paying freely. */
  least: number;
  /** A proven lower bound on every plan taking exactly its set. */
  bound: number;
}

/** What the window runs need of the search. */
export interface WindowRuns {
  ws: Workspace;
  q: ResolvedQuery;
  pricing: CandidatePricing;
  /** Whether plans of the query start whenever their requirement allows (no hours, start days). */
  plain: boolean;
  /** Wall-clock instant (ms, on `now`) past which nothing starts. */
  stopAt: number;
  now: () => number;
}

/**
 * @param search - the search's workspace, query, pricing and clock
 * @param runs - the sets run (their bounds are raised in place)
 * @param total - the best plan's total
 * @returns the window searches' plans, priced (only for a plain query: their schedules are the
 *   earliest-start ones)
 */
export function windowRuns(search: WindowRuns, runs: BoundedRun[], total: number): Candidate[] {
  const { ws, q } = search;
  const { intOf, own } = search.pricing;
  const out: Candidate[] = [];
  // The target's cone, once: the window searches build on it, and scheduleSteps reads it as the
  // workspace's last cone.
  const cone = ws.cone(q.target);
  for (const r of runs)
    for (const offer of r.s.offers) {
      if (r.bound >= total - EPS || search.now() > search.stopAt) break;
      if (offer.periodWeeks === undefined || !(offer.price > 0)) continue;
      const found = windowBound({
        ws,
        cone,
        exclude: q.exclude,
        taken: r.s.offers,
        offer,
        fixed: r.s.fixed,
        least: r.least,
        total,
        stopAt: search.stopAt,
        now: search.now,
      });
      r.bound = Math.max(r.bound, found.bound);
      if (!search.plain) continue;
      for (const plan of found.sets) {
        const schedule = scheduleSteps(ws, cone, plan.set);
        const priced = (steps: PlanStep[], weeks: number): void => {
          const so = planned({ ...schedule, steps, totalWeeks: weeks }, false);
          const c = search.pricing.priced(so, r.s.offers, true);
          if (c !== undefined) out.push(c);
        };
        priced(schedule.steps, schedule.totalWeeks);
        // The steps taken within the span held back together (window-schedule.ts), the others as
        // early as they can: the offer narrowed to those steps says which to hold back.
        const within = new Set(plan.within);
        const narrowed = {
          ...offer,
          prices: new Map([...offer.prices].filter(([c]) => within.has(c))),
        };
        const taken = r.s.offers.map((o) => (o === offer ? narrowed : o));
        for (const packed of windowSchedule(schedule.steps, intOf, own, taken))
          priced(packed.steps, packed.totalWeeks);
      }
    }
  return out;
}
