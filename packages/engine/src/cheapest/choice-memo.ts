/**
 * The tree DP's choices for the requirement of each cone credential, kept for the DP's evaluations.
 * Cheapest's bound walks the choices of one evaluation twice, the incumbent's realisation
 * (realise-set.ts) and then the subgradient step (lagrangian-bound.ts); the second walk replays
 * what the first recorded instead of folding the requirements again. A walk under another policy
 * than the evaluation's is not recorded. As with `dp.choose` itself, what the policy reads
 * (multipliers, decisions) must not change between the evaluation and the walks.
 *
 * One policy may be kept across evaluations (`persist`): the Lagrangian bound's, whose evaluations
 * recompute only the credentials whose children's values moved (lagrangian-bound.ts, ConeDp
 * `evaluateChanged`), so a credential not computed again since its choices were recorded still
 * chooses the same. Most of a realised set never moves (its requirements name no shared
 * credential): on `pnpm bench offers`' 10^4 catalog (one-off offers, 50 queries) the requirements
 * were folded again for 90,716 choices before, 27,837 since (nine in ten of the bound's walks are
 * replayed).
 */
import type { ChildValue, ConeDp } from './cone-dp.js';
import type { Workspace } from '../compile/workspace.js';

/** Recorded choices per local index, as (credential, slot) pairs. */
class ChoiceRecords {
  /** Per local index: the evaluation its choices were recorded at (-1: none). */
  readonly recordedAt: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  pairs = new Int32Array(256);
  top = 0;

  constructor(m: number) {
    this.recordedAt = new Int32Array(m).fill(-1);
    this.start = new Int32Array(m);
    this.end = new Int32Array(m);
  }

  /** Forgets every record. */
  clear(): void {
    this.top = 0;
    this.recordedAt.fill(-1);
  }

  readonly record = (c: number, slot: number): void => {
    if (this.top + 2 > this.pairs.length) {
      const grown = new Int32Array(2 * this.pairs.length);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[this.top++] = c;
    this.pairs[this.top++] = slot;
  };
}

/**
 * Pairs a persistent store may hold per cone credential before it starts again (its records are
 * appended as credentials are computed again; most of them stale).
 */
const PERSISTENT_PAIRS_PER_CREDENTIAL = 64;

/** Choices per local index, valid until the DP evaluates again (or, persisted, computes them again). */
export class ChoiceMemo {
  /** The records of the last evaluation under a policy that is not persisted. */
  private readonly current: ChoiceRecords;
  /** The evaluation `current` belongs to. */
  private epoch = -1;
  /** The persisted policy and its records. */
  private persisted: ChildValue | null = null;
  private readonly kept: ChoiceRecords;

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
    this.current = new ChoiceRecords(order.length);
    this.kept = new ChoiceRecords(order.length);
  }

  /**
   * Keeps `policy`'s choices across its evaluations. Its caller guarantees that between any two of
   * them `full` holds the values of the first for every credential the second does not compute
   * (restoring them after other policies' evaluations), and that a credential whose children's
   * values under it change is computed again.
   * @param policy - the policy
   */
  persist(policy: ChildValue): void {
    this.persisted = policy;
    this.kept.clear();
  }

  /**
   * `dp.choose` over the requirement of the cone credential at local index `l`.
   * @param l - a local index
   * @param policy - the policy the DP was last evaluated with (otherwise nothing is kept)
   * @param use - called once per chosen occurrence of a non-held credential, with its slot
   */
  chooseFor(l: number, policy: ChildValue, use: (c: number, slot: number) => void): void {
    const { dp } = this;
    const c = this.order[l]!;
    const ref = this.ws.index.req[c]!;
    if (policy !== dp.evaluatedWith) {
      dp.choose(ref, policy, use, dp.rootSlot(c));
      return;
    }
    let records: ChoiceRecords;
    if (policy === this.persisted) {
      records = this.kept;
      // Recorded since the DP last computed it: still its choices.
      if (records.recordedAt[l]! < dp.computedAt[l]!) {
        if (records.top > PERSISTENT_PAIRS_PER_CREDENTIAL * this.order.length) records.clear();
        this.recordNow(records, l, ref, policy, c);
      }
    } else {
      records = this.current;
      if (this.epoch !== dp.evaluations) {
        this.epoch = dp.evaluations;
        records.top = 0;
      }
      if (records.recordedAt[l] !== this.epoch) this.recordNow(records, l, ref, policy, c);
    }
    const { pairs, start, end } = records;
    for (let k = start[l]!; k < end[l]!; k += 2) use(pairs[k]!, pairs[k + 1]!);
  }

  /** Records the choices of the credential at local index `l` (requirement `ref`, id `c`). */
  private recordNow(
    records: ChoiceRecords,
    l: number,
    ref: number,
    policy: ChildValue,
    c: number,
  ): void {
    const { dp } = this;
    records.start[l] = records.top;
    dp.choose(ref, policy, records.record, dp.rootSlot(c));
    records.end[l] = records.top;
    records.recordedAt[l] = dp.evaluations;
  }
}
