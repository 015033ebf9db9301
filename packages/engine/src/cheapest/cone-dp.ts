/**
 * The tree DP over a cone: the value of a credential is its cost plus the cheapest way to meet its
 * requirement (the COST fold of requirement-fold.ts). What a child credential is worth is a policy
 * (`childValue`): its full value (greedy upper bound), 0 once it is paid for, Infinity when
 * excluded, or a cost share; a held credential is worth 0.
 */
import type { CompactIndex } from '../compile/compact-index.js';
import type { Workspace } from '../compile/workspace.js';
import {
  chooseRequirement,
  COST,
  foldRequirement,
  rootSlot,
  FoldLeaves,
  type SlotValues,
} from '../requirement/requirement-fold.js';

/**
 * What one occurrence of credential `c` in a requirement is worth. `slot` names the occurrence:
 * an index into `groupChildren`, or `groupChildren.length + owner` for a requirement that is a bare id.
 * A held credential is worth 0: the policy says so itself (a cone's children that are not in it,
 * `ws.local(c) < 0`, are exactly the held ones), since the fold calls it for every child.
 */
export type ChildValue = (c: number, slot: number) => number;

/** Values of a cone under a child-value policy. */
export class ConeDp {
  /** Per local index: cost + value of its requirement. */
  readonly full: Float64Array;
  private readonly index: CompactIndex;
  /** 0, 1, ... m - 1: the local indices `evaluate` computes. */
  private readonly everyLocal: Int32Array;
  /** How many evaluations have run (what `full` holds is the last one's). */
  evaluations = 0;
  /**
   * Per local index: the evaluation that last computed its entry of `full` (a restore of `full` by
   * the caller, as the Lagrangian bound's, does not count). Choices recorded since stay the DP's
   * choices for as long as the values they read stay as they were (choice-memo.ts).
   */
  readonly computedAt: Int32Array;
  /** The policy of the last evaluation. */
  evaluatedWith: ChildValue | null = null;
  /** What `choose` reports chosen non-held credentials to (set for the length of one call). */
  private use: (c: number, slot: number) => void = () => undefined;
  private readonly useUnheld = (c: number, slot: number): void => {
    if (!this.ws.isHeld(c)) this.use(c, slot);
  };
  /**
   * COST leaves per policy, the policy itself the leaf (no wrapper around it: the fold calls it for
   * every child, and one call less per child is measurably faster on dense cones).
   */
  private readonly leavesByPolicy = new Map<ChildValue, FoldLeaves>();

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
    this.computedAt = new Int32Array(order.length);
    this.everyLocal = new Int32Array(order.length);
    for (let i = 0; i < order.length; i++) this.everyLocal[i] = i;
  }

  /**
   * Computes `full` for every cone credential, prerequisites first.
   * @param childValue - the policy; it may read `full` of credentials earlier in the order
   * @param skip - optional: local indices whose value is not needed (left as Infinity)
   */
  evaluate(childValue: ChildValue, skip?: (local: number) => boolean): void {
    this.evaluateAt(this.everyLocal, childValue, skip);
  }

  /**
   * `evaluate` at some local indices only: every other entry of `full` must already hold its value
   * under `childValue` (cheapest's bound re-evaluates just the credentials its prices move).
   * @param locals - the local indices to compute, ascending (prerequisites first)
   * @param childValue - the policy
   * @param skip - optional: local indices whose value is not needed (left as Infinity)
   */
  evaluateAt(locals: Int32Array, childValue: ChildValue, skip?: (local: number) => boolean): void {
    this.evaluations++;
    this.evaluatedWith = childValue;
    const leaves = this.leavesOf(childValue);
    const at = this.evaluations;
    for (let k = 0; k < locals.length; k++) {
      const i = locals[k]!;
      this.full[i] = this.valueAt(i, leaves, skip);
      this.computedAt[i] = at;
    }
  }

  /** @returns the value of the credential at local index `i` under `leaves` (Infinity when skipped) */
  private valueAt(i: number, leaves: FoldLeaves, skip?: (local: number) => boolean): number {
    if (skip?.(i)) return Infinity;
    const c = this.order[i]!;
    const index = this.index;
    return index.cost[c]! + foldRequirement(index, index.req[c]!, leaves, rootSlot(index, c));
  }

  /**
   * `evaluateAt` of the entries marked dirty only, every other entry of `full` already holding its
   * value under `childValue`: an entry whose value changes marks its parent dirty (for the
   * credentials a parent reads through `full`), so a change reaches whatever it moves.
   * @param locals - the local indices that may be dirty, ascending (prerequisites first)
   * @param childValue - the policy
   * @param skip - local indices whose value is not needed (left as Infinity)
   * @param dirty - per local index, 1 when it must be computed; cleared as computed
   * @param parentOf - per local index, the entry that reads its value through `full` (-1: none)
   */
  evaluateChanged(
    locals: Int32Array,
    childValue: ChildValue,
    skip: (local: number) => boolean,
    dirty: Uint8Array,
    parentOf: Int32Array,
  ): void {
    const full = this.full;
    this.evaluations++;
    this.evaluatedWith = childValue;
    const leaves = this.leavesOf(childValue);
    for (let k = 0; k < locals.length; k++) {
      const i = locals[k]!;
      if (dirty[i] === 0) continue;
      dirty[i] = 0;
      this.computedAt[i] = this.evaluations;
      const v = this.valueAt(i, leaves, skip);
      if (v === full[i]) continue;
      full[i] = v;
      const p = parentOf[i]!;
      if (p >= 0) dirty[p] = 1;
    }
  }

  /**
   * Folds under `policy` read values by slot (requirement-fold.ts SlotValues), not through it: the
   * same values, without a call per child. The policy stays the key of evaluations and choices.
   * @param policy - the policy
   * @param slots - its values by slot, kept current by the caller
   */
  readBySlot(policy: ChildValue, slots: SlotValues): void {
    this.leavesByPolicy.set(policy, new FoldLeaves(COST, policy, 0, null, slots));
  }

  /** @returns the fold's leaves for a policy (made once per policy) */
  private leavesOf(policy: ChildValue): FoldLeaves {
    let leaves = this.leavesByPolicy.get(policy);
    if (leaves === undefined) {
      leaves = new FoldLeaves(COST, policy);
      this.leavesByPolicy.set(policy, leaves);
    }
    return leaves;
  }

  /** @returns the slot of credential `c`'s requirement when it is a bare id */
  rootSlot(c: number): number {
    return rootSlot(this.index, c);
  }

  /**
   * @param ref - requirement ref (-1: nothing required)
   * @param childValue - the policy
   * @param slot - the occurrence `ref` fills (see ChildValue)
   * @returns the cheapest way to meet it under the policy (Infinity when impossible)
   */
  requirementValue(ref: number, childValue: ChildValue, slot: number): number {
    return foldRequirement(this.index, ref, this.leavesOf(childValue), slot);
  }

  /**
   * Walks the argmin choices of a requirement and reports every non-held credential it uses.
   * @param ref - requirement ref
   * @param childValue - the same policy the values were computed with
   * @param use - called once per chosen occurrence of a non-held credential, with its slot
   * @param slot - the occurrence `ref` fills
   * @param admit - optional: group children it returns false for are never chosen
   */
  choose(
    ref: number,
    childValue: ChildValue,
    use: (c: number, slot: number) => void,
    slot: number,
    admit?: (child: number) => boolean,
  ): void {
    const savedUse = this.use;
    this.use = use;
    chooseRequirement(this.index, ref, this.leavesOf(childValue), this.useUnheld, slot, admit);
    this.use = savedUse;
  }
}
