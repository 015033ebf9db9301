/**
 * The level (phase) schedule of a chosen set under a weekly-hours budget: the steps are cut into
 * phases by a layering of their precedence (ASAP: one more than the latest chosen prerequisite;
 * ALAP: as late as the chosen dependents allow), and each phase runs all its steps side by side,
 * starting together when the previous phase ends. A fixed step (or one without effort) runs its own
 * weeks at its own load from the phase's start; every self-paced step with effort spans the whole
 * phase at effort / length, so the phase lasts
 *   max(longest durationWeeks in it, self effort / (H − the fixed steps' loads)).
 * Why this is the right shape for self-paced work (the proof the optimality claims lean on): with one
 * shared budget H, running two independent self-paced steps one after the other at full H takes
 * (e₁ + e₂) / H, and so does running them side by side at shares h₁ + h₂ = H over the same span; so
 * a phase of mutually independent self-paced steps of total effort E needs exactly
 * max(max dᵢ, E / H) weeks, and no schedule does better on them (each runs ≥ dᵢ; E hours take ≥ E / H
 * at H a week). Concatenating phases along the layering is valid (every prerequisite ends in an
 * earlier phase) and meets the effort bound Σ E_k / H whenever every phase is effort-bound, and the
 * critical path whenever every phase is duration-bound along it; the planner claims optimality only
 * when a schedule meets its proven lower bound, never from this construction alone.
 * Sets with `starts` days are left to list scheduling (undefined here).
 */
import type { Workspace } from '../compile/workspace.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import type { HoursModel } from './hours-model.js';
import { chosenSteps, toSchedule, type ChosenSteps } from './chosen-steps.js';
import type { Layering } from './schedule-rules.js';
import { chooseRequirement, foldRequirement } from '../requirement/requirement-fold.js';
import { before } from '../numeric/tolerance.js';

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param model - the query's hours model (a finite budget)
 * @param layering - ASAP or ALAP phases
 * @returns the schedule, or undefined when some step has start days or a phase's fixed loads pass H
 */
export function phaseSchedule(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  model: HoursModel,
  layering: Layering,
): Schedule | undefined {
  const chosen = chosenSteps(ws, order, set);
  const { credential } = chosen;
  const k = credential.length;
  for (let i = 0; i < k; i++) if (model.hasStarts(credential[i]!)) return undefined;
  const { level } = phaseLevels(ws, order, chosen, layering);
  let phases = 0;
  for (let i = 0; i < k; i++) phases = Math.max(phases, level[i]! + 1);
  const longest = new Float64Array(phases);
  const fixedLoad = new Float64Array(phases);
  const selfEffort = new Float64Array(phases);
  for (let i = 0; i < k; i++) {
    const c = credential[i]!;
    const p = model.pace(c);
    const l = level[i]!;
    longest[l] = Math.max(longest[l]!, p.duration);
    if (model.malleable(c)) selfEffort[l] = selfEffort[l]! + p.effort;
    else if (p.effort > 0 && p.duration > 0) fixedLoad[l] = fixedLoad[l]! + p.effort / p.duration;
  }
  const phaseStart = new Float64Array(phases + 1);
  for (let l = 0; l < phases; l++) {
    const free = model.hours - fixedLoad[l]!;
    if (before(free, 0) || (selfEffort[l]! > 0 && !before(0, free))) return undefined;
    const span = selfEffort[l]! > 0 ? Math.max(longest[l]!, selfEffort[l]! / free) : longest[l]!;
    phaseStart[l + 1] = phaseStart[l]! + span;
  }
  const start = new Float64Array(k);
  const end = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const c = credential[i]!;
    const l = level[i]!;
    start[i] = phaseStart[l]!;
    end[i] = model.malleable(c) ? phaseStart[l + 1]! : start[i]! + model.pace(c).duration;
  }
  const at = ws.at;
  for (let i = 0; i < k; i++) at[credential[i]!] = end[i]!;
  return toSchedule(ws, chosen, start, end);
}

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param chosen - the chosen set's steps
 * @param layering - ASAP or ALAP
 * @returns each step's phase under the layering, and per step the chosen steps that rely on it
 */
export function phaseLevels(
  ws: Workspace,
  order: Int32Array,
  chosen: ChosenSteps,
  layering: Layering,
): { level: Int32Array; dependents: number[][] } {
  const relied = reliedLevels(ws, order, chosen);
  if (layering === 'asap') return relied;
  const { level, dependents } = relied;
  const k = level.length;
  const depth = new Int32Array(k);
  let most = 0;
  for (let i = k - 1; i >= 0; i--) {
    for (const d of dependents[i]!) depth[i] = Math.max(depth[i]!, depth[d]! + 1);
    most = Math.max(most, depth[i]!);
  }
  for (let i = 0; i < k; i++) level[i] = most - depth[i]!;
  return relied;
}

/**
 * ASAP levels by the requirement's own semantics (held credentials at level −1, so "met at 0"; an
 * `any` waits for its earliest chosen child, not all of them), and the chosen prerequisites each step
 * relies on under those levels (the argmin choice), reversed as dependents for ALAP.
 */
function reliedLevels(
  ws: Workspace,
  order: Int32Array,
  chosen: ChosenSteps,
): { level: Int32Array; dependents: number[][] } {
  const index = ws.index;
  const { credential } = chosen;
  const k = credential.length;
  const at = ws.at;
  for (let l = 0; l < order.length; l++) at[order[l]!] = Infinity;
  const stepOf = new Map<number, number>();
  const level = new Int32Array(k);
  const dependents: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < k; i++) {
    const c = credential[i]!;
    stepOf.set(c, i);
    const met = foldRequirement(index, index.req[c]!, ws.weeks);
    level[i] = met;
    at[c] = met + 1;
    chooseRequirement(index, index.req[c]!, ws.weeks, (x) => {
      const p = stepOf.get(x);
      if (p !== undefined && !ws.isHeld(x)) dependents[p]!.push(i);
    });
  }
  return { level, dependents };
}
