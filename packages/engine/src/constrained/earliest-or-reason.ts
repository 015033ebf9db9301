/**
 * The first question of every constrained search: the earliest week each cone credential can be
 * held with the exclusions applied, and, when the target cannot be held at all or not by the
 * deadline, why (naming the requirement that cannot be met, and whether what it needs is excluded,
 * retired, or a fixed course too heavy for the weekly hours). Shared by the constrained planner and
 * the frontier sweep.
 */
import type { Workspace } from '../compile/workspace.js';
import { earliestPass } from '../schedule/earliest-pass.js';
import { show, within } from '../numeric/tolerance.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import { unreachableReason } from './infeasible-reason.js';

/** The earliest weeks, and the reason there is no plan when there is none. */
export interface EarliestWeeks {
  /** Per local index, the earliest week it can be held (Infinity: never). */
  earliest: Float64Array;
  /** The target's earliest week. */
  first: number;
  /** Why no plan meets the exclusions and deadline; undefined when some may. */
  reason?: string | undefined;
}

/**
 * @param ws - workspace with the query's held set; its last `cone()` is `order` (`ws.at` is left
 *   holding the earliest weeks, as the reason walk needs)
 * @param q - the resolved query (its target, exclusions, retired credentials and deadline)
 * @param order - the target's cone in post-order
 * @param excluded - per local index, 1 when it may not be earned
 * @returns the earliest weeks and, when no plan can exist, why
 */
export function earliestOrReason(
  ws: Workspace,
  q: ResolvedQuery,
  order: Int32Array,
  excluded: Uint8Array,
): EarliestWeeks {
  const earliest = earliestPass(ws, order, undefined, (l) => excluded[l] === 1);
  const first = earliest[order.length - 1]!;
  let reason: string | undefined;
  if (!(first < Infinity)) {
    const excludedInts = new Set(q.exclude);
    const retiredInts = new Set(q.retired);
    const heavyInts = new Set(q.heavy);
    const heavy = `too heavy for ${show(q.weeklyHours)} hours a week (fixed pace)`;
    reason = unreachableReason(
      ws,
      (c) => {
        if (ws.isHeld(c)) return undefined;
        if (retiredInts.has(c)) return 'retired';
        if (heavyInts.has(c)) return heavy;
        return excludedInts.has(c) ? 'excluded' : undefined;
      },
      q.target,
    );
  } else if (!within(first, q.maxWeeks))
    reason = `"${ws.index.ids[q.target]}" cannot be held before week ${show(first)} > ${show(q.maxWeeks)}`;
  return { earliest, first, reason };
}
