/**
 * Cheapest with a deadline and exclusions, exact: the least-cost set of credentials whose
 * earliest-start schedule holds the target by week `deadline`, no excluded credential earned.
 * (An earliest-start schedule is never later than any other schedule of the same set, so sets are
 * all that needs searching.)
 *
 * Branch and bound over "earn c" (IN) / "do not earn c" (OUT). Lower bound at a node (see
 * deadline-dp.ts): the cost-share DP: every undecided credential named k ≥ 2 times is priced at 1/k of
 * its deadline value at each occurrence (each credential is then charged at most once in total along
 * any plan's requirement tree), an IN credential is free at its occurrences once it can be held in
 * time and is paid once at the latest week any parent could need it, an OUT one is Infinity. That is
 * a valid bound for every inclusion-minimal plan consistent with the decisions (in such a plan every
 * credential but the target is held by the start of some parent that names it), and some optimal
 * plan is minimal. Upper bound: the DP's choices realised top-down, each credential at the tightest
 * week a chosen parent needs it, which is always a schedulable set meeting the deadline. Every leaf
 * of the search is a full decision, so the search is exact; past the time budget the best set so
 * far is returned with the least bound among the unexplored nodes.
 */
import type { Workspace } from '../compile/workspace.js';
import { coneShape } from '../cheapest/cone-shape.js';
import { slack, within } from '../numeric/tolerance.js';
import { earliestPass, refreshEarliest } from '../schedule/earliest-pass.js';
import { latestPass } from '../schedule/latest-pass.js';
import { decisionSearch, IN, OUT, UNDECIDED, type NodeVisit } from '../search/decision-search.js';
import { coneDeps, markAncestors } from './cone-deps.js';
import { DeadlineDp, type DeadlinePrice } from './deadline-dp.js';

/** The outcome of a deadline search. */
export interface DeadlineResult {
  /** Credential ints to earn (target included); empty when none was found. */
  set: number[];
  /** Its cost (Infinity when no set was found). */
  cost: number;
  /** Whether the search finished (the set is optimal, or no set exists / none within `cap`). */
  optimal: boolean;
  /** Proven lower bound on the least cost (Infinity when no set exists). */
  bound: number;
}

/** Inputs of `cheapestByDeadline`. */
export interface DeadlineSearch {
  ws: Workspace;
  /** The cone in post-order (target last). */
  order: Int32Array;
  /** Per local index, 1 when the credential may not be earned. */
  excluded: Uint8Array;
  /** The week the target must be held by (Infinity: no deadline). */
  deadline: number;
  /** Wall-clock instant (ms, `now()`) past which the proof stops. */
  stopAt: number;
  /** A known lower bound on the answer (e.g. the unconstrained optimum). */
  floor?: number | undefined;
  /** Nodes whose bound exceeds `cap` are pruned (only "≤ cap or not" is then asked). */
  cap?: number;
  /**
   * The most cost per week: a credential's prerequisites cost at most this times its latest start
   * (the weekly-hours budget on the effort view, see deadline-dp.ts; default: no limit).
   */
  energy?: number;
  now?: () => number;
  /**
   * `coneShape(ws, order).occurrences`, when the caller searches the same cone for several
   * deadlines (computed here when absent).
   */
  occurrences?: Int32Array | undefined;
}

/**
 * @param search - the cone, exclusions, deadline and budget
 * @returns the cheapest set found, whether that is proven, and the proven bound
 */
export function cheapestByDeadline(search: DeadlineSearch): DeadlineResult {
  const { ws, order, excluded, deadline } = search;
  const now = search.now ?? (() => performance.now());
  const cap = search.cap ?? Infinity;
  const index = ws.index;
  const m = order.length;
  const target = m - 1;
  const occurrences = search.occurrences ?? coneShape(ws, order).occurrences;
  const decision = new Uint8Array(m);
  for (let l = 0; l < m; l++) if (excluded[l]) decision[l] = OUT;

  const earliest = new Float64Array(m);
  const latest = new Float64Array(m);
  const isOut = (l: number): boolean => decision[l] === OUT;
  // What changed since the last node bounded, in one walk over the decisions: `dirty` marks every
  // changed decision, `moved` every changed OUT one, and the IN ones are listed (ascending).
  const seen = new Uint8Array(m);
  const dirty = new Uint8Array(m);
  const moved = new Uint8Array(m);
  const ins = new Int32Array(m);
  let inCount = 0;
  /** @returns whether the OUT set changed */
  const compareDecisions = (): boolean => {
    let outChanged = false;
    inCount = 0;
    for (let l = 0; l < m; l++) {
      const d = decision[l]!;
      const was = seen[l]!;
      dirty[l] = d !== was ? 1 : 0;
      moved[l] = (d === OUT) !== (was === OUT) ? 1 : 0;
      if (moved[l]) outChanged = true;
      if (d === IN) ins[inCount++] = l;
    }
    seen.set(decision);
    return outChanged;
  };
  // Earliest weeks with OUT credentials never held; latest weeks any non-OUT parent could need each.
  // Both depend on the OUT set alone, so they are recomputed only when it changes (an IN branch,
  // most of a dive, keeps them), the earliest ones only for the credentials whose OUT decision
  // changed and their ancestors.
  const deps = coneDeps(ws, order);
  const refreshTimes = (): void => {
    markAncestors(deps, moved);
    refreshEarliest(ws, order, earliest, isOut, moved);
    latestPass(ws, order, latest, deadline, isOut);
  };
  const dp = new DeadlineDp(ws, order, earliest, isOut, deps, search.energy);

  const share: DeadlinePrice = (l, t, value) => {
    const d = decision[l];
    if (d === OUT) return Infinity;
    if (d === IN) return 0; // DeadlineDp has checked that it can be held by t
    const v = value(l, t);
    return occurrences[l]! >= 2 ? v / occurrences[l]! : v;
  };
  const full: DeadlinePrice = (l, t, value) => (decision[l] === OUT ? Infinity : value(l, t));

  let bestCost = Infinity;
  let bestSet: number[] = [];
  const need = new Float64Array(m);
  const marks = new Uint8Array(m);
  const scratch = new Float64Array(m);
  const unmarked = (l: number): boolean => marks[l] === 0;
  // Realises the choices top-down, each credential at the tightest week a chosen parent needs it.
  const realize = (price: DeadlinePrice): number[] => {
    need.fill(Infinity);
    marks.fill(0);
    need[target] = deadline;
    marks[target] = 1;
    const chosen: number[] = [];
    for (let l = m - 1; l >= 0; l--) {
      if (!marks[l]) continue;
      const c = order[l]!;
      if (!(dp.value(l, need[l]!, price) < Infinity)) return [];
      chosen.push(l);
      dp.choose(index.req[c]!, need[l]! - index.duration[c]!, price);
      for (let i = 0; i < dp.picked; i++) {
        const x = dp.pickedLocal[i]!;
        const t = dp.pickedWeek[i]!;
        marks[x] = 1;
        if (t < need[x]!) need[x] = t;
      }
    }
    let cost = 0;
    for (let i = chosen.length - 1; i >= 0; i--) cost += index.cost[order[chosen[i]!]!]!;
    if (!(cost < bestCost)) return chosen;
    // Check the realised set by scheduling it (defensive: it meets the deadline by construction).
    marks.fill(0);
    for (let i = chosen.length - 1; i >= 0; i--) marks[chosen[i]!] = 1;
    earliestPass(ws, order, scratch, unmarked);
    if (!within(scratch[target]!, deadline)) return chosen;
    bestCost = cost;
    bestSet = chosen.map((l) => order[l]!).reverse();
    return chosen;
  };

  // The incremental bound: the memo keeps the `share` values of the decisions in `seen` from node
  // to node; only the credentials whose decision changed and their ancestors are recomputed
  // (DeadlineDp.forget: the earliest weeks a changed OUT set moves are those of the same
  // ancestors). After a `full` pricing everything is, and when the weeks kept from earlier nodes
  // grow long (each is looked up along a chain and recomputed when forgotten).
  let memoShared = false;
  const lowerBound = (): number => {
    const outChanged = compareDecisions();
    if (outChanged) refreshTimes();
    if (!memoShared || dp.entries > STALE_ENTRIES * m) {
      dp.reset();
      memoShared = true;
    } else dp.forget(dirty, outChanged);
    dp.need(target, deadline);
    for (let i = 0; i < inCount; i++) dp.need(ins[i]!, latest[ins[i]!]!);
    dp.prime(share);
    let lb = dp.value(target, deadline, share);
    for (let i = 0; i < inCount && lb < Infinity; i++)
      lb += dp.value(ins[i]!, latest[ins[i]!]!, share);
    return lb;
  };
  const floor = search.floor ?? 0;

  // Root: the full-price realisation is a plan whenever one exists.
  earliestPass(ws, order, earliest, isOut);
  latestPass(ws, order, latest, deadline, isOut);
  seen.set(decision);
  dp.reset();
  dp.need(target, deadline);
  dp.prime(full);
  if (dp.value(target, deadline, full) < Infinity) realize(full);

  let capBound = Infinity;
  // One node: its bound, pruning, and the credential to branch on (-1: nothing to branch).
  const visit = (parentBound: number): NodeVisit => {
    const lb = Math.max(parentBound, lowerBound());
    if (lb >= slack(bestCost)) return { pick: -1, lb };
    if (!within(lb, cap)) {
      if (lb < capBound) capBound = lb;
      return { pick: -1, lb };
    }
    const chosen = realize(share);
    // Branch on a chosen undecided credential: shared ones first, then the most expensive.
    const score = (l: number): number => (occurrences[l]! >= 2 ? 1e15 : 0) + index.cost[order[l]!]!;
    let pick = -1;
    for (const l of chosen) {
      if (decision[l] !== UNDECIDED || l === target) continue;
      if (pick < 0 || score(l) > score(pick)) pick = l;
    }
    // Nothing undecided in play: only IN credentials are chosen, so lb ≥ their cost ≥ this set;
    // branch on any undecided credential, or stop at a full decision (realize() recorded it).
    for (let l = 0; l < target && pick < 0; l++) if (decision[l] === UNDECIDED) pick = l;
    return { pick, lb };
  };
  const { aborted, openBound } = decisionSearch({
    decision,
    floor,
    stopAt: search.stopAt,
    now,
    visit,
  });

  const bound = Math.max(floor, Math.min(openBound, capBound, bestCost));
  return {
    set: bestSet,
    cost: bestCost,
    optimal: !aborted,
    bound: aborted ? Math.min(bound, bestCost) : bound,
  };
}

/** Entries per cone credential past which the bound's memo starts afresh. */
const STALE_ENTRIES = 8;
