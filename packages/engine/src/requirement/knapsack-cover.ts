/**
 * Min-cost covering knapsack for `credits n` requirements: choose items (credentials) whose credits
 * add up to at least `need` at least total value. Exact: a DP over credit totals when the credits are
 * integers (the usual case; O(items x need)), otherwise depth-first branch and bound over items
 * sorted by value per credit, with the fractional (LP) relaxation as lower bound, on an explicit
 * stack (a group's children set its depth). Written here because
 * the cover variant with real-valued credits and a chosen-set output is a few dozen lines, and no
 * maintained npm package offers it.
 */

/** Result of a cover: its total value and which items it takes. */
export interface Cover {
  value: number;
  /** Indices into the input arrays. */
  chosen: number[];
}

/**
 * @param values - value (cost) of each item; Infinity means unavailable
 * @param credits - credits of each item (>= 0)
 * @param need - credits to reach
 * @param wantChosen - whether to return the chosen items (otherwise `chosen` is empty)
 * @returns the minimum value (Infinity when no cover exists) and the items
 */
export function minCostCover(
  values: readonly number[],
  credits: readonly number[],
  need: number,
  wantChosen = false,
): Cover {
  const value = solveCover(values, credits, need, wantChosen);
  return { value, chosen: wantChosen ? chosenOut : [] };
}

/**
 * `minCostCover(values, credits, need).value` without its allocations on the integer-credit path
 * (the item list and the DP row are scratch kept across calls): the cost fold of a `credits` group
 * asks it at every node of cheapest's and the constrained planners' searches.
 * @returns the minimum value (Infinity when no cover exists)
 */
export function minCoverValue(
  values: readonly number[],
  credits: readonly number[],
  need: number,
): number {
  return solveCover(values, credits, need, false);
}

/** The chosen items of the last `solveCover` that wanted them. */
let chosenOut: number[] = [];
/** The priced items of the current cover (scratch: a cover never starts another). */
const itemScratch: number[] = [];
/** The free items of a value-only cover: none are gathered. */
const NO_ITEMS: number[] = [];
/** The DP row (scratch, grown on demand). */
let rowScratch = new Float64Array(64);

/** @returns the least value; the chosen items, when wanted, in `chosenOut` */
function solveCover(
  values: readonly number[],
  credits: readonly number[],
  need: number,
  wantChosen: boolean,
): number {
  if (wantChosen) chosenOut = [];
  if (need <= 0) return 0;
  // Free items matter only to the chosen list (a value-only cover never writes to NO_ITEMS).
  const free: number[] = wantChosen ? [] : NO_ITEMS;
  const items = itemScratch;
  items.length = 0;
  let got = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const q = credits[i]!;
    if (v === Infinity || q <= 0) continue;
    if (v === 0) {
      if (wantChosen) free.push(i);
      got += q;
    } else items.push(i);
  }
  if (got >= need) {
    if (wantChosen) chosenOut = free;
    return 0;
  }
  let integral = true;
  for (let k = 0; k < items.length && integral; k++)
    integral = Number.isInteger(credits[items[k]!]!);
  if (integral && items.length * (need - got) <= 1 << 21) {
    return coverByDp(items, values, credits, Math.ceil(need - got), free, wantChosen);
  }
  return coverBySearch(items, values, credits, need, got, free, wantChosen);
}

/** The general case: depth-first branch and bound over the items by value per credit. */
function coverBySearch(
  items: number[],
  values: readonly number[],
  credits: readonly number[],
  need: number,
  got: number,
  free: number[],
  wantChosen: boolean,
): number {
  items.sort(
    (a, b) => values[a]! / credits[a]! - values[b]! / credits[b]! || values[a]! - values[b]!,
  );
  const m = items.length;
  const v = items.map((i) => values[i]!);
  const q = items.map((i) => credits[i]!);
  const suffix = new Float64Array(m + 1);
  for (let i = m - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + q[i]!;
  if (got + suffix[0]! < need) return Infinity;

  let best = Infinity;
  let bestTake: boolean[] = [];
  const take: boolean[] = new Array<boolean>(m).fill(false);
  // Fractional bound of filling `rest` credits from items i.. in ratio order.
  const bound = (i: number, rest: number): number => {
    let b = 0;
    for (let j = i; j < m && rest > 0; j++) {
      if (q[j]! >= rest) return b + (v[j]! * rest) / q[j]!;
      b += v[j]!;
      rest -= q[j]!;
    }
    return rest > 0 ? Infinity : b;
  };
  // Depth-first: at item i, first take it, then skip it. The depth is the number of items, which a
  // catalog's `credits` group sets (any number of children), so the search keeps its own stack (the
  // items whose "skip" branch is still to come) instead of recursing: no input overflows it.
  const pendingItem = new Int32Array(m);
  const pendingHave = new Float64Array(m);
  const pendingSpent = new Float64Array(m);
  let top = 0;
  let i = 0;
  let have = got;
  let spent = 0;
  for (;;) {
    if (have >= need) {
      if (spent < best) {
        best = spent;
        bestTake = take.slice();
      }
    } else if (i < m && have + suffix[i]! >= need && spent + bound(i, need - have) < best) {
      take[i] = true;
      pendingItem[top] = i;
      pendingHave[top] = have;
      pendingSpent[top] = spent;
      top++;
      have += q[i]!;
      spent += v[i]!;
      i++;
      continue;
    }
    // This branch is done: go on with the latest item's "skip" branch, or stop when none is left.
    if (top === 0) break;
    top--;
    i = pendingItem[top]!;
    have = pendingHave[top]!;
    spent = pendingSpent[top]!;
    take[i] = false;
    i++;
  }
  if (wantChosen) chosenOut = [...free, ...items.filter((_, j) => bestTake[j])];
  return best;
}

/** The integer-credit case: best[c] = least value reaching at least c more credits (capped at `need`). */
function coverByDp(
  items: readonly number[],
  values: readonly number[],
  credits: readonly number[],
  need: number,
  free: number[],
  wantChosen: boolean,
): number {
  if (rowScratch.length < need + 1) rowScratch = new Float64Array(2 * (need + 1));
  const best = rowScratch;
  best.fill(Infinity, 0, need + 1);
  best[0] = 0;
  const take = wantChosen ? new Uint8Array(items.length * (need + 1)) : undefined;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const v = values[item]!;
    const q = credits[item]!;
    for (let c = need; c >= 1; c--) {
      const from = best[Math.max(0, c - q)]! + v;
      if (from < best[c]!) {
        best[c] = from;
        if (take) take[k * (need + 1) + c] = 1;
      }
    }
  }
  const value = best[need]!;
  if (!take || value === Infinity) return value;
  const chosen = [...free];
  let c = need;
  for (let k = items.length - 1; k >= 0 && c > 0; k--) {
    if (take[k * (need + 1) + c]) {
      chosen.push(items[k]!);
      c = Math.max(0, c - credits[items[k]!]!);
    }
  }
  chosenOut = chosen;
  return value;
}
