/**
 * Cheapest, exact: the min-cost set of credentials whose requirements are all met by the set and the
 * holdings, shared prerequisites counted once. Once every shared credential (named twice or more in
 * the cone) is decided in or out, the rest of the cone is a tree and the tree DP is exact; so we
 * branch and bound over shared credentials only (search/decision-search.ts, best bound first with
 * dives), with the Lagrangian lower bound of lagrangian-bound.ts (each node's ascent starting from
 * its parent's multipliers: warm-starts.ts), the fixings it implies (reduced-cost.ts), and the
 * realised DP choices of realise-set.ts, polished by drop moves, as upper
 * bound; on wide cones left unproven for a while, and not on pace to be proven in time
 * (search-pace.ts), neighbourhoods of the best set (neighbourhood-search.ts) share the search's
 * time and lower that upper bound further.
 * Past the time budget, the best set so far is returned with the least lower bound among the
 * unexplored branches.
 */
import type { Workspace } from '../compile/workspace.js';
import { slack } from '../numeric/tolerance.js';
import { costGrain, roundUpTo } from '../numeric/cost-grain.js';
import { decisionSearch, UNDECIDED, type NodeVisit } from '../search/decision-search.js';
import { fixByReducedCost } from './reduced-cost.js';
import type { ChildValue } from './cone-dp.js';
import { CheapestState } from './cheapest-state.js';
import { LagrangianBound } from './lagrangian-bound.js';
import { Realiser } from './realise-set.js';
import { NeighbourhoodSearch } from './neighbourhood-search.js';
import { WarmStarts } from './warm-starts.js';
import { provesInTime } from './search-pace.js';

/** The outcome of a cheapest search. */
export interface CheapestResult {
  /** Credential ints to earn (target included). */
  set: number[];
  cost: number;
  optimal: boolean;
  /** Proven lower bound on the optimum (equals `cost` when optimal). */
  bound: number;
  /** Branch-and-bound nodes evaluated. */
  nodes: number;
  /** True when `giveUp` stopped the search at its first set (then not optimal, bound 0). */
  gaveUp?: true;
}

/**
 * Subgradient schedules: at most `iterations` steps; the step halves after `stale` steps without
 * progress, and the ascent stops once it has halved `halvings` times. Nodes take a few steps from
 * the last node's multipliers; so does the root of a cone with few undecided shared credentials,
 * whose tree the search closes quickly. With `WIDE` or more, the root ascends until it converges,
 * and its multipliers carry over to every node. Measured on issue 16's dense cones (C = 200, seeds
 * 1-2): 30 root steps left the root bound 17% below the optimum; ascending to convergence, 8.5%
 * (1,000 steps gain nothing more: that is this dual's optimum). The threshold keeps the work of
 * before (the same DP evaluations) on the property tests' random catalogs, on `pnpm bench plan`'s
 * catalogs (at 24, 25% more at 10^4) and on dense cones at C = 50 (30-34 undecided; at 24, 9%
 * more); dense cones at C = 200 have 140-148. Their nodes also take 30 steps (stale after 5) in
 * place of 10 (stale after 3): with CPU time as the clock and a 2 s budget, on C = 200 seeds 1-5
 * the bound then ends 0.3-2.2% higher and the plan 2.4-9.8% cheaper (more steps realise more
 * sets); still none proven. Below `WIDE` nodes keep 10 steps: on C = 50 cones 30 steps halve the
 * nodes (1,844 to 992 over seeds 1-10) for 1.2-1.5x the median instance's CPU time.
 */
interface Schedule {
  iterations: number;
  stale: number;
  halvings: number;
}
const ROOT: Schedule = { iterations: 30, stale: 3, halvings: Infinity };
const ROOT_WIDE: Schedule = { iterations: 400, stale: 5, halvings: 10 };
const NODE: Schedule = { iterations: 10, stale: 3, halvings: Infinity };
const NODE_WIDE: Schedule = { iterations: 30, stale: 5, halvings: Infinity };
/** Undecided shared credentials at the root from which it ascends to convergence. */
const WIDE = 48;
/**
 * Neighbourhoods on wide cones: none before LNS_AFTER of the budget (a cone the search proves by
 * then runs as before), then slices of LNS_SLICE of the budget whenever they have had less than
 * LNS_SHARE of the search's own time, and only while the search, at its pace so far, will not
 * prove the incumbent before the budget ends (search-pace.ts). `pnpm bench dense` at C = 200 (50
 * cones, 2 s, one session), medians over the unproven plans of their gap to HiGHS's optimum and to
 * their own bound: without neighbourhoods 2.4% and 7.4%; with LNS_SHARE 1, 1.5% and 8.2% (the
 * search's bound loses time); with 0.5, 1.0% and 7.1%. 3 of 50 proven in each. The pace rule came
 * later, once warm starts had made proofs within the budget common: on C = 200 seeds 1-20 with
 * CPU time as the clock and a 2 s budget, three runs each, one at a time, 3, 5 and 3 proven
 * without it, 6, 6 and 7 with it, the plans' total cost within 0.3% either way. At C = 1,000
 * (seeds 1-3, 30 s) no search is on pace, and the neighbourhoods run as before. Without any
 * neighbourhoods, proofs came as fast, but unproven plans at C = 200 cost up to 4% more.
 */
const LNS_AFTER = 0.1;
const LNS_SLICE = 0.05;
const LNS_SHARE = 0.5;

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param budgetMs - wall-clock budget for the optimality proof
 * @param now - the clock (ms), injectable for tests
 * @param cutoff - a cost at or above which no set is wanted (the planner with offers, whose best
 *   plan under another offer set already costs that): branches bounded at it are pruned too, and
 *   when no set costs less the result is the best found, not optimal, with its bound at least
 *   `cutoff` (default Infinity: the plain search)
 * @param giveUp - asked of the first set (the tree DP's choices, each shared credential paid
 *   wherever it is named, a cheap guess at the answer): true stops the search there (`gaveUp`), for
 *   a caller that wants the answer only when it is likely to have some property
 * @param preset - per local index, IN or OUT decisions on shared credentials to search under (a
 *   neighbourhood, neighbourhood-search.ts); UNDECIDED, and any entry for a credential that is not
 *   shared, are ignored. A search with presets runs no neighbourhoods of its own.
 * @returns the cheapest set found and whether it is proven optimal
 */
export function cheapestSet(
  ws: Workspace,
  order: Int32Array,
  budgetMs: number,
  now: () => number = () => performance.now(),
  cutoff = Infinity,
  giveUp?: (first: number[]) => boolean,
  preset?: Uint8Array,
): CheapestResult {
  const state = new CheapestState(ws, order);
  if (preset !== undefined)
    for (let l = 0; l < order.length; l++)
      if (preset[l] !== UNDECIDED && state.isShared(l)) state.decision[l] = preset[l]!;
  const { dp, decision } = state;
  const full = dp.full;
  const m = order.length;
  const lagrange = new LagrangianBound(state);
  const incumbent = new Realiser(state);
  // Every set's cost is a multiple of the cone's price grain: bounds round up to it.
  const { cost } = ws.index;
  const grain = costGrain(m, (l) => cost[order[l]!]!);

  // Greedy upper bound (every occurrence pays the full value), then the starting multipliers.
  const greedy: ChildValue = (x) => {
    const l = ws.local(x);
    return l < 0 ? 0 : full[l]!;
  };
  dp.evaluate(greedy);
  incumbent.realize(greedy);
  if (giveUp?.(incumbent.bestSet)) {
    const { bestSet, bestCost } = incumbent;
    return { set: bestSet, cost: bestCost, optimal: false, bound: 0, nodes: 0, gaveUp: true };
  }
  if (cutoff < Infinity) {
    // With a cutoff, the root's cost-share bound (the Lagrangian at its starting multipliers) is
    // checked before any improvement or ascent: a run that cannot go under the cutoff stops here
    // with the greedy set (the planner with offers runs many such sets).
    lagrange.startShares();
    const root = roundUpTo(lagrange.lagrangian(), grain);
    if (root >= slack(cutoff)) {
      // As at the end of a search that reached the cutoff: optimal only if the set costs no more.
      const { bestCost, bestSet } = incumbent;
      const optimal = Math.min(bestCost, cutoff) >= slack(bestCost);
      return { set: bestSet, cost: bestCost, optimal, bound: Math.min(root, bestCost), nodes: 0 };
    }
  }
  incumbent.improve(6);
  lagrange.startShares();
  let undecided = 0;
  for (let l = 0; l < m; l++) if (state.isShared(l) && decision[l] === UNDECIDED) undecided++;
  const rootSchedule = undecided >= WIDE ? ROOT_WIDE : ROOT;
  const nodeSchedule = undecided >= WIDE ? NODE_WIDE : NODE;

  const start = now();
  const stopAt = start + budgetMs;
  // On wide cones the search shares its time with neighbourhoods of the incumbent
  // (neighbourhood-search.ts) once it has run LNS_AFTER of its budget unproven; not inside a
  // neighbourhood's own search (preset). Those searches run on this workspace and cone, so the
  // slot scratch their occurrence tables rewrite (occurrences.ts) gets the numbers it holds already.
  // Built here, not on first use: it takes the free credentials from the root's decisions.
  const lns =
    undecided >= WIDE && preset === undefined
      ? new NeighbourhoodSearch(state, (p, below, ms) =>
          cheapestSet(ws, order, ms, now, below, undefined, p),
        )
      : undefined;
  let lnsSpent = 0;
  let rootBound = -Infinity;
  const neighbourhoods = (proven: number): void => {
    if (lns === undefined) return;
    const t = now();
    const elapsed = t - start - lnsSpent;
    if (t - start < LNS_AFTER * budgetMs || lnsSpent >= elapsed * LNS_SHARE) return;
    const beat = Math.min(incumbent.bestCost, cutoff);
    if (provesInTime({ rootBound, proven, limit: beat, searchMs: elapsed, now: t, stopAt })) return;
    const until = Math.min(stopAt, t + LNS_SLICE * budgetMs);
    const found = lns.improve({ set: incumbent.bestSet, cost: beat }, until, now);
    if (found !== undefined) incumbent.adopt(found.set, found.cost);
    lnsSpent += now() - t;
  };
  // The cost a set must beat to be kept: the incumbent's, or the cutoff when lower.
  const limit = (): number => slack(Math.min(incumbent.bestCost, cutoff));
  // Raises the bound of the current node by subgradient steps; returns it (>= floor).
  const bound = (floor: number, schedule: Schedule): number => {
    let best = floor;
    // The ascent's progress is judged on the bound before rounding, which moves by less than a grain.
    let ascent = floor;
    let theta = 1;
    let stale = 0;
    let halvings = 0;
    lagrange.ascend();
    for (let it = 0; it < schedule.iterations && halvings < schedule.halvings; it++) {
      const lb = lagrange.lagrangian();
      incumbent.realize(lagrange.priced);
      best = Math.max(best, roundUpTo(lb, grain));
      if (lb > ascent + 1e-9) {
        ascent = lb;
        stale = 0;
      } else if (++stale >= schedule.stale) {
        theta /= 2;
        halvings++;
        stale = 0;
      }
      if (best >= limit() || !lagrange.step(lb, theta, incumbent.bestCost)) break;
      if (now() > stopAt) break;
    }
    // Below the cutoff only (limit() is the incumbent's cost without one): a node bounded at the
    // cutoff is pruned, and no set it could find would be kept.
    if (best < limit()) incumbent.improve(3);
    return best;
  };
  let polished = Infinity;
  const fixed: number[] = [];
  const warm = new WarmStarts(lagrange, state.occ.count);
  const visit = (
    parentBound: number,
    root: boolean,
    carry: Float64Array | undefined,
    proven: number,
  ): NodeVisit<Float64Array> => {
    if (!root) neighbourhoods(proven);
    if (carry !== undefined) warm.startFrom(carry);
    let lb = bound(parentBound, root ? rootSchedule : nodeSchedule);
    if (root) rootBound = lb;
    // Every new incumbent is polished by drop moves (at most once per cost reached).
    if (incumbent.bestCost < polished && lb < limit()) {
      incumbent.polish(stopAt, now);
      polished = incumbent.bestCost;
    }
    fixed.length = 0;
    // Fix what the bound decides (reduced-cost.ts), then bound and realise again under the
    // fixings, until no more follow: the realised set then respects every decision.
    for (;;) {
      if (lb >= limit()) return { pick: -1, lb, fixed: [...fixed] };
      const current = lagrange.lagrangian();
      lb = Math.max(lb, roundUpTo(current, grain));
      const picked = incumbent.realize(lagrange.priced);
      const before = fixed.length;
      fixByReducedCost(state, lagrange, current, limit(), fixed, grain);
      if (fixed.length > before) continue;
      // The undecided shared credentials in play: used by the realised set, or worth paying for.
      // None: the DP is exact here and realize() has recorded it.
      for (let l = 0; l < m; l++) {
        if (state.isShared(l) && decision[l] === UNDECIDED && lagrange.paysOff(l)) picked.push(l);
      }
      let pick = -1;
      for (const l of picked)
        if (decision[l] === UNDECIDED && (pick < 0 || full[l]! > full[pick]!)) pick = l;
      return { pick, lb, fixed: [...fixed], carry: pick >= 0 ? warm.handOn() : undefined };
    }
  };
  const end = decisionSearch({ decision, floor: 0, stopAt, now, visit });

  const { bestCost, bestSet } = incumbent;
  // Pruned branches are bounded at the limit: below the cutoff the search is the plain one.
  const reached = Math.min(bestCost, cutoff);
  const proven = end.aborted ? Math.min(end.openBound, reached) : reached;
  return {
    set: bestSet,
    cost: bestCost,
    optimal: proven >= slack(bestCost),
    bound: proven,
    nodes: end.nodes,
  };
}
