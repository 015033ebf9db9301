/**
 * The rent bounds of the offer-set search (plan-with-offers.ts) under a weekly-hours budget: each
 * set run that leaves the best plan unproven is run again with its periodic offers charging rent
 * for the hours they pay (rent-bound.ts), which raises its bound.
 */
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { PlanOutcome } from '../plan/plan-outcome.js';
import { EPS } from '../numeric/tolerance.js';
import type { CompiledOffer } from './offer-table.js';
import type { OfferSubset } from './offer-subsets.js';
import type { PerHour } from './priced-view.js';
import { STEEPER_RENTS, periodsBound, rentBound, rentChoices } from './rent-bound.js';

/** An offer set run, with a proven lower bound on every plan taking exactly it. */
export interface SetRun {
  s: OfferSubset;
  /** A proven lower bound on its least step cost, every offer paying freely (the run's). */
  least: number;
  bound: number;
}

/** What payRent needs of the search. */
export interface RentSearch {
  /** Runs the pipeline under `taken` with rent (the search's run, leaving its proof's record). */
  run(
    taken: readonly CompiledOffer[],
    fixed: number,
    query: ResolvedQuery,
    perHour: PerHour,
  ): PlanOutcome;
  /** Whether the time budget has run out. */
  late(): boolean;
  /** @returns effortHours by credential int */
  effort(): Float64Array;
}

/**
 * Raises the bound of each set run that leaves `total` unproven by its rent bound (rent-bound.ts),
 * under a weekly-hours budget and no cost budget, while the time budget lasts; with one renting
 * offer, still short, by the periods it bills (`periodsBound`, runs at steeper rents). Its runs
 * search the same plans at other prices, so what they prove does not touch the proof's record.
 * @param search - the search's runs
 * @param runs - the sets run, with their bounds (raised in place)
 * @param total - the best plan's total cost
 * @param query - the query the search runs
 */
export function payRent(
  search: RentSearch,
  runs: SetRun[],
  total: number,
  query: ResolvedQuery,
): void {
  const hours = query.weeklyHours;
  if (!(hours < Infinity) || query.maxCost < Infinity) return;
  const effort = search.effort();
  const short = (r: SetRun): boolean => r.bound < total - EPS && !search.late();
  // A proven lower bound on the least step cost of S's view with `renting` at `scale` times rent.
  const rented = (r: SetRun, renting: CompiledOffer[], scale: number): number | undefined => {
    const so = search.run(r.s.offers, r.s.fixed, query, { renting, effort, hours, scale });
    if (so.feasible) return so.optimal ? so.schedule.totalCost : so.bound;
    return so.optimal ? Infinity : undefined;
  };
  for (const r of runs) {
    for (const renting of rentChoices(r.s)) {
      if (!short(r)) break;
      const rent = rented(r, renting, 1);
      if (rent === undefined) continue;
      r.bound = Math.max(r.bound, rentBound(r.s, renting, rent));
      if (renting.length !== 1) continue;
      const values = [
        { scale: 0, least: r.least },
        { scale: 1, least: rent },
      ];
      for (const scale of STEEPER_RENTS) {
        if (!short(r)) break;
        const least = rented(r, renting, scale);
        if (least !== undefined) values.push({ scale, least });
      }
      r.bound = Math.max(r.bound, periodsBound(r.s, renting[0]!, values));
    }
  }
}
