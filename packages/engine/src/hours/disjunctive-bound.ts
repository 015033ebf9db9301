/**
 * The disjunctive bound of fastest under a weekly-hours budget: a `fixed` step runs at its own load
 * e / d, so two fixed steps whose loads are each over H / 2 can never run at the same moment (their
 * sum is over H). Call them heavy. In a plan whose every step the target's requirement relies on
 * (any other step can be dropped, which is never slower), every heavy step other than the target runs
 * one after another before the target starts, each no earlier than its stretched earliest start
 * (hours-bound.ts, a relaxation over every set). So when every plan earns a heavy step, the target
 * starts no earlier than the least stretched start of any heavy step in the cone plus the least
 * summed durationWeeks of the heavy steps of any plan, and ends its fewest weeks later. That least
 * sum is the cheapest-set search with each heavy step costing its durationWeeks and every other step
 * nothing (proven, or its proven bound when cut short). The energy bounds cannot see this: heavy
 * steps waste what they leave of H, as in a sequence of 11.25-hour courses under 20 hours a week.
 */
import { Workspace } from '../compile/workspace.js';
import { cheapestSet } from '../cheapest/branch-and-bound.js';
import { within } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';

/**
 * @param ws - workspace with the query's held set
 * @param order - the cone in post-order (target last)
 * @param target - the target's credential int (not held)
 * @param held - the query's held credential ints
 * @param banned - credential ints that may not be earned
 * @param stretched - `stretchedEarliest` of this cone (per local index, its earliest end)
 * @param model - the query's hours model (a finite budget)
 * @param budgetMs - time the cheapest-set search may take
 * @param now - the clock (ms)
 * @returns a lower bound on the target's week in any valid plan (0 when the cone has under two heavy
 *   steps, or some plan earns none)
 */
export function disjunctiveBound(
  ws: Workspace,
  order: Int32Array,
  target: number,
  held: readonly number[],
  banned: ReadonlySet<number>,
  stretched: Float64Array,
  model: HoursModel,
  budgetMs: number,
  now: () => number,
): number {
  const index = ws.index;
  const heavy = (c: number): boolean => {
    if (!model.tables.fixed[c] || banned.has(c)) return false;
    const e = model.tables.effort[c]!;
    const d = index.duration[c]!;
    // Each load over H / 2 beyond the tolerance: two of them together are over H for the plan rules.
    return e > 0 && d > 0 && !within((2 * e) / d, model.hours);
  };
  let count = 0;
  let head = Infinity;
  for (let l = 0; l < order.length; l++) {
    const c = order[l]!;
    if (c === target || !heavy(c)) continue;
    count++;
    head = Math.min(head, stretched[l]! - index.duration[c]!);
  }
  if (count < 2 || head === Infinity) return 0;
  const cost = new Float64Array(index.n);
  for (const c of order) if (c !== target && heavy(c)) cost[c] = index.duration[c]!;
  const view = new Workspace({ ...index, cost });
  view.setHeld(held);
  const least = cheapestSet(view, view.cone(target), budgetMs, now);
  const sum = least.optimal ? least.cost : least.bound;
  if (!(sum > 0)) return 0;
  return model.next(target, head + sum) + model.shortest(target);
}
