/**
 * Pricing the plans of the offer-set search (plan-with-offers.ts) by the offer rules: a run's plan
 * under a set of offers (assign-offers.ts), with periodic offers also under its latest and packed
 * schedules, and under every usable offer less those whose leaving lowers its total. What a plan
 * is priced at here is what the learner pays for it; the search's proofs rest on its bounds, not on
 * these pricings.
 */
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { PlanStep } from '../plan-types.js';
import type { PlanContext } from '../plan/plan-steps.js';
import type { PlanOutcome } from '../plan/plan-outcome.js';
import type { PlanOffer } from './offer-pricing.js';
import { EPS } from '../numeric/tolerance.js';
import type { CompiledOffer } from './offer-table.js';
import { assignPayers, chargedSteps, type Payers } from './assign-offers.js';
import { lateSchedule } from './late-schedule.js';
import { windowSchedule } from './window-schedule.js';

/** One offer set's plan, priced. */
export interface Candidate {
  readonly outcome: PlanOutcome;
  readonly total: number;
  readonly weeks: number;
  /** The offers it takes (its outcome's `offers`). */
  readonly offers: readonly PlanOffer[];
}

/** The pricings of one query's plans. */
export class CandidatePricing {
  /**
   * @param ctx - the planner's context (its workspace's own costs, the start days)
   * @param q - the query (its budget, weeks and objective bound the pricings kept)
   * @param usable - the offers the query may take
   */
  constructor(
    private readonly ctx: PlanContext,
    private readonly q: ResolvedQuery,
    private readonly usable: readonly CompiledOffer[],
  ) {}

  /** A credential's int by id. */
  readonly intOf = (id: string): number => this.ctx.ws.index.idOf.get(id)!;
  /** A credential's own cost by id. */
  readonly own = (id: string): number => this.ctx.ws.index.cost[this.intOf(id)]!;

  /**
   * @param c - a pricing under `taken`
   * @param taken - the offers it was priced under
   * @returns whether a periodic offer of `c` bills more than one period, or leaves unpaid a step it
   *   would make cheaper: where a schedule or set with its steps closer together may save
   */
  spreads(c: Candidate, taken: readonly CompiledOffer[]): boolean {
    return spread(c, taken, this.intOf, this.own);
  }

  /**
   * Prices a run's plan by the offer rules; undefined when it overruns the budget. With periodic
   * offers, under its earliest and latest schedules, and with `pack` (the run's own set: not every
   * re-pricing of cheapestPricing, which would cost more than it finds) its packed ones too.
   * @param so - a feasible run's outcome
   * @param taken - the offers it may take
   * @param pack - whether to price its packed schedules too
   * @returns the cheapest pricing found (ties: fewer weeks)
   */
  priced(so: PlanOutcome, taken: readonly CompiledOffer[], pack = false): Candidate | undefined {
    const { intOf, own } = this;
    const { steps, totalWeeks } = so.schedule;
    let best: Candidate | undefined;
    const price = (s: readonly PlanStep[], weeks: number): void => {
      const p = assignPayers(s, own, intOf, taken);
      if (p.totalCost > this.q.maxCost + EPS) return;
      if (best !== undefined && !better(p.totalCost, weeks, best)) return;
      best = new PricedRun(so, s, p, weeks);
    };
    price(steps, totalWeeks);
    const periodic = taken.some((o) => o.periodWeeks !== undefined);
    if (!periodic || this.q.weeklyHours < Infinity || this.startDays(so)) return best;
    price(lateSchedule(steps, totalWeeks), totalWeeks);
    if (!pack || (best !== undefined && !this.spreads(best, taken))) return best;
    // Packed (window-schedule.ts): may end later, so only within the query's weeks (fastest's:
    // the run's own weeks).
    const most = this.q.objective === 'cheapest' ? this.q.maxWeeks : totalWeeks;
    for (const packed of windowSchedule(steps, intOf, own, taken)) {
      if (packed.totalWeeks > most + EPS) continue;
      price(packed.steps, packed.totalWeeks);
      price(lateSchedule(packed.steps, packed.totalWeeks), packed.totalWeeks);
    }
    return best;
  }

  /**
   * A run's plan priced under the usable offers, then without each offer whose leaving lowers its
   * total, one at a time while one does: the steps a plan earns do not depend on the offers it takes, so this
   * is a plan of every set, often cheaper than under the set it was run for (an early incumbent).
   * @param so - a feasible run's outcome
   * @param own - whether `so` is the run under every usable offer (its own set: priced packed too)
   * @returns the cheapest pricing found; undefined when none fits the budget
   */
  cheapestPricing(so: PlanOutcome, own = false): Candidate | undefined {
    let best = this.priced(so, this.usable, own);
    let taken =
      best === undefined
        ? [...this.usable]
        : this.usable.filter((o) => best?.offers.some((p) => p.offer === o.id));
    for (let again = true; again;) {
      again = false;
      for (const o of taken) {
        const fewer = taken.filter((x) => x !== o);
        const c = this.priced(so, fewer);
        if (c !== undefined && (best === undefined || better(c.total, c.weeks, best))) {
          [best, taken, again] = [c, fewer, true];
          break;
        }
      }
    }
    return best;
  }

  /** @returns whether a step of the outcome has start days */
  private startDays(so: PlanOutcome): boolean {
    const { starts } = this.ctx.hoursTables();
    const { idOf } = this.ctx.ws.index;
    return so.schedule.steps.some((s) => starts[idOf.get(s.credential)!] !== undefined);
  }
}

/**
 * A run's plan priced: its outcome is written out when first read, since most pricings lose to
 * one found before or after them.
 */
class PricedRun implements Candidate {
  private written: PlanOutcome | undefined;
  readonly total: number;
  readonly offers: readonly PlanOffer[];

  /**
   * @param so - the run's outcome
   * @param steps - its steps as scheduled for this pricing
   * @param payers - who pays them
   * @param weeks - the pricing's weeks
   */
  constructor(
    private readonly so: PlanOutcome,
    private readonly steps: readonly PlanStep[],
    private readonly payers: Payers,
    readonly weeks: number,
  ) {
    this.total = payers.totalCost;
    this.offers = payers.offers;
  }

  get outcome(): PlanOutcome {
    this.written ??= {
      ...this.so,
      schedule: {
        ...this.so.schedule,
        steps: chargedSteps(this.steps, this.payers),
        totalCost: this.total,
        totalWeeks: this.weeks,
      },
      offers: this.payers.offers,
    };
    return this.written;
  }
}

/** `CandidatePricing.spreads`, given the lookups by id. */
function spread(
  c: Candidate,
  taken: readonly CompiledOffer[],
  intOf: (id: string) => number,
  own: (id: string) => number,
): boolean {
  if (taken.every((o) => o.periodWeeks === undefined)) return false;
  const billed = c.offers;
  return taken.some(
    (o) =>
      o.periodWeeks !== undefined &&
      ((billed.find((b) => b.offer === o.id)?.periods ?? 0) > 1 ||
        c.outcome.schedule.steps.some(
          (x) =>
            x.offer !== o.id && (o.prices.get(intOf(x.credential)) ?? Infinity) < own(x.credential),
        )),
  );
}

/**
 * Least cost, then least weeks (fastest's runs share one deadline, so there cost decides).
 * @param total - a plan's total cost
 * @param weeks - its weeks
 * @param b - the plan to beat
 * @returns whether the plan of `total` and `weeks` is better than `b`
 */
export function better(total: number, weeks: number, b: Candidate): boolean {
  if (total < b.total - EPS) return true;
  return total <= b.total + EPS && weeks < b.weeks - EPS;
}
