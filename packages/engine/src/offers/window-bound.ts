/**
 * A lower bound on the plans taking an offer set S, from where the steps a periodic offer o pays can
 * run: all inside one span of at most W = k × P_o weeks when o bills k periods (catalog-v2). The other
 * bounds of a set see each step o pays on its own (periodic-bound.ts: its duration; rent-bound.ts:
 * its hours); this one sees chains. Steps o pays that need one another run one after another, so
 * they must fit in W together: a subscription cannot pay a 13-week course, the 16-week course it
 * leads to and the 14-week course after that in one 26-week period.
 *
 * The argument. Take a valid plan X taking S, with o billing k periods, and let [s, s + W] hold the
 * steps o pays (s: the start of the first). Take each step of X in the window catalog
 * (window-catalog.ts): a step o pays as its within copy where o saves on it, every other step (and
 * a step o pays at no saving) as its outside copy or the credential itself. That is a plan of the
 * window catalog (each copy keeps the credential's requirement), and each copy costs at most what X
 * pays for the step. Schedule it as early as possible, counting weeks from s: by induction over X's
 * steps in order of their end, each ends by max(0, its end in X − s) (a copy takes no more weeks than
 * the step; a step with no weeks ends when its requirement is met), and, since only within copies
 * take weeks, by the latest end of a within copy, so by W. So the least cost of the window catalog's
 * plans holding the target by week W (cheapest-by-deadline.ts: exact, or its proven bound past the
 * time budget) is at most X's step cost. S's least step cost (every offer paying freely) is too, so
 * X costs at least fixed(S) + (k − 1) × p_o + the larger of the two.
 * The least over k ≥ 1 bounds every plan taking S; past the k where the periods alone reach the best
 * plan found, the rest need not be looked at. Weekly hours and start days only lengthen steps and
 * delay starts, so the bound holds under them too.
 */
import { compileIndex } from '../compile/compact-index.js';
import { Workspace } from '../compile/workspace.js';
import { cheapestByDeadline } from '../constrained/cheapest-by-deadline.js';
import { EPS } from '../numeric/tolerance.js';
import { windowCatalog, withinWeeks, type WindowPrices } from './window-catalog.js';
import { leastPrice, type CompiledOffer } from './offer-table.js';

/** What the window bound needs for one offer set and one of its periodic offers. */
export interface WindowBoundInput {
  /** The planner's workspace, with the query's held set. */
  ws: Workspace;
  /** The target's cone (`ws.cone(target)`: post-order, target last). */
  cone: Int32Array;
  /** Credential ints no plan may earn (the query's exclusions). */
  exclude: readonly number[];
  /** The offer set S. */
  taken: readonly CompiledOffer[];
  /** Its periodic offer o (price > 0). */
  offer: CompiledOffer;
  /** S's fixed price (one-off prices plus one period of each periodic offer). */
  fixed: number;
  /** A proven lower bound on S's least step cost, every offer paying freely. */
  least: number;
  /** The best plan's total: the bound is looked for only as far as it can reach it. */
  total: number;
  /** Wall-clock instant (ms, on `now`) past which no search starts or goes on. */
  stopAt: number;
  now: () => number;
}

/** A plan of the window catalog, in the credentials it stands for. */
export interface WindowPlan {
  set: number[];
  within: number[];
}

/** What windowBound finds. */
export interface WindowFound {
  /** A lower bound on every plan taking exactly S. */
  bound: number;
  /**
   * The least window plans the searches found, one for each number of periods looked at: their
   * credentials (ints, target included), and those taken within the span (for o to pay).
   */
  sets: WindowPlan[];
}

/**
 * @param input - the set, its periodic offer, its fixed price and least step cost, and the clock
 * @returns the bound, and the sets of the plans found on the way
 */
export function windowBound(input: WindowBoundInput): WindowFound {
  const { offer, fixed, least, total } = input;
  // S's fixed price with o billed k periods; every plan billing k or more costs at least that plus
  // S's least step cost (o paying freely).
  const periods = (k: number): number => fixed + (k - 1) * offer.price;
  const billing = (k: number): number => periods(k) + least;
  let bound = Infinity;
  const sets: WindowPlan[] = [];
  const { index } = input.ws;
  const prices: WindowPrices = {
    outside: (c) => leastPrice(index.cost, input.taken, c, offer),
    inside: (c) => leastPrice(index.cost, input.taken, c),
  };
  // A span of `longest` weeks holds every step o saves on: there, and past it, the window catalog's
  // least cost is S's least step cost (every offer paying freely), which `least` already bounds, so
  // no search is run for it (it would be the set's own search again).
  const longest = withinWeeks(index, input.cone, prices);
  let search: WindowSearch | undefined;
  for (let k = 1; ; k++) {
    const weeks = k * offer.periodWeeks!;
    if (billing(k) >= total - EPS || weeks >= longest || input.now() > input.stopAt)
      return { bound: Math.min(bound, billing(k)), sets };
    search ??= windowSearch(input, prices);
    const found = search(weeks, total - periods(k));
    if (found.plan.set.length > 0) sets.push(found.plan);
    const b = periods(k) + Math.max(least, found.bound);
    bound = Math.min(bound, b);
    // This k leaves the best plan unproven: later ones cannot raise the least over k.
    if (b < total - EPS) return { bound: Math.min(bound, billing(k + 1)), sets };
  }
}

/**
 * The search of one window catalog: for a span of `weeks`, a proven lower bound on the least cost of
 * its plans holding the target by then (pruned above `cap`), and the least such plan found (an empty
 * set when none was).
 */
type WindowSearch = (weeks: number, cap: number) => { bound: number; plan: WindowPlan };

/**
 * @param input - the set, its periodic offer and the workspace
 * @param prices - the prices outside and within o's span
 * @returns the search of the window catalog of S and o
 */
function windowSearch(input: WindowBoundInput, prices: WindowPrices): WindowSearch {
  const { ws, cone } = input;
  const index = ws.index;
  const window = windowCatalog({ index, cone, isHeld: (c) => ws.isHeld(c), ...prices });
  const compact = compileIndex(window.catalog);
  const wws = new Workspace(compact);
  wws.setHeld(window.held.map((id) => compact.idOf.get(id)!));
  const order = wws.cone(compact.idOf.get(window.idOf(cone[cone.length - 1]!))!);
  const excluded = new Uint8Array(order.length);
  for (const c of input.exclude) {
    if (ws.isHeld(c)) continue;
    for (const id of [window.idOf(c), ...window.copiesOf(c)]) {
      const at = compact.idOf.get(id);
      const l = at === undefined ? -1 : wws.local(at);
      if (l >= 0) excluded[l] = 1;
    }
  }
  return (weeks, cap) => {
    const found = cheapestByDeadline({
      ws: wws,
      order,
      excluded,
      deadline: weeks,
      stopAt: input.stopAt,
      now: input.now,
      cap,
    });
    // Each credential once, whichever of its copies or its choice the plan took.
    const set = [...new Set(found.set.map((w) => window.origins[w]!))];
    const within = found.set.filter((w) => window.within[w] === 1).map((w) => window.origins[w]!);
    return { bound: found.bound, plan: { set, within } };
  };
}
