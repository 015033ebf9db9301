/**
 * A learner's weekly load over time as a piecewise-constant profile (sorted breakpoints, the load on
 * each segment up to the next), for list scheduling under a weekly-hours budget. Written by hand: it
 * is a few dozen lines of interval bookkeeping, smaller than any dependency that would do it.
 */
import { within } from '../numeric/tolerance.js';

/** Load over time, starting empty; only ever adds intervals. */
export class LoadProfile {
  /** Breakpoints, ascending; `load[i]` holds on [at[i], at[i + 1]) (the last up to Infinity). */
  private readonly at: number[] = [0];
  private readonly load: number[] = [0];

  /** @param hours - the weekly-hours budget H */
  constructor(private readonly hours: number) {}

  /**
   * The earliest start t >= ready at which `perWeek` more hours fit for all of [t, t + weeks).
   * @param ready - the earliest start the requirement allows
   * @param weeks - how long the step runs
   * @param perWeek - its load (at most the budget)
   * @returns the start week
   */
  earliestFit(ready: number, weeks: number, perWeek: number): number {
    if (!(perWeek > 0) || !(weeks > 0)) return ready;
    let t = ready;
    let i = this.segmentAt(t);
    for (;;) {
      let j = i;
      let clash = -1;
      while (j < this.at.length && (j === i || this.at[j]! < t + weeks)) {
        if (!within(this.load[j]! + perWeek, this.hours)) {
          clash = j;
          break;
        }
        j++;
      }
      if (clash < 0) return t;
      // The last segment is empty (every interval ends), so a clash always has a next breakpoint.
      t = this.at[clash + 1]!;
      i = clash + 1;
    }
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
