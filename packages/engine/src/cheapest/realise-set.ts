/**
 * Cheapest's upper bound: the tree DP's choices realised from the target as a set, each credential
 * paid once, and the best such set found so far (the incumbent). `improve` lets requirements switch
 * to credentials the set already pays for ("free ride"), repeated while the cost drops.
 */
import type { ChildValue } from './cone-dp.js';
import type { CheapestState } from './cheapest-state.js';
import { UNDECIDED } from '../search/decision-search.js';

/** The incumbent of a cheapest search and the realisation that feeds it. */
export class Realiser {
  /** Cost of the best set found (Infinity: none yet). */
  bestCost = Infinity;
  /** Credential ints of the best set found. */
  bestSet: number[] = [];
  /** Per local index: 1 when in the last realised set. */
  private readonly marks: Uint8Array;
  private readonly riding: Uint8Array;
  private readonly ride: ChildValue;
  /*
   * realize's walk: its stack, the shared credentials it meets, and the callback that marks a
   * credential, made once here (a closure and two lists per call were most of its garbage).
   */
  private readonly stack: number[] = [];
  private readonly used: number[] = [];
  private readonly use: (x: number) => void;
  /** The local index `ride` prices at Infinity (-1: none): the credential a drop move removes. */
  private banned = -1;
  /** Whether `ride` prices shared credentials not riding at a share per occurrence. */
  private shareRide = false;

  /** @param state - the search's shared state */
  constructor(private readonly state: CheapestState) {
    const m = state.order.length;
    this.marks = new Uint8Array(m);
    this.riding = new Uint8Array(m);
    const { ws, dp } = state;
    this.ride = (x) => {
      const l = ws.local(x);
      if (l < 0) return 0; // held
      if (l === this.banned) return Infinity;
      if (this.riding[l]) return 0;
      return this.shareRide && state.isShared(l)
        ? dp.full[l]! / state.occurrences[l]!
        : dp.full[l]!;
    };
    this.use = (x) => {
      const l = ws.local(x);
      if (this.marks[l]) return;
      this.marks[l] = 1;
      if (state.occurrences[l]! >= 2 && state.decision[l] === UNDECIDED) this.used.push(l);
      this.stack.push(l);
    };
  }

  /**
   * Realises the DP's choices (as last evaluated under `policy`) from the target, and keeps the set
   * when it is the cheapest so far.
   * @param policy - the policy the DP was evaluated with
   * @returns the undecided shared credentials the realised set uses (a list of this Realiser's,
   *   valid until its next realize)
   */
  realize(policy: ChildValue): number[] {
    const { order, dp, target } = this.state;
    const { full } = dp;
    const { marks, stack, used } = this;
    used.length = 0;
    if (full[target] === Infinity) return used; // no set under these decisions
    marks.fill(0);
    stack.length = 0;
    stack.push(target);
    marks[target] = 1;
    while (stack.length > 0) {
      const l = stack.pop()!;
      if (full[l] === Infinity) return used; // e.g. an "in" credential that cannot be met here
      this.state.choices.chooseFor(l, policy, this.use);
    }
    const cost = this.state.costOf(marks);
    if (cost < this.bestCost) {
      this.bestCost = cost;
      this.bestSet = [];
      for (let l = 0; l < marks.length; l++) if (marks[l]) this.bestSet.push(order[l]!);
    }
    return used;
  }

  /**
   * Keeps a set found elsewhere (neighbourhood-search.ts) when it is the cheapest so far.
   * @param set - credential ints of a valid set (target included)
   * @param cost - its cost
   */
  adopt(set: readonly number[], cost: number): void {
    if (cost >= this.bestCost) return;
    this.bestCost = cost;
    this.bestSet = [...set];
  }

  /**
   * Re-evaluates the DP with the last realised set's credentials free, and realises again, up to
   * `rounds` times while the realised cost drops.
   * @param rounds - the most rounds
   */
  improve(rounds: number): void {
    let last = Infinity;
    for (let r = 0; r < rounds; r++) {
      this.riding.set(this.marks);
      this.state.dp.evaluate(this.ride);
      this.realize(this.ride);
      const cost = this.state.costOf(this.marks);
      // The set it rode on again: the next round would repeat this one exactly.
      if (cost >= last || sameMarks(this.marks, this.riding)) break;
      last = cost;
    }
  }

  /**
   * Drop moves, the primal heuristic that keeps improving: for each shared credential of the best
   * set, the DP's best set without it, the rest of the best set free to ride and other shared
   * credentials at an equal share of their value per occurrence (then `improve`); a
   * cheaper set becomes the incumbent and the moves start again from it.
   * @param stopAt - wall-clock instant (on `now`) past which no move is tried
   * @param now - the clock (ms)
   */
  polish(stopAt: number, now: () => number): void {
    const { ws, order, dp } = this.state;
    const best = new Uint8Array(order.length);
    for (let tries = 0, improved = true; improved && tries < 8; tries++) {
      improved = false;
      best.fill(0);
      for (const c of this.bestSet) best[ws.local(c)] = 1;
      const before = this.bestCost;
      for (let l = 0; l < order.length - 1 && !improved; l++) {
        if (!best[l] || !this.state.isShared(l)) continue;
        if (now() > stopAt) return;
        this.riding.set(best);
        this.banned = l;
        this.shareRide = true;
        dp.evaluate(this.ride);
        this.realize(this.ride);
        this.shareRide = false;
        this.banned = -1;
        if (this.bestCost < before) {
          this.improve(3);
          improved = true;
        }
      }
    }
  }
}

/** @returns whether two mark arrays of the same length are equal */
function sameMarks(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
