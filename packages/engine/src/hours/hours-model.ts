/**
 * The per-catalog tables (effort, pace, starts by credential int) and the per-query model the
 * weekly-hours planner reads: each credential's pace under the budget and its next allowed start.
 */
import type { CompactIndex } from '../compile/compact-index.js';
import { nextStartWeek, previousStartWeek, startWeeks } from './start-weeks.js';
import { fitsHours, highestLoad, shortestWeeks, type StepPace } from './weekly-load.js';

/** effortHours, pace and starts per credential int, read once per catalog version from its index. */
export interface HoursTables {
  /** effortHours (0: none). */
  readonly effort: Float64Array;
  /** 1 for `fixed` pace. */
  readonly fixed: Uint8Array;
  /** `starts` entries (undefined: any day). */
  readonly starts: readonly (readonly string[] | undefined)[];
  /** Whether some credential has effortHours (else every step's hours a week are 0). */
  readonly anyEffort: boolean;
  /** Whether some credential has start days (else no cone needs looking at for them). */
  readonly anyStarts: boolean;
}

/**
 * @param index - the catalog's compact index, which compiled effortHours, pace and starts
 * @returns its hours tables (effort and fixed are the index's own arrays)
 */
export function hoursTablesOf(index: CompactIndex): HoursTables {
  const starts = new Array<readonly string[] | undefined>(index.n).fill(undefined);
  index.startsAt.forEach((c, k) => (starts[c] = index.startDays[k]));
  return {
    effort: index.effort,
    fixed: index.fixed,
    starts,
    anyEffort: index.effort.some((e) => e !== 0),
    anyStarts: index.startsAt.length > 0,
  };
}

/** One query's view: the budget, each credential's pace under it and its allowed starts. */
export class HoursModel {
  private readonly startCache = new Map<number, Float64Array>();

  /**
   * @param index - the compact index
   * @param tables - the catalog's hours tables
   * @param hours - the budget H (Infinity: none)
   * @param startDate - week 0, `YYYY-MM-DD`
   */
  constructor(
    readonly index: CompactIndex,
    readonly tables: HoursTables,
    readonly hours: number,
    readonly startDate: string,
  ) {}

  /** @returns credential c's pace */
  pace(c: number): StepPace {
    return {
      duration: this.index.duration[c]!,
      effort: this.tables.effort[c]!,
      fixed: this.tables.fixed[c] === 1,
    };
  }

  /** @returns the fewest weeks c takes under the budget */
  shortest(c: number): number {
    return shortestWeeks(this.pace(c), this.hours);
  }

  /** @returns the highest constant hours a week c may run at */
  highest(c: number): number {
    return highestLoad(this.pace(c), this.hours);
  }

  /** @returns whether c can be taken under the budget */
  usable(c: number): boolean {
    return fitsHours(this.pace(c), this.hours);
  }

  /** @returns whether c's load is free to choose (self-paced with effort, under a budget) */
  malleable(c: number): boolean {
    return !this.tables.fixed[c] && this.tables.effort[c]! > 0 && this.hours < Infinity;
  }

  /** @returns whether c may start only on some days */
  hasStarts(c: number): boolean {
    return this.tables.starts[c] !== undefined;
  }

  /** @returns the first week at or after `ready` at which c may start (Infinity: none) */
  next(c: number, ready: number): number {
    const weeks = this.startWeeksOf(c);
    if (weeks === undefined || ready === Infinity) return ready;
    return nextStartWeek(weeks, ready);
  }

  /** @returns the last week at or before `latest` at which c may start (-Infinity: none) */
  previous(c: number, latest: number): number {
    const weeks = this.startWeeksOf(c);
    if (weeks === undefined || latest === -Infinity) return latest;
    return previousStartWeek(weeks, latest);
  }

  /** c's start weeks, listed once per query (undefined: any day). */
  private startWeeksOf(c: number): Float64Array | undefined {
    const starts = this.tables.starts[c];
    if (starts === undefined) return undefined;
    let weeks = this.startCache.get(c);
    if (weeks === undefined) {
      weeks = startWeeks(starts, this.startDate);
      this.startCache.set(c, weeks);
    }
    return weeks;
  }
}
