/**
 * What the weekly-hours schedulers share about a chosen set: its steps in the cone's topological
 * order with their chosen prerequisites and dependents, and turning start and end weeks into a
 * Schedule (steps by start week; ties in a given order, so a zero-week prerequisite is listed before
 * the step it enables).
 */
import type { Workspace } from '../compile/workspace.js';
import { stepsByStart, type Schedule } from '../schedule/schedule-steps.js';

/** A chosen set as steps 0..k-1 (topological: prerequisites first). */
export interface ChosenSteps {
  /** Cone-local index of each step, ascending. */
  locals: Int32Array;
  /** Credential int of each step. */
  credential: Int32Array;
  /** The chosen steps each step's requirement names. */
  prereqs: number[][];
  /** The chosen steps whose requirement names each step. */
  dependents: number[][];
}

/**
 * @param ws - workspace with the query's held set and cone
 * @param order - the cone in post-order (target last)
 * @param set - credential ints to earn, all in the cone, target included
 * @returns the set as steps
 */
export function chosenSteps(ws: Workspace, order: Int32Array, set: readonly number[]): ChosenSteps {
  const index = ws.index;
  const k = set.length;
  const locals = new Int32Array(k);
  for (let i = 0; i < k; i++) locals[i] = ws.local(set[i]!);
  locals.sort();
  const stepOf = new Map<number, number>();
  for (let i = 0; i < k; i++) stepOf.set(locals[i]!, i);
  const credential = Int32Array.from(locals, (l) => order[l]!);
  const prereqs: number[][] = [];
  const dependents: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < k; i++) {
    const d = credential[i]!;
    const mine: number[] = [];
    for (let j = index.depStart[d]!; j < index.depStart[d + 1]!; j++) {
      const x = index.deps[j]!;
      const p = ws.isHeld(x) ? undefined : stepOf.get(ws.local(x));
      if (p !== undefined) {
        mine.push(p);
        dependents[p]!.push(i);
      }
    }
    prereqs.push(mine);
  }
  return { locals, credential, prereqs, dependents };
}

/**
 * @param ws - the workspace (for ids and costs)
 * @param chosen - the steps
 * @param start - start week per step
 * @param end - end week per step
 * @param tie - order among equal starts (lower first; default: the step's position, topological)
 * @returns the schedule; totalWeeks is the last step's (the target's) end
 */
export function toSchedule(
  ws: Workspace,
  chosen: ChosenSteps,
  start: Float64Array,
  end: Float64Array,
  tie?: ArrayLike<number>,
): Schedule {
  const { ids } = ws.index;
  const satisfies = chosen.dependents.map((ds) => ds.map((d) => ids[chosen.credential[d]!]!));
  const k = chosen.credential.length;
  return stepsByStart(
    ws.index,
    chosen.credential,
    start,
    end,
    satisfies,
    k > 0 ? end[k - 1]! : 0,
    tie,
  );
}

/** The schedule of no plan within the calendar: some step has no start day left. */
export const NO_SCHEDULE: Schedule = Object.freeze({
  steps: [],
  totalCost: Infinity,
  totalWeeks: Infinity,
}) as Schedule;
