/**
 * Double justification of a schedule under a weekly-hours budget (the forward-backward improvement of
 * resource-constrained project scheduling): a right pass moves every step, latest-ending first, as
 * late as its chosen dependents' starts and the budget allow (the target stays), then a left pass
 * moves every step, earliest-starting first, as early as its requirement, its start days and the
 * budget allow (a self-paced step at the start and load that end it earliest). Neither pass makes any
 * step end later, so the target never ends later; gaps a list schedule leaves close up. Repeated while
 * the target's week improves, at most ROUNDS times. Steps with start days keep their place in the
 * right pass (a later start day would have to be searched for), and move in the left pass.
 */
import type { Workspace } from '../compile/workspace.js';
import { foldRequirement } from '../requirement/requirement-fold.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { before } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';
import { LoadProfile } from './load-profile.js';
import { chosenSteps, toSchedule } from './chosen-steps.js';

/** The most right-then-left rounds. */
const ROUNDS = 3;

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param model - the query's hours model (a finite budget)
 * @param schedule - a valid schedule of exactly that set
 * @returns a schedule of the set ending no later (the input itself when nothing improved)
 */
export function justifySchedule(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  model: HoursModel,
  schedule: Schedule,
): Schedule {
  if (model.hours === Infinity || schedule.totalWeeks === Infinity) return schedule;
  const index = ws.index;
  const chosen = chosenSteps(ws, order, set);
  const { credential, dependents } = chosen;
  const k = credential.length;
  const stepOf = new Map<number, number>();
  for (let i = 0; i < k; i++) stepOf.set(credential[i]!, i);
  const start = new Float64Array(k);
  const end = new Float64Array(k);
  for (const s of schedule.steps) {
    const i = stepOf.get(index.idOf.get(s.credential)!)!;
    start[i] = s.startWeek;
    end[i] = s.endWeek;
  }
  const effort = model.tables.effort;
  const load = (i: number): number => {
    const weeks = end[i]! - start[i]!;
    return effort[credential[i]!]! > 0 && weeks > 0 ? effort[credential[i]!]! / weeks : 0;
  };
  const profile = new LoadProfile(model.hours);
  for (let i = 0; i < k; i++) profile.add(start[i]!, end[i]! - start[i]!, load(i));
  const steps = Array.from({ length: k }, (_, i) => i);
  const target = k - 1;
  let improved = false;
  for (let round = 0; round < ROUNDS; round++) {
    const before0 = end[target]!;
    // Right: latest end first (ties: dependents, later in topological order, first).
    steps.sort((a, b) => end[b]! - end[a]! || b - a);
    for (const i of steps) {
      if (i === target || model.hasStarts(credential[i]!)) continue;
      let latestEnd = Infinity;
      for (const d of dependents[i]!) latestEnd = Math.min(latestEnd, start[d]!);
      if (latestEnd === Infinity) continue;
      const weeks = end[i]! - start[i]!;
      const r = load(i);
      profile.remove(start[i]!, weeks, r);
      const s = Math.max(start[i]!, profile.latestFit(latestEnd - weeks, weeks, r));
      start[i] = s;
      end[i] = s + weeks;
      profile.add(s, weeks, r);
    }
    // Left: earliest start first (ties: prerequisites, earlier in topological order, first).
    for (let l = 0; l < order.length; l++) ws.at[order[l]!] = Infinity;
    for (let i = 0; i < k; i++) ws.at[credential[i]!] = end[i]!;
    steps.sort((a, b) => start[a]! - start[b]! || a - b);
    for (const i of steps) {
      const c = credential[i]!;
      const weeks = end[i]! - start[i]!;
      const r = load(i);
      profile.remove(start[i]!, weeks, r);
      const ready = foldRequirement(index, index.req[c]!, ws.weeks);
      const next = (t: number): number => model.next(c, t);
      let s = start[i]!;
      let e = end[i]!;
      if (model.malleable(c)) {
        const p = profile.earliestEnd(ready, effort[c]!, model.highest(c), model.shortest(c), next);
        if (p.start < Infinity && before(p.start + p.weeks, e)) {
          s = p.start;
          e = p.start + p.weeks;
        }
      } else {
        const t = profile.earliestFit(ready, weeks, r, next);
        if (before(t, s)) {
          s = t;
          e = t + weeks;
        }
      }
      start[i] = s;
      end[i] = e;
      ws.at[c] = e;
      profile.add(s, e - s, load(i));
    }
    if (!before(end[target]!, before0)) break;
    improved = true;
  }
  if (!improved) return schedule;
  return toSchedule(ws, chosen, start, end);
}
