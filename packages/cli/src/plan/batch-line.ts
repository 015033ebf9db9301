/**
 * One line of a `--batch` file reshaped into a PlanQuery: `{ "id"?, "target", "have"?, "asOf"?,
 * "objective"?, "maxWeeks"?, "maxCost"?, "exclude"?, "weeklyHours"?, "startDate"?, "sponsor"?, "currentAnnualEarnings"?, "keepFor"? }`. A field not in that list is
 * refused (a misspelt `weekly_hours` would otherwise plan without a cap), the objective is accepted
 * in either case, and the batch's flags fill in what a line leaves out. The values themselves are the
 * engine's resolveQuery's to check.
 */
import { InvalidInputError } from '@pathwise/core';
import type { Objective, PlanQuery, Sponsor } from '@pathwise/engine';
import { didYouMean } from '../suggest/did-you-mean.js';

/** Defaults for lines that do not give their own (from the command's flags). */
export interface BatchDefaults {
  asOf: string;
  objective: Objective;
  timeBudgetMs?: number;
  maxWeeks?: number;
  maxCost?: number;
  exclude?: string[];
  weeklyHours?: number;
  startDate?: string;
  sponsor?: Sponsor;
  currentAnnualEarnings?: number;
  keepFor?: number;
}

/** A batch line: its query, and the `id` to copy onto its output line. */
export interface BatchLine {
  id?: string | number;
  query: PlanQuery;
}

/** The fields a batch line may have. */
export const BATCH_LINE_FIELDS = [
  'id',
  'target',
  'have',
  'asOf',
  'objective',
  'maxWeeks',
  'maxCost',
  'exclude',
  'weeklyHours',
  'startDate',
  'sponsor',
  'currentAnnualEarnings',
  'keepFor',
] as const;

const KNOWN: ReadonlySet<string> = new Set(BATCH_LINE_FIELDS);

/**
 * @param line - one non-blank line of QUERIES.jsonl
 * @param defaults - the batch's defaults
 * @returns the line's id and its query
 * @throws InvalidInputError when the line is not a JSON object, has a field not in the list, or an
 *   `id` that is neither a string nor a number
 */
export function parseBatchLine(line: string, defaults: BatchDefaults): BatchLine {
  return batchQuery(readBatchLine(line), defaults);
}

/**
 * @param line - one non-blank line of QUERIES.jsonl
 * @returns its JSON object
 * @throws InvalidInputError when the line is not a JSON object
 */
export function readBatchLine(line: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InvalidInputError(`not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError('a query line must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** @returns the line's `id` when it is a string or a number (kept even when the line is refused) */
export function batchLineId(q: Record<string, unknown>): string | number | undefined {
  return typeof q.id === 'string' || typeof q.id === 'number' ? q.id : undefined;
}

/**
 * @param q - a batch line's JSON object
 * @param defaults - the batch's defaults
 * @returns the line's id and its query
 * @throws InvalidInputError for a field not in the list, or an `id` neither a string nor a number
 */
export function batchQuery(q: Record<string, unknown>, defaults: BatchDefaults): BatchLine {
  const unknown = Object.keys(q).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) {
    const each = unknown.map((k) => {
      const near = didYouMean(k, BATCH_LINE_FIELDS, 1)[0];
      return near === undefined ? `"${k}"` : `"${k}" (did you mean "${near}"?)`;
    });
    throw new InvalidInputError(
      `unknown field${unknown.length === 1 ? '' : 's'} ${each.join(', ')} (a line takes ${BATCH_LINE_FIELDS.join(', ')})`,
    );
  }
  if (q.id !== undefined && typeof q.id !== 'string' && typeof q.id !== 'number') {
    throw new InvalidInputError('"id" must be a string or a number');
  }
  // Reshape only: values go to the engine as given (it names what is wrong with them).
  const query = {
    target: q.target,
    have: q.have ?? [],
    asOf: q.asOf ?? defaults.asOf,
    objective:
      typeof q.objective === 'string'
        ? q.objective.toLowerCase()
        : (q.objective ?? defaults.objective),
  } as PlanQuery;
  if (defaults.timeBudgetMs !== undefined) query.timeBudgetMs = defaults.timeBudgetMs;
  const maxWeeks = q.maxWeeks ?? defaults.maxWeeks;
  if (maxWeeks !== undefined) query.maxWeeks = maxWeeks as number;
  const maxCost = q.maxCost ?? defaults.maxCost;
  if (maxCost !== undefined) query.maxCost = maxCost as number;
  const exclude = q.exclude ?? defaults.exclude;
  if (exclude !== undefined) query.exclude = exclude as string[];
  const weeklyHours = q.weeklyHours ?? defaults.weeklyHours;
  if (weeklyHours !== undefined) query.weeklyHours = weeklyHours as number;
  const startDate = q.startDate ?? defaults.startDate;
  if (startDate !== undefined) query.startDate = startDate as string;
  const sponsor = q.sponsor ?? defaults.sponsor;
  if (sponsor !== undefined) query.sponsor = sponsor as Sponsor;
  const earnings = q.currentAnnualEarnings ?? defaults.currentAnnualEarnings;
  if (earnings !== undefined) query.currentAnnualEarnings = earnings as number;
  const keepFor = q.keepFor ?? defaults.keepFor;
  if (keepFor !== undefined) query.keepFor = keepFor as number;
  return q.id === undefined ? { query } : { id: q.id as string | number, query };
}
