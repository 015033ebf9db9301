/**
 * The tree DP over a cone: the value of a credential is its cost plus the cheapest way to meet its
 * requirement, where `all` sums, `any` takes the least, `atLeast k` the k least and `credits n` is a
 * min-cost covering knapsack. What a child credential is worth is a policy (`childValue`): its full
 * value (greedy upper bound), 0 once it is paid for, Infinity when excluded, or a cost share.
 */
import type { CompactIndex } from '../compile/compact-index.js';
import { GROUP_ALL, GROUP_ANY, GROUP_AT_LEAST } from '../compile/compact-index.js';
import type { Workspace } from '../compile/workspace.js';
import { minCostCover } from './knapsack-cover.js';

/**
 * What one occurrence of credential `c` in a requirement is worth. `slot` names the occurrence:
 * an index into `groupChildren`, or `groupChildren.length + owner` for a requirement that is a bare id.
 */
export type ChildValue = (c: number, slot: number) => number;

/** Values of a cone under a child-value policy. */
export class ConeDp {
  /** Per local index: cost + value of its requirement. */
  readonly full: Float64Array;
  private readonly index: CompactIndex;

  /**
   * @param ws - workspace with the query's held set and cone
   * @param order - the cone in post-order
   */
  constructor(
    private readonly ws: Workspace,
    private readonly order: Int32Array,
  ) {
    this.index = ws.index;
    this.full = new Float64Array(order.length);
  }

  /**
   * Computes `full` for every cone credential, prerequisites first.
   * @param childValue - the policy; it may read `full` of credentials earlier in the order
   * @param skip - optional: local indices whose value is not needed (left as Infinity)
   */
  evaluate(childValue: ChildValue, skip?: (local: number) => boolean): void {
    const { cost, req } = this.index;
    for (let i = 0; i < this.order.length; i++) {
      if (skip?.(i)) {
        this.full[i] = Infinity;
        continue;
      }
      const c = this.order[i]!;
      this.full[i] = cost[c]! + this.requirementValue(req[c]!, childValue, this.rootSlot(c));
    }
  }

  /** @returns the slot of credential `c`'s requirement when it is a bare id */
  rootSlot(c: number): number {
    return this.index.groupChildren.length + c;
  }

  /**
   * @param ref - requirement ref (-1: nothing required)
   * @param childValue - the policy
   * @param slot - the occurrence `ref` fills (see ChildValue)
   * @returns the cheapest way to meet it under the policy (Infinity when impossible)
   */
  requirementValue(ref: number, childValue: ChildValue, slot: number): number {
    if (ref < 0) return 0;
    const { n } = this.index;
    if (ref < n) return this.ws.isHeld(ref) ? 0 : childValue(ref, slot);
    const g = ref - n;
    const { groupStart, groupChildren, groupKind } = this.index;
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    const kind = groupKind[g]!;
    if (kind === GROUP_ALL) {
      let sum = 0;
      for (let j = from; j < to; j++)
        sum += this.requirementValue(groupChildren[j]!, childValue, j);
      return sum;
    }
    if (kind === GROUP_ANY) {
      let least = Infinity;
      for (let j = from; j < to; j++) {
        const v = this.requirementValue(groupChildren[j]!, childValue, j);
        if (v < least) least = v;
      }
      return least;
    }
    const values: number[] = [];
    for (let j = from; j < to; j++)
      values.push(this.requirementValue(groupChildren[j]!, childValue, j));
    if (kind === GROUP_AT_LEAST) return sumOfLeast(values, this.index.groupParam[g]!);
    return minCostCover(values, this.creditsOf(from, to), this.index.groupParam[g]!).value;
  }

  /**
   * Walks the argmin choices of a requirement and reports every non-held credential it uses.
   * @param ref - requirement ref
   * @param childValue - the same policy the values were computed with
   * @param use - called once per chosen occurrence of a non-held credential, with its slot
   * @param slot - the occurrence `ref` fills
   */
  choose(
    ref: number,
    childValue: ChildValue,
    use: (c: number, slot: number) => void,
    slot: number,
  ): void {
    if (ref < 0) return;
    const { n } = this.index;
    if (ref < n) {
      if (!this.ws.isHeld(ref)) use(ref, slot);
      return;
    }
    const g = ref - n;
    const { groupStart, groupChildren, groupKind } = this.index;
    const from = groupStart[g]!;
    const to = groupStart[g + 1]!;
    const kind = groupKind[g]!;
    if (kind === GROUP_ALL) {
      for (let j = from; j < to; j++) this.choose(groupChildren[j]!, childValue, use, j);
      return;
    }
    const values: number[] = [];
    for (let j = from; j < to; j++)
      values.push(this.requirementValue(groupChildren[j]!, childValue, j));
    let picks: number[];
    if (kind === GROUP_ANY) picks = [argLeast(values)];
    else if (kind === GROUP_AT_LEAST) picks = leastIndices(values, this.index.groupParam[g]!);
    else
      picks = minCostCover(
        values,
        this.creditsOf(from, to),
        this.index.groupParam[g]!,
        true,
      ).chosen;
    for (const p of picks) this.choose(groupChildren[from + p]!, childValue, use, from + p);
  }

  private creditsOf(from: number, to: number): number[] {
    const out: number[] = [];
    for (let j = from; j < to; j++) out.push(this.index.credits[this.index.groupChildren[j]!]!);
    return out;
  }
}

/** @returns the sum of the k least values (Infinity when fewer than k are finite) */
export function sumOfLeast(values: number[], k: number): number {
  if (k === 1) {
    let least = Infinity;
    for (const v of values) if (v < least) least = v;
    return least;
  }
  const sorted = new Float64Array(values).sort();
  let sum = 0;
  for (let i = 0; i < k; i++) sum += sorted[i] ?? Infinity;
  return sum;
}

/** @returns indices of the k least values, ties by position */
export function leastIndices(values: readonly number[], k: number): number[] {
  const idx = values.map((_, i) => i);
  idx.sort((a, b) => values[a]! - values[b]! || a - b);
  return idx.slice(0, k);
}

function argLeast(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! < values[best]!) best = i;
  return best;
}
