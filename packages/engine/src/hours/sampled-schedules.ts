/**
 * Biased random sampling of list schedules for one chosen set under a weekly-hours budget (the
 * multi-pass sampling of resource-constrained project scheduling): the list scheduler runs again with
 * its `tail` and `earliest` priority keys each lowered by a random share of their spread, under both
 * placements, and the earliest-ending schedule is kept (each improvement double-justified). It stops
 * as soon as a schedule meets the proven lower bound (the plan is then optimal), after MAX_ROUNDS
 * rounds, or at the time budget. Seeded, so the same rounds give the same schedules; but a round cut
 * short by the time budget depends on the machine's load, so an unproven plan can differ between runs
 * (a proven one cannot: its finish equals the bound). Only a schedule is searched here: the bound
 * that an optimality claim rests on comes from hours-bound.ts and set-bound-search.ts.
 */
import type { Workspace } from '../compile/workspace.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { before, within } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';
import { hoursSchedule } from './hours-schedule.js';
import { justifySchedule } from './justify-schedule.js';
import { PLACEMENT_RULES, type PriorityRule } from './schedule-rules.js';
import { mulberry32 } from '../numeric/mulberry32.js';

/** The most sampling rounds for one set (each round: two rules × two placements). */
const MAX_ROUNDS = 24;

/** The priority rules sampled. */
const SAMPLED: readonly PriorityRule[] = ['tail', 'earliest'];

/** What sampling needs besides the set. */
export interface ScheduleSampling {
  ws: Workspace;
  /** The cone in post-order (target last). */
  order: Int32Array;
  model: HoursModel;
  /** The proven lower bound: sampling stops when a schedule meets it. */
  bound: number;
  /** Wall-clock instant (ms, on `now`) past which no round starts. */
  stopAt: number;
  now: () => number;
}

/**
 * @param sampling - workspace, cone, model, bound and clock
 * @param set - credential ints to earn, all in the cone, target included
 * @param best - the best schedule of the set found so far
 * @returns the earliest-ending schedule among `best` and the samples
 */
export function sampledSchedule(
  sampling: ScheduleSampling,
  set: readonly number[],
  best: Schedule,
): Schedule {
  const { ws, order, model, bound, stopAt, now } = sampling;
  if (model.hours === Infinity) return best;
  const random = mulberry32(set.length * 7919 + Math.round(bound * 1000));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (within(best.totalWeeks, bound) || now() > stopAt) break;
    // Early rounds stay close to the rules; later ones wander further.
    const share = 0.1 + (0.9 * round) / MAX_ROUNDS;
    const perturb = (keys: Float64Array): void => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const k of keys) {
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
      }
      const spread = (hi - lo || 1) * share;
      for (let i = 0; i < keys.length; i++) keys[i] = keys[i]! - spread * random();
    };
    for (const rule of SAMPLED)
      for (const placement of PLACEMENT_RULES) {
        const s = hoursSchedule(ws, order, set, model, rule, placement, perturb);
        if (before(s.totalWeeks, best.totalWeeks)) best = justifySchedule(ws, order, set, model, s);
      }
  }
  return best;
}
