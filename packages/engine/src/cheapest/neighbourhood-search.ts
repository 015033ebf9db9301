/**
 * Large neighbourhood search, cheapest's primal heuristic on wide cones (issue 16): the best set so
 * far fixes every shared credential of the cone (IN when the set earns it, OUT otherwise) except a
 * random part of them (FREED_SHARE), and the branch and bound solves what is left with the best cost
 * as its cutoff. With the other shared credentials decided, a neighbourhood is solved, or bounded at
 * the cutoff, in a few milliseconds at C = 200. A cheaper set found becomes the best set and the next
 * neighbourhoods are drawn around it.
 *
 * It only lowers the incumbent: every set it returns is realised and priced like any other, and no
 * lower bound comes from it. The outer search then prunes against the lower cost, and what it proves
 * stays proven.
 *
 * Written here because it drives the engine's own branch and bound, which no library can; the scheme
 * is Shaw's large neighbourhood search (1998), with random neighbourhoods.
 */
import type { CheapestState } from './cheapest-state.js';
import { IN, OUT, UNDECIDED } from '../search/decision-search.js';
import { mulberry32 } from '../numeric/mulberry32.js';
import { before } from '../numeric/tolerance.js';

/**
 * Share of the undecided shared credentials a neighbourhood draws to free, with replacement: at 0.5
 * about 1 - e^-0.5 = 39% of them are freed. Measured from the set the search
 * has after 200 ms, with 900 ms of neighbourhoods, on dense cones at C = 200 (seeds 1-7, about 143
 * undecided): plans above HiGHS's optimum by 1.58% on average when freeing 0.28 of them, 1.18% at
 * 0.4, 1.04% at 0.55 and 1.23% at 0.7. At C = 1,000 (seeds 1-3, 3 s of search then 5 s of
 * neighbourhoods): summed costs 60,752 at 0.05, 60,598 at 0.1, 59,180 at 0.28 and 58,830 at 0.5.
 * Larger neighbourhoods take longer to solve but escape more.
 */
const FREED_SHARE = 0.5;

/** The least number of draws a neighbourhood makes. */
const FREED_MIN = 8;

/** The most time one neighbourhood's search may take (ms). */
const NEIGHBOURHOOD_MS = 100;

/** Solves the cheapest set with some shared decisions preset, below a cutoff. */
export type PresetSolver = (
  preset: Uint8Array,
  cutoff: number,
  budgetMs: number,
) => { set: number[]; cost: number };

/** Neighbourhoods around the best set of one cheapest search. */
export class NeighbourhoodSearch {
  /** Local indices of the shared credentials undecided at the root. */
  private readonly free: number[] = [];
  private readonly preset: Uint8Array;
  private readonly random = mulberry32(0x5eed);
  /** How many neighbourhoods found a cheaper set. */
  wins = 0;

  /**
   * @param state - the outer search's state (its decisions as at the root)
   * @param solve - the branch and bound with presets (branch-and-bound.ts)
   */
  constructor(
    private readonly state: CheapestState,
    private readonly solve: PresetSolver,
  ) {
    const m = state.order.length;
    for (let l = 0; l < m - 1; l++)
      if (state.isShared(l) && state.decision[l] === UNDECIDED) this.free.push(l);
    this.preset = new Uint8Array(m);
  }

  /**
   * Solves neighbourhoods of the best set until `until`.
   * @param best - the best set so far (credential ints) and its cost
   * @param until - clock instant (ms, on `now`) past which no neighbourhood starts
   * @param now - the clock (ms)
   * @returns the cheapest set found, or undefined when none beat `best`
   */
  improve(
    best: { set: readonly number[]; cost: number },
    until: number,
    now: () => number,
  ): { set: number[]; cost: number } | undefined {
    const { ws } = this.state;
    const { free, preset, random } = this;
    if (free.length === 0) return undefined;
    const freed = Math.max(FREED_MIN, Math.round(FREED_SHARE * free.length));
    let found: { set: number[]; cost: number } | undefined;
    let set = best.set;
    let cost = best.cost;
    while (now() < until) {
      preset.fill(UNDECIDED);
      for (const c of set) preset[ws.local(c)] = IN;
      for (const l of free) if (preset[l] === UNDECIDED) preset[l] = OUT;
      for (let j = 0; j < freed; j++) preset[free[Math.floor(random() * free.length)]!] = UNDECIDED;
      // Only the free shared credentials are preset; the rest of `preset` is ignored by the solver.
      const r = this.solve(preset, cost, Math.min(NEIGHBOURHOOD_MS, Math.max(0, until - now())));
      if (before(r.cost, cost)) {
        this.wins++;
        found = r;
        set = r.set;
        cost = r.cost;
      }
    }
    return found;
  }
}
