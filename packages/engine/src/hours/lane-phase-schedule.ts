/**
 * The lane phase schedule of a chosen set under a weekly-hours budget: the phase schedule of
 * phase-schedule.ts, extended to fixed steps, start days and free steps, so that fixed courses do
 * not leave the hours beside them idle.
 * - Phases follow a layering of the steps' precedence, as there. A phase starts when the one before
 *   it ends, and every step in it ends by the phase's end.
 * - A rigid step (fixed pace, no effort, or with start days) starts on its first start day in the
 *   phase and runs its own weeks at its own load ℓ (a self-paced one with start days: its fewest
 *   weeks at its highest load). It holds a lane of height ℓ for the whole phase: before it and after
 *   it, self-paced steps run one after another at load ℓ. A self-paced step can run at ℓ when ℓ is at
 *   most its highest load; it then takes effort / ℓ weeks, at least its fewest.
 * - The phase's other self-paced steps run side by side for the whole phase, at effort / length each,
 *   in the hours the lanes leave of H.
 * - A phase's length is the least (bisected) at which first-fit decreasing places all its steps, lanes
 *   first. The phase wastes no hours when its lanes are full and the side-by-side steps use the rest.
 * - Free steps (self-paced, no start days, relying on no other chosen step) may go in any phase before
 *   their first dependent's. Each phase, once sized, takes the free steps that fit in what it leaves
 *   (those due soonest first, larger first); a free step that found no room goes in the last phase it
 *   may.
 * Like every schedule of the portfolio it is only a candidate: the planner claims optimality only when
 * a schedule meets a proven bound (search-hours-sets.ts).
 */
import type { Workspace } from '../compile/workspace.js';
import type { Schedule } from '../schedule/schedule-steps.js';
import { within } from '../numeric/tolerance.js';
import type { HoursModel } from './hours-model.js';
import { chosenSteps, toSchedule } from './chosen-steps.js';
import { phaseLevels } from './phase-schedule.js';
import type { Layering } from './schedule-rules.js';

/** Bisection steps for a phase's length (relative precision far below the engine's tolerance). */
const BISECTIONS = 64;

/** A rigid step of a phase: waits `wait` weeks from the phase's start, then runs `weeks` at `load`. */
interface Rigid {
  step: number;
  wait: number;
  weeks: number;
  load: number;
}

/** A self-paced step: its effort, fewest weeks and highest load. */
interface Fluid {
  step: number;
  effort: number;
  weeks: number;
  highest: number;
}

/**
 * The bins of one phase at one length: for rigid step r, the lane before it (bin 2r) and after it
 * (bin 2r + 1), each `load_r` high; the last bin is the side-by-side room, H − Σ load high.
 */
class PhaseBins {
  readonly room: Float64Array;
  /** Per fluid step placed: its bin. */
  readonly bin = new Map<number, number>();
  private readonly side: number;

  constructor(
    readonly rigid: readonly Rigid[],
    readonly length: number,
    hours: number,
  ) {
    const n = rigid.length;
    this.side = 2 * n;
    this.room = new Float64Array(2 * n + 1);
    let load = 0;
    for (let r = 0; r < n; r++) {
      const g = rigid[r]!;
      load += g.load;
      this.room[2 * r] = g.load * g.wait;
      this.room[2 * r + 1] = g.load * (length - g.wait - g.weeks);
    }
    this.room[this.side] = Math.max(0, hours - load) * length;
  }

  /** Places f in the fullest lane it fits, else side by side; false when neither has room. */
  place(f: Fluid): boolean {
    let pick = -1;
    for (let b = 0; b < this.side; b++) {
      const load = this.rigid[b >> 1]!.load;
      if (!(load > 0) || !within(load, f.highest) || f.effort > this.room[b]!) continue;
      if (pick < 0 || this.room[b]! < this.room[pick]!) pick = b;
    }
    if (pick < 0 && f.weeks <= this.length && f.effort <= this.room[this.side]!) pick = this.side;
    if (pick < 0) return false;
    this.room[pick] = this.room[pick]! - f.effort;
    this.bin.set(f.step, pick);
    return true;
  }
}

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @param model - the query's hours model (a finite budget)
 * @param layering - ASAP or ALAP phases for the steps that are not free
 * @returns the schedule, or undefined when a phase's rigid loads pass H or a start day is missing
 */
export function lanePhaseSchedule(
  ws: Workspace,
  order: Int32Array,
  set: readonly number[],
  model: HoursModel,
  layering: Layering,
): Schedule | undefined {
  if (model.hours === Infinity) return undefined;
  const chosen = chosenSteps(ws, order, set);
  const { credential } = chosen;
  const k = credential.length;
  const { level, dependents } = phaseLevels(ws, order, chosen, layering);
  const relies = new Uint8Array(k);
  for (let i = 0; i < k; i++) for (const d of dependents[i]!) relies[d] = 1;
  const isRigid = (i: number): boolean =>
    !model.malleable(credential[i]!) || model.hasStarts(credential[i]!);
  // A free step's last allowed phase: just before its first relied dependent's.
  const due = new Int32Array(k).fill(-1);
  let phases = 0;
  for (let i = 0; i < k; i++) phases = Math.max(phases, level[i]! + 1);
  const members: number[][] = Array.from({ length: phases }, () => []);
  for (let i = 0; i < k; i++) {
    if (i < k - 1 && relies[i] === 0 && !isRigid(i) && dependents[i]!.length > 0) {
      let first = Infinity;
      for (const d of dependents[i]!) first = Math.min(first, level[d]!);
      due[i] = first - 1;
    } else members[level[i]!]!.push(i);
  }
  const fluidOf = (i: number): Fluid => {
    const c = credential[i]!;
    return {
      step: i,
      effort: model.tables.effort[c]!,
      weeks: model.shortest(c),
      highest: model.highest(c),
    };
  };
  const free = [...due.keys()]
    .filter((i) => due[i]! >= 0)
    .map(fluidOf)
    .sort((a, b) => due[a.step]! - due[b.step]! || b.effort - a.effort);
  const placed = new Uint8Array(k);

  const start = new Float64Array(k);
  const end = new Float64Array(k);
  let phaseStart = 0;
  // One sub-phase: its rigid steps, the fluid steps it must take, then fillers while they fit.
  const subPhase = (rigidSteps: readonly number[], forced: Fluid[], fillers: Fluid[]): boolean => {
    const rigid: Rigid[] = [];
    for (const i of rigidSteps) {
      const r = rigidAt(model, credential[i]!, i, phaseStart);
      if (r === undefined) return false;
      rigid.push(r);
    }
    forced.sort((a, b) => b.effort - a.effort);
    const bins = shortestPhase(rigid, forced, model.hours);
    if (bins === undefined) return false;
    const fluid = [...forced];
    for (const f of forced) placed[f.step] = 1;
    for (const f of fillers)
      if (placed[f.step] === 0 && bins.place(f)) {
        placed[f.step] = 1;
        fluid.push(f);
      }
    arrange(bins, fluid, phaseStart, start, end);
    phaseStart += bins.length;
    return true;
  };
  for (let j = 0; j < phases; j++) {
    const own = members[j]!;
    for (const f of free) if (due[f.step] === j && placed[f.step] === 0) own.push(f.step);
    const ownFluid = own.filter((i) => !isRigid(i)).map(fluidOf);
    ownFluid.sort((a, b) => b.effort - a.effort);
    // The phase's own fluid steps first, then free steps due soonest.
    const fillers = [...ownFluid, ...free.filter((f) => due[f.step]! > j)];
    const unplaced = (): Fluid[] => ownFluid.filter((f) => placed[f.step] === 0);
    const groups = rigidGroups(model, credential, own.filter(isRigid));
    // Every group but the last takes fillers at its own length; the last must take what is left.
    for (let g = 0; g < groups.length - 1; g++)
      if (!subPhase(groups[g]!, [], fillers)) return undefined;
    const last = groups.length > 0 ? groups[groups.length - 1]! : [];
    if (subPhase(last, unplaced(), fillers)) continue;
    // The last group's lanes cannot take what is left (its loads fill H): a fluid sub-phase after it.
    if (last.length === 0 || !subPhase(last, [], fillers) || !subPhase([], unplaced(), fillers))
      return undefined;
  }
  const at = ws.at;
  for (let i = 0; i < k; i++) at[credential[i]!] = end[i]!;
  return toSchedule(ws, chosen, start, end);
}

/**
 * The rigid steps of a phase cut into groups whose loads fit H together (first-fit decreasing by
 * load), each group a sub-phase of its own, in sequence: the phase's steps do not rely on each other.
 * @returns the groups (none for no rigid step)
 */
function rigidGroups(
  model: HoursModel,
  credential: Int32Array,
  steps: readonly number[],
): number[][] {
  const loadOf = (i: number): number => model.highest(credential[i]!);
  const sorted = [...steps].sort((a, b) => loadOf(b) - loadOf(a));
  const groups: number[][] = [];
  const used: number[] = [];
  for (const i of sorted) {
    const g = used.findIndex((u) => within(u + loadOf(i), model.hours));
    if (g < 0) {
      groups.push([i]);
      used.push(loadOf(i));
    } else {
      groups[g]!.push(i);
      used[g] = used[g]! + loadOf(i);
    }
  }
  return groups;
}

/**
 * Rigid step i (credential c) in a phase starting at `phaseStart`: its fewest weeks at its highest
 * load (a fixed step's own weeks and load); undefined: no start day left.
 */
function rigidAt(model: HoursModel, c: number, i: number, phaseStart: number): Rigid | undefined {
  const first = model.next(c, phaseStart);
  if (first === Infinity) return undefined;
  return { step: i, wait: first - phaseStart, weeks: model.shortest(c), load: model.highest(c) };
}

/**
 * @returns the phase's bins at the least length at which first-fit decreasing places every fluid
 *   step (bisected; `fluid` sorted by effort, largest first), or undefined when the rigid loads pass
 *   H or no length up to 2^40 times the lower bound places them
 */
function shortestPhase(
  rigid: readonly Rigid[],
  fluid: readonly Fluid[],
  hours: number,
): PhaseBins | undefined {
  let rigidLoad = 0;
  let energy = 0;
  let lo = 0;
  for (const r of rigid) {
    rigidLoad += r.load;
    energy += r.load * r.weeks;
    lo = Math.max(lo, r.wait + r.weeks);
  }
  if (!within(rigidLoad, hours)) return undefined;
  for (const f of fluid) energy += f.effort;
  lo = Math.max(lo, energy / hours);
  const fits = (length: number): PhaseBins | undefined => {
    const bins = new PhaseBins(rigid, length, hours);
    for (const f of fluid) if (!bins.place(f)) return undefined;
    return bins;
  };
  const exact = fits(lo);
  if (exact !== undefined) return exact;
  let hi = Math.max(lo, 1);
  let best: PhaseBins | undefined;
  for (let doubling = 0; doubling < 40 && best === undefined; doubling++) {
    hi *= 2;
    best = fits(hi);
  }
  if (best === undefined) return undefined;
  for (let b = 0; b < BISECTIONS; b++) {
    const mid = (lo + hi) / 2;
    if (!(lo < mid && mid < hi)) break;
    const bins = fits(mid);
    if (bins === undefined) lo = mid;
    else {
      hi = mid;
      best = bins;
    }
  }
  return best;
}

/** Writes the weeks of a sized phase's steps: lanes in sequence at their height, the rest side by side. */
function arrange(
  bins: PhaseBins,
  fluid: readonly Fluid[],
  phaseStart: number,
  start: Float64Array,
  end: Float64Array,
): void {
  const { rigid, length } = bins;
  // Where each lane's next step starts: before rigid r from the phase's start, after it from its end.
  const next = new Float64Array(2 * rigid.length);
  rigid.forEach((r, n) => {
    start[r.step] = phaseStart + r.wait;
    end[r.step] = start[r.step]! + r.weeks;
    next[2 * n] = phaseStart;
    next[2 * n + 1] = end[r.step]!;
  });
  for (const f of fluid) {
    const b = bins.bin.get(f.step)!;
    if (b === 2 * rigid.length) {
      start[f.step] = phaseStart;
      end[f.step] = phaseStart + length;
    } else {
      start[f.step] = next[b]!;
      end[f.step] = next[b]! + f.effort / rigid[b >> 1]!.load;
      next[b] = end[f.step]!;
    }
  }
}
