/**
 * The set bound of fastest under a weekly-hours budget: a lower bound on the week the target can be
 * held that holds over every set of credentials at once, instead of minimising each ingredient over
 * sets separately. For a set S let CP(S) be its critical path with every step at its fewest weeks, and
 * g(S) = (E(S) − e_t) / H + w_t (its other steps' effort at H a week, then the target's fewest weeks
 * w_t; see hours-bound.ts for why both hold for S's every schedule). Every plan takes at least
 * min over S of max(CP(S), g(S)). "Some S has CP(S) ≤ D and E(S) ≤ (D − w_t) H + e_t" is monotone in D,
 * and deciding it is the exact deadline search (constrained/cheapest-by-deadline.ts) on the effort
 * view (effort-view.ts) with a cap. The search also runs with H as its energy rate (deadline-dp.ts):
 * no credential can be held by its deadline when its prerequisites' least effort is more than H times
 * its latest start, so the bound is also at least, over the set's credentials v, the hours that must
 * be done before v starts over H plus v's stretched chain to the target. Proven "no" at D makes D a lower bound; a "yes" returns a set S
 * with max(CP(S), g(S)) ≤ D, a candidate to schedule, and the search next asks just below that
 * value, else bisects. It stops when the bound meets the best schedule, after MAX_PROBES, or at the
 * time budget: whatever was proven stays proven.
 */
import type { Workspace } from '../compile/workspace.js';
import { cheapestByDeadline } from '../constrained/cheapest-by-deadline.js';
import { earliestPass } from '../schedule/earliest-pass.js';
import { before, slack } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';

/** The most deadline searches one query makes. */
const MAX_PROBES = 24;

/** What the set-bound search needs. */
export interface SetBoundSearch {
  /** Scratch over the effort view for the query's budget, its held set already set. */
  view: Workspace;
  /** The target's credential int. */
  target: number;
  /** Credential ints that may not be earned. */
  banned: ReadonlySet<number>;
  model: HoursModel;
  /** A proven lower bound to start from. */
  floor: number;
  /** The best schedule's week so far (the search stops when the bound meets it). */
  best: () => number;
  /** A candidate set found on the way: scheduled by the caller, which may lower `best`. */
  offer: (set: readonly number[]) => void;
  stopAt: number;
  now: () => number;
}

/**
 * @param search - the view, target, bans, bounds and callbacks
 * @returns a proven lower bound on the target's week (at least `floor`)
 */
export function setBound(search: SetBoundSearch): number {
  const { view, target, model, now } = search;
  const hours = model.hours;
  const order = view.cone(target);
  const m = order.length;
  const excluded = new Uint8Array(m);
  for (let l = 0; l < m; l++) if (search.banned.has(order[l]!)) excluded[l] = 1;
  const wt = model.shortest(target);
  const et = model.tables.effort[target]!;
  const allowed = (d: number): number => (d - wt) * hours + et;
  const scratch = new Float64Array(m);
  // A set's own value max(CP(S), g(S)).
  const value = (set: readonly number[]): number => {
    const inSet = new Uint8Array(m);
    let effort = 0;
    for (const c of set) {
      inSet[view.local(c)] = 1;
      effort += model.tables.effort[c]!;
    }
    earliestPass(view, order, scratch, (l) => inSet[l] === 0);
    return Math.max(scratch[m - 1]!, (effort - et) / hours + wt);
  };
  // undefined: proven that no set reaches D; else the set found (empty when only not disproven).
  const probe = (d: number): number[] | undefined => {
    if (d < wt) return undefined;
    const r = cheapestByDeadline({
      ws: view,
      order,
      excluded,
      deadline: d,
      stopAt: search.stopAt,
      cap: allowed(d),
      energy: hours,
      now,
    });
    if (r.cost <= allowed(d)) return r.set;
    return r.bound > allowed(d) ? undefined : [];
  };
  let lo = search.floor;
  let hi = search.best();
  for (
    let probes = 0;
    probes < MAX_PROBES && before(lo, search.best()) && now() < search.stopAt;
    probes++
  ) {
    hi = Math.min(hi, search.best());
    // Just below the best known value first: a "no" there closes the gap at once.
    const d = probes % 2 === 0 ? slack(slack(hi)) : (lo + hi) / 2;
    if (!before(lo, d)) break;
    const found = probe(d);
    if (found === undefined) {
      // Nothing reaches just below the best value: the bound is that value, up to the tolerance.
      lo = probes % 2 === 0 ? hi : d;
      continue;
    }
    if (found.length === 0) {
      hi = d;
      continue;
    }
    search.offer(found);
    hi = Math.min(d, value(found));
  }
  return lo;
}
