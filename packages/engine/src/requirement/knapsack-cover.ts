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
  if (need <= 0) return { value: 0, chosen: [] };
  const free: number[] = [];
  const items: number[] = [];
  let got = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const q = credits[i]!;
    if (v === Infinity || q <= 0) continue;
    if (v === 0) {
      free.push(i);
      got += q;
    } else items.push(i);
  }
  if (got >= need) return { value: 0, chosen: wantChosen ? free : [] };
  if (items.every((i) => Number.isInteger(credits[i]!)) && items.length * (need - got) <= 1 << 21) {
    return coverByDp(items, values, credits, Math.ceil(need - got), free, wantChosen);
  }
  items.sort(
    (a, b) => values[a]! / credits[a]! - values[b]! / credits[b]! || values[a]! - values[b]!,
  );
  const m = items.length;
  const v = items.map((i) => values[i]!);
  const q = items.map((i) => credits[i]!);
  const suffix = new Float64Array(m + 1);
  for (let i = m - 1; i >= 0; i--) suffix[i] = suffix[i + 1]! + q[i]!;
  if (got + suffix[0]! < need) return { value: Infinity, chosen: [] };

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
  const chosen = wantChosen ? [...free, ...items.filter((_, j) => bestTake[j])] : [];
  return { value: best, chosen };
}

/** The integer-credit case: best[c] = least value reaching at least c more credits (capped at `need`). */
function coverByDp(
  items: readonly number[],
  values: readonly number[],
  credits: readonly number[],
  need: number,
  free: number[],
  wantChosen: boolean,
): Cover {
  const best = new Float64Array(need + 1).fill(Infinity);
  best[0] = 0;
  const take = wantChosen ? new Uint8Array(items.length * (need + 1)) : undefined;
  items.forEach((item, k) => {
    const v = values[item]!;
    const q = credits[item]!;
    for (let c = need; c >= 1; c--) {
      const from = best[Math.max(0, c - q)]! + v;
      if (from < best[c]!) {
        best[c] = from;
        if (take) take[k * (need + 1) + c] = 1;
      }
    }
  });
  const value = best[need]!;
  if (!take || value === Infinity) return { value, chosen: [] };
  const chosen = [...free];
  let c = need;
  for (let k = items.length - 1; k >= 0 && c > 0; k--) {
    if (take[k * (need + 1) + c]) {
      chosen.push(items[k]!);
      c = Math.max(0, c - credits[items[k]!]!);
    }
  }
  return { value, chosen };
}
