/**
 * Rule 5 of catalog-v2, applied to v1 documents too: numbers are finite and so are their sums. Every
 * plan adds up a subset of the catalog's figures, so when each whole-catalog sum below is finite, no
 * plan's total can overflow to Infinity (a catalog where `a` costs 1e308 and requires `b` at 1e308
 * would otherwise plan "a" at a total of Infinity, or not at all). The sums:
 * - cost: every credential's `cost`, every `renewal.cost`, every offer's `price` and every price in
 *   its `prices`;
 * - weeks: every `durationWeeks`;
 * - effort: every `effortHours`, of credentials and of renewals;
 * - credits: every `credits`.
 * Each overflowing sum is one BAD_NUMBER fault, at the figure that made it overflow.
 */
import type { FaultList } from './faults.js';
import { childPath } from './faults.js';
import { isObject } from './check-fields.js';

type Quantity = 'cost' | 'weeks' | 'effort' | 'credits';

/**
 * Adds up the catalog's figures per quantity, in document order (credentials, then offers), and
 * reports where each sum first overflows. Figures that are themselves bad are left to the field checks.
 * @param credentials - the raw `credentials` entries
 * @param offers - the raw `offers` entries (v2)
 * @param v2 - whether the document is v2 (only then is `renewal` a field)
 */
export function checkSums(
  credentials: readonly unknown[],
  offers: readonly unknown[],
  v2: boolean,
  faults: FaultList,
): void {
  const sums: Record<Quantity, number> = { cost: 0, weeks: 0, effort: 0, credits: 0 };
  // Plain calls without closures per entry: paths are built only for a fault.
  const add = (
    quantity: Quantity,
    obj: Record<string, unknown>,
    key: string,
    list: 'credentials' | 'offers',
    index: number,
    within: 'renewal' | 'prices' | undefined,
    owner: unknown,
  ): void => {
    const value = obj[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return;
    if (!Number.isFinite(sums[quantity])) return; // already reported
    sums[quantity] += value;
    if (Number.isFinite(sums[quantity])) return;
    const entry = childPath(list, index);
    faults.add(
      'BAD_NUMBER',
      childPath(within === undefined ? entry : childPath(entry, within), key),
      `the catalog's ${LABEL[quantity]} add up to more than the largest finite number here; every such sum must be finite`,
      typeof owner === 'string' ? [owner] : [],
    );
  };
  for (let i = 0; i < credentials.length; i++) {
    const c = credentials[i];
    if (!isObject(c)) continue;
    add('cost', c, 'cost', 'credentials', i, undefined, c.id);
    add('weeks', c, 'durationWeeks', 'credentials', i, undefined, c.id);
    add('effort', c, 'effortHours', 'credentials', i, undefined, c.id);
    add('credits', c, 'credits', 'credentials', i, undefined, c.id);
    if (v2 && isObject(c.renewal)) {
      add('cost', c.renewal, 'cost', 'credentials', i, 'renewal', c.id);
      add('effort', c.renewal, 'effortHours', 'credentials', i, 'renewal', c.id);
    }
  }
  for (let i = 0; i < offers.length; i++) {
    const offer = offers[i];
    if (!isObject(offer)) continue;
    add('cost', offer, 'price', 'offers', i, undefined, offer.id);
    const prices = offer.prices;
    if (!isObject(prices)) continue;
    for (const key of Object.keys(prices))
      add('cost', prices, key, 'offers', i, 'prices', offer.id);
  }
}

const LABEL: Record<Quantity, string> = {
  cost: 'costs and prices',
  weeks: 'durationWeeks',
  effort: 'effortHours',
  credits: 'credits',
};
