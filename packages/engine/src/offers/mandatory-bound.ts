/**
 * A lower bound on one offer set's least step cost, from another set's, without running the planner
 * for it (plan-with-offers.ts prunes and orders the offer sets by it).
 *
 * The argument. Let M be the credentials every plan earns (the target and what it names through
 * `all` groups; hours-bound.ts), price_S(c) a credential's least price under the offer set S, and
 * T ⊇ S a set whose least step cost over its plans is at least L_T. Prices under S are no lower than
 * under T, so any plan X (X ⊇ M) costs under S
 *   Σ_{c∈X} price_T(c) + Σ_{c∈X} (price_S(c) − price_T(c)) ≥ L_T + Σ_{c∈M} (price_S(c) − price_T(c)),
 * every difference being non-negative. A plan feasible under S (a budget lowered by S's fixed price
 * that is no lower than T's, a deadline, exclusions) is feasible under T, so L_T bounds it too.
 */
import { leastPrice, type CompiledOffer } from './offer-table.js';

/** Σ over M of each credential's least price under an offer set. */
export class MandatoryCost {
  /**
   * @param mandatory - M: the credentials every plan earns (not held)
   * @param own - own cost by credential int
   */
  constructor(
    private readonly mandatory: readonly number[],
    private readonly own: ArrayLike<number>,
  ) {}

  /**
   * @param taken - an offer set
   * @returns Σ_{c∈M} price_taken(c)
   */
  of(taken: readonly CompiledOffer[]): number {
    let sum = 0;
    for (const c of this.mandatory) sum += leastPrice(this.own, taken, c);
    return sum;
  }
}

/**
 * @param leastT - a lower bound on the least step cost under T (a superset of S)
 * @param costT - Σ_{c∈M} price_T(c)
 * @param costS - Σ_{c∈M} price_S(c)
 * @returns a lower bound on the least step cost under S
 */
export function boundFromSuperset(leastT: number, costT: number, costS: number): number {
  return leastT + Math.max(0, costS - costT);
}
