/**
 * The schedule of an OR chain (or-chain.ts), built straight from the chain: its steps are the
 * chain from the bottom up, each starting the week its requirement is met (its earliest, which the
 * chain attains) and ending `durationWeeks` later. It is the schedule `scheduleSteps` gives the same
 * set (steps by start week, ties prerequisites first; `satisfies` the chosen credentials whose
 * requirement names the step), without its passes over the cone, its sort and its per-step arrays:
 * the steps built are only those of the plan returned.
 */
import type { Workspace } from '../compile/workspace.js';
import type { PlanStep } from '../plan-types.js';
import type { Schedule } from '../schedule/schedule-steps.js';

/**
 * @param ws - workspace with the query's held set and cone (`ws.at` is rewritten as `scheduleSteps`
 *   leaves it: chosen credentials at their end week, the rest of the cone at Infinity)
 * @param order - the cone in post-order (target last), in its first `m` entries
 * @param m - the cone's size
 * @param chain - the chain's local indices, target first
 * @param ready - the week each local index's requirement is met
 * @returns the earliest-start schedule of the chain
 * @throws Error when some chain step's requirement is never met (an internal fault)
 */
export function chainSchedule(
  ws: Workspace,
  order: Int32Array,
  m: number,
  chain: readonly number[],
  ready: Float64Array,
): Schedule {
  const index = ws.index;
  const { ids, cost, duration, depStart, deps } = index;
  const at = ws.at;
  const k = chain.length;
  if (position.length < m) position = new Int32Array(2 * m);
  if (mark.length < m) mark = new Uint32Array(2 * m);
  if (++generation === 0xffffffff) {
    mark.fill(0);
    generation = 1;
  }
  for (let l = 0; l < m; l++) at[order[l]!] = Infinity;
  const steps: PlanStep[] = new Array<PlanStep>(k);
  let totalCost = 0;
  for (let i = 0; i < k; i++) {
    const l = chain[k - 1 - i]!;
    const c = order[l]!;
    const start = ready[l]!;
    if (start === Infinity)
      throw new Error(`internal: chosen step "${ids[c]}" has an unmet requirement`);
    at[c] = start + duration[c]!;
    totalCost += cost[c]!;
    mark[l] = generation;
    position[l] = i;
    steps[i] = {
      credential: ids[c]!,
      cost: cost[c]!,
      startWeek: start,
      endWeek: at[c]!,
      satisfies: UNNAMED,
    };
  }
  // satisfies: for each step, the steps whose requirement names it. Most steps are named by one
  // step: a list of one is made at once (a list grown by push takes room for 17).
  for (let i = 0; i < k; i++) {
    const d = order[chain[k - 1 - i]!]!;
    for (let j = depStart[d]!; j < depStart[d + 1]!; j++) {
      const x = deps[j]!;
      if (ws.isHeld(x)) continue;
      const l = ws.local(x);
      if (l < 0 || mark[l] !== generation) continue;
      const step = steps[position[l]!]!;
      if (step.satisfies === UNNAMED) step.satisfies = [ids[d]!];
      else step.satisfies.push(ids[d]!);
    }
  }
  for (let i = 0; i < k; i++) {
    const step = steps[i]!;
    if (step.satisfies === UNNAMED) step.satisfies = [];
    else if (step.satisfies.length > 1) step.satisfies.sort();
  }
  return (fresh = { steps, totalCost, totalWeeks: at[order[m - 1]!]! });
}

/**
 * @param schedule - a schedule about to be dressed as a plan's (plan-steps.ts's shapePlan)
 * @returns whether it is the last schedule built here, not asked about before: its steps are then
 *   made for it alone and referenced by nothing else, so the dressing may complete them in place
 *   rather than copy them (a second set of step objects per plan was a third of a query's garbage)
 */
export function takeFreshSchedule(schedule: Schedule): boolean {
  if (schedule !== fresh) return false;
  fresh = undefined;
  return true;
}

/** The schedule last built, until `takeFreshSchedule` is asked about it. */
let fresh: Schedule | undefined;

/** A step's `satisfies` until a step is found naming it (never left in a step returned). */
const UNNAMED: string[] = [];

/** Scratch by local index, kept across queries: a step's position, and a stamp saying it is one. */
let position = new Int32Array(1024);
let mark = new Uint32Array(1024);
let generation = 0;
