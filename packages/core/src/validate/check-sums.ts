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

/** The quantities whose catalog-wide sums must be finite. */
export type Quantity = 'cost' | 'weeks' | 'effort' | 'credits';

/** Hands one figure of an entry to a sum: its quantity, the object holding it and its key. */
export type FigureVisitor = (
  quantity: Quantity,
  obj: Record<string, unknown>,
  key: string,
  within: 'renewal' | 'prices' | undefined,
) => void;

/**
 * Hands every figure of one entry that enters a sum, in the order the sums add them (the one list
 * of what is summed, for whole-catalog and incremental validation).
 * @param entry - a credential or an offer object
 * @param list - which of the two it is
 * @param v2 - whether the document is v2 (only then is `renewal` a field)
 */
export function eachFigure(
  entry: Record<string, unknown>,
  list: 'credentials' | 'offers',
  v2: boolean,
  visit: FigureVisitor,
): void {
  if (list === 'offers') {
    visit('cost', entry, 'price', undefined);
    const prices = entry.prices;
    if (!isObject(prices)) return;
    for (const key of Object.keys(prices)) visit('cost', prices, key, 'prices');
    return;
  }
  visit('cost', entry, 'cost', undefined);
  visit('weeks', entry, 'durationWeeks', undefined);
  visit('effort', entry, 'effortHours', undefined);
  visit('credits', entry, 'credits', undefined);
  if (v2 && isObject(entry.renewal)) {
    visit('cost', entry.renewal, 'cost', 'renewal');
    visit('effort', entry.renewal, 'effortHours', 'renewal');
  }
}

/** @returns the figure at `obj[key]` as a sum counts it: a finite number ≥ 0, else undefined */
export function summand(obj: Record<string, unknown>, key: string): number | undefined {
  const value = obj[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

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
  const sums = new SumCheck(v2, faults);
  for (let i = 0; i < credentials.length; i++) sums.entry(credentials[i], 'credentials', i);
  for (let i = 0; i < offers.length; i++) sums.entry(offers[i], 'offers', i);
}

/**
 * The sums of `checkSums`, fed one entry at a time (credentials, then offers, in document order), so
 * that a reader holding one entry at a time adds it while it has it.
 */
export class SumCheck {
  private readonly sums: Record<Quantity, number> = { cost: 0, weeks: 0, effort: 0, credits: 0 };
  private list: 'credentials' | 'offers' = 'credentials';
  private index = 0;
  private owner: unknown;
  // One visitor for every entry: paths are built only for a fault.
  private readonly add: FigureVisitor = (quantity, obj, key, within) => {
    const { sums } = this;
    const value = summand(obj, key);
    if (value === undefined) return;
    if (!Number.isFinite(sums[quantity])) return; // already reported
    sums[quantity] += value;
    if (Number.isFinite(sums[quantity])) return;
    const entry = childPath(this.list, this.index);
    this.faults.add(
      'BAD_NUMBER',
      childPath(within === undefined ? entry : childPath(entry, within), key),
      `the catalog's ${LABEL[quantity]} add up to more than the largest finite number here; every such sum must be finite`,
      typeof this.owner === 'string' ? [this.owner] : [],
    );
  };

  /** @param v2 - whether the document is v2; @param faults - where an overflow is reported */
  constructor(
    private readonly v2: boolean,
    private readonly faults: FaultList,
  ) {}

  /** Adds the figures of the entry at `index` of `list` (entries that are not objects add none). */
  entry(entry: unknown, list: 'credentials' | 'offers', index: number): void {
    if (!isObject(entry)) return;
    this.list = list;
    this.index = index;
    this.owner = entry.id;
    eachFigure(entry, list, this.v2, this.add);
  }
}

const LABEL: Record<Quantity, string> = {
  cost: 'costs and prices',
  weeks: 'durationWeeks',
  effort: 'effortHours',
  credits: 'credits',
};
