/**
 * The engine names a query's fields (`maxWeeks must be …`); the command line calls them flags. This
 * says the engine's message in the flags' words, for `pathwise plan` without --batch.
 */
import { InvalidInputError } from '@pathwise/core';

const FLAGS: Record<string, string> = {
  maxWeeks: '--max-weeks',
  maxCost: '--max-cost',
  weeklyHours: '--weekly-hours',
  timeBudgetMs: '--time-budget',
  objective: '--objective',
  asOf: '--as-of',
  startDate: '--start-date',
  exclude: '--exclude',
  have: '--have',
  target: '--target',
  currentAnnualEarnings: '--current-earnings',
  keepFor: '--keep-for',
};

/**
 * @param error - anything thrown while planning
 * @returns an InvalidInputError whose message starts with a query field, reworded to start with its
 *   flag; any other error as it is
 */
export function inFlagWords(error: unknown): unknown {
  if (!(error instanceof InvalidInputError)) return error;
  const field = /^(\w+)\b/.exec(error.message)?.[1];
  const flag = field === undefined ? undefined : FLAGS[field];
  return flag === undefined
    ? error
    : new InvalidInputError(`${flag}${error.message.slice(field!.length)}`);
}
