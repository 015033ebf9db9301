/**
 * A learner's weekly load over time as a piecewise-constant profile (sorted breakpoints, the load on
 * each segment up to the next), for list scheduling under a weekly-hours budget, and the two ways a
 * step is placed on it: at a given load (fixed pace, or no effort) at the earliest allowed start that
 * fits, or, self-paced, at the start and constant load that end it earliest. Written by hand: it is
 * interval bookkeeping, smaller than any dependency that would do it.
 */
import { before, within } from '../numeric/tolerance.js';

/** Where a step goes: its start and its length in weeks. */
export interface Placement {
  start: number;
  weeks: number;
}

/** The first allowed start at or after a week (Infinity: none). */
export type NextStart = (ready: number) => number;

/** Load over time, starting empty; only ever adds intervals. */
export class LoadProfile {
  /** Breakpoints, ascending; `load[i]` holds on [at[i], at[i + 1]) (the last up to Infinity). */
  private readonly at: number[] = [0];
  private readonly load: number[] = [0];

  /** @param hours - the weekly-hours budget H (Infinity: none) */
  constructor(private readonly hours: number) {}

  /**
   * The earliest allowed start t ≥ ready at which `perWeek` more hours fit for all of [t, t + weeks).
   * @param ready - the earliest start the requirement allows
   * @param weeks - how long the step runs
   * @param perWeek - its load (at most the budget)
   * @param next - the first allowed start at or after a week
   * @returns the start week (Infinity: none)
   */
  earliestFit(ready: number, weeks: number, perWeek: number, next: NextStart): number {
    let t = next(ready);
    if (!(perWeek > 0) || !(weeks > 0)) return t;
    // A load over H fits nowhere (the planner bans such steps first; this keeps the loop finite).
    if (!within(perWeek, this.hours)) return Infinity;
    while (t < Infinity) {
      const clash = this.clash(t, t + weeks, perWeek);
      if (clash < 0) return t;
      // The last segment is empty (every interval ends), so a clash always has a next breakpoint.
      t = next(this.at[clash + 1]!);
    }
    return t;
  }

  /**
   * The start and constant load for `effort` hours, at most `highest` a week and at least `shortest`
   * weeks long, that end earliest: at each candidate start (the ready week, then each later
   * breakpoint, each moved to an allowed start) the largest load the profile leaves free for the
   * whole run. Ties go to the earlier start.
   * @param ready - the earliest start the requirement allows
   * @param effort - hours to spend (> 0)
   * @param highest - the highest load allowed (> 0)
   * @param shortest - the weeks it takes at `highest` (effort / highest, exact where a division is not)
   * @param next - the first allowed start at or after a week
   * @returns the placement (start Infinity: none)
   */
  earliestEnd(
    ready: number,
    effort: number,
    highest: number,
    shortest: number,
    next: NextStart,
  ): Placement {
    let best: Placement = { start: Infinity, weeks: shortest };
    let end = Infinity;
    let t = next(ready);
    while (t < Infinity && (end === Infinity || before(t + effort / highest, end))) {
      const rate = this.freeRate(t, effort, highest);
      if (rate > 0 && (end === Infinity || before(t + effort / rate, end))) {
        best = { start: t, weeks: rate === highest ? shortest : effort / rate };
        end = t + best.weeks;
      }
      const i = this.segmentFrom(t);
      if (i + 1 >= this.at.length) break;
      t = next(this.at[i + 1]!);
    }
    return best;
  }

  /**
   * Adds `perWeek` hours on [start, start + weeks).
   * @param start - start week
   * @param weeks - length in weeks
   * @param perWeek - hours per week
   */
  add(start: number, weeks: number, perWeek: number): void {
    if (!(perWeek > 0) || !(weeks > 0)) return;
    const from = this.split(start);
    const to = this.split(start + weeks);
    for (let k = from; k < to; k++) this.load[k] = this.load[k]! + perWeek;
  }

  /**
   * Takes `perWeek` hours off [start, start + weeks) (a step being moved).
   * @param start - start week
   * @param weeks - length in weeks
   * @param perWeek - hours per week, as added
   */
  remove(start: number, weeks: number, perWeek: number): void {
    if (!(perWeek > 0) || !(weeks > 0)) return;
    const from = this.split(start);
    const to = this.split(start + weeks);
    for (let k = from; k < to; k++) this.load[k] = this.load[k]! - perWeek;
  }

  /**
   * The latest start t ≤ latest (and ≥ 0) at which `perWeek` more hours fit for all of [t, t + weeks).
   * @param latest - the latest start allowed
   * @param weeks - how long the step runs
   * @param perWeek - its load (at most the budget)
   * @returns the start week (-Infinity: none)
   */
  latestFit(latest: number, weeks: number, perWeek: number): number {
    let t = latest;
    if (!(perWeek > 0) || !(weeks > 0)) return t;
    while (t >= 0) {
      let clash = -1;
      for (let j = this.segmentFrom(t); j < this.at.length && before(this.at[j]!, t + weeks); j++)
        if (!within(this.load[j]! + perWeek, this.hours)) clash = j;
      if (clash < 0) return t;
      // End the run where the latest clashing segment begins.
      t = this.at[clash]! - weeks;
    }
    return -Infinity;
  }

  /** @returns the largest load over the whole profile */
  peak(): number {
    let most = 0;
    for (const l of this.load) most = Math.max(most, l);
    return most;
  }

  /** @returns the index of the first segment in [from, to) where `perWeek` more is over H, else -1 */
  private clash(from: number, to: number, perWeek: number): number {
    for (let j = this.segmentFrom(from); j < this.at.length && before(this.at[j]!, to); j++)
      if (!within(this.load[j]! + perWeek, this.hours)) return j;
    return -1;
  }

  /**
   * The largest constant load r ≤ highest with r free on all of [t, t + effort / r): start from the
   * free load at t and lower r to the least free load the longer run meets, until it meets none less.
   * Each round lowers r to some segment's free load, so it ends within the number of segments.
   */
  private freeRate(t: number, effort: number, highest: number): number {
    let rate = highest;
    for (;;) {
      let least = Infinity;
      const to = t + effort / rate;
      for (let j = this.segmentFrom(t); j < this.at.length && before(this.at[j]!, to); j++)
        least = Math.min(least, this.hours - this.load[j]!);
      if (within(rate, least)) return rate;
      if (!(least > 0) || !before(0, least)) return 0;
      rate = least;
    }
  }

  /**
   * The first segment a run from week t really overlaps: the one containing t, or the next when it
   * begins within the tolerance of t (start days and sums of weeks land a hair either side of a
   * breakpoint; counting that sliver as overlap would make a search step back onto the same clash).
   * @returns the segment's index
   */
  private segmentFrom(t: number): number {
    const i = this.segmentAt(t);
    return i + 1 < this.at.length && !before(t, this.at[i + 1]!) ? i + 1 : i;
  }

  /** @returns the index of the segment containing week t */
  private segmentAt(t: number): number {
    let lo = 0;
    let hi = this.at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Ensures a breakpoint at t; @returns its index */
  private split(t: number): number {
    const i = this.segmentAt(t);
    if (this.at[i] === t) return i;
    this.at.splice(i + 1, 0, t);
    this.load.splice(i + 1, 0, this.load[i]!);
    return i + 1;
  }
}
