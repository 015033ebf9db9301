/**
 * The tree DP's choices for the requirement of each cone credential, kept for the DP's last
 * evaluation. Cheapest's bound walks the choices of one evaluation twice, the incumbent's
 * realisation (realise-set.ts) and then the subgradient step (lagrangian-bound.ts); the second walk
 * replays what the first recorded instead of folding the requirements again. A walk under another
 * policy than the evaluation's is not recorded. As with `dp.choose` itself, what the policy reads
 * (multipliers, decisions) must not change between the evaluation and the walks.
 */
import type { ChildValue, ConeDp } from './cone-dp.js';
import type { Workspace } from '../compile/workspace.js';

/** Choices per local index, valid until the DP evaluates again. */
export class ChoiceMemo {
  /** Per local index: the evaluation its choices were recorded under (-1: none). */
  private readonly recordedAt: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  /** The recorded choices, as (credential, slot) pairs. */
  private pairs = new Int32Array(256);
  private top = 0;
  /** The evaluation `pairs` belongs to. */
  private epoch = -1;
  private readonly record = (c: number, slot: number): void => {
    if (this.top + 2 > this.pairs.length) {
      const grown = new Int32Array(2 * this.pairs.length);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[this.top++] = c;
    this.pairs[this.top++] = slot;
  };

  /**
   * @param ws - the workspace of the cone
   * @param order - the cone in post-order
   * @param dp - the DP whose evaluations the choices follow
   */
  constructor(
    private readonly ws: Workspace,
    private readonly order: Int32Array,
    private readonly dp: ConeDp,
  ) {
    this.recordedAt = new Int32Array(order.length).fill(-1);
    this.start = new Int32Array(order.length);
    this.end = new Int32Array(order.length);
  }

  /**
   * `dp.choose` over the requirement of the cone credential at local index `l`.
   * @param l - a local index
   * @param policy - the policy the DP was last evaluated with (otherwise nothing is kept)
   * @param use - called once per chosen occurrence of a non-held credential, with its slot
   */
  chooseFor(l: number, policy: ChildValue, use: (c: number, slot: number) => void): void {
    const { dp, ws } = this;
    const c = this.order[l]!;
    const ref = ws.index.req[c]!;
    if (policy !== dp.evaluatedWith) {
      dp.choose(ref, policy, use, dp.rootSlot(c));
      return;
    }
    if (this.epoch !== dp.evaluations) {
      this.epoch = dp.evaluations;
      this.top = 0;
    }
    if (this.recordedAt[l] !== this.epoch) {
      this.start[l] = this.top;
      dp.choose(ref, policy, this.record, dp.rootSlot(c));
      this.end[l] = this.top;
      this.recordedAt[l] = this.epoch;
    }
    for (let k = this.start[l]!; k < this.end[l]!; k += 2) use(this.pairs[k]!, this.pairs[k + 1]!);
  }
}
