/**
 * The schedule of a chosen set (plan-v1 "The plan"): each credential starts as soon as its requirement
 * is met by holdings (week 0) and the end weeks of the other chosen steps, ends `durationWeeks` later;
 * steps ordered by start week (ties: prerequisites first); `satisfies` names the chosen credentials whose requirement names it.
 */
import type { Workspace } from '../compile/workspace.js';
import { requirementTime } from '../compile/requirement-time.js';
import type { PlanStep } from '../plan-types.js';

/** Steps and totals of a scheduled set. */
export interface Schedule {
  steps: PlanStep[];
  totalCost: number;
  totalWeeks: number;
}

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @returns the earliest-start schedule
 * @throws Error when some chosen step's requirement is never met (an internal fault)
 */
export function scheduleSteps(ws: Workspace, order: Int32Array, set: readonly number[]): Schedule {
  const index = ws.index;
  const m = order.length;
  const chosen = new Uint8Array(m);
  for (const c of set) chosen[ws.local(c)] = 1;
  const end = new Float64Array(m).fill(Infinity);
  const start = new Float64Array(m);
  const timeOf = (x: number): number => {
    if (ws.isHeld(x)) return 0;
    const l = ws.local(x);
    return l >= 0 && chosen[l] ? end[l]! : Infinity;
  };
  for (let l = 0; l < m; l++) {
    if (!chosen[l]) continue;
    const c = order[l]!;
    start[l] = requirementTime(index, index.req[c]!, timeOf);
    if (start[l] === Infinity) {
      throw new Error(`internal: chosen step "${index.ids[c]}" has an unmet requirement`);
    }
    end[l] = start[l]! + index.duration[c]!;
  }
  const satisfies = new Map<number, string[]>();
  for (const d of set) {
    for (let j = index.depStart[d]!; j < index.depStart[d + 1]!; j++) {
      const x = index.deps[j]!;
      const l = ws.local(x);
      if (l >= 0 && chosen[l]) {
        const list = satisfies.get(x) ?? [];
        list.push(index.ids[d]!);
        satisfies.set(x, list);
      }
    }
  }
  // Ordered by start week; ties in the cone's topological order, so a zero-week prerequisite is
  // listed before the step it enables ("met by the endWeek of earlier steps").
  const locals = set.map((c) => ws.local(c)).sort((a, b) => start[a]! - start[b]! || a - b);
  const steps: PlanStep[] = locals.map((l) => {
    const c = order[l]!;
    return {
      credential: index.ids[c]!,
      cost: index.cost[c]!,
      startWeek: start[l]!,
      endWeek: end[l]!,
      satisfies: (satisfies.get(c) ?? []).sort(),
    };
  });
  let totalCost = 0;
  for (const s of steps) totalCost += s.cost;
  return { steps, totalCost, totalWeeks: end[m - 1]! };
}
