/**
 * `pathwise plan --batch QUERIES.jsonl`: one planner for the whole file, one output line per input
 * line in order. A line that cannot be answered gives `{"error":{"code","message"}}` and the batch
 * goes on. A trailing empty line is not a query; any other empty line is an INVALID_INPUT line.
 */
import type { Holding } from '@pathwise/core';
import { InvalidInputError, PathwiseError } from '@pathwise/core';
import type { Objective, PlanQuery, Planner } from '@pathwise/engine';
import type { CliIo } from '../io.js';

/** Defaults for lines that do not give their own. */
export interface BatchDefaults {
  asOf: string;
  objective: Objective;
  timeBudgetMs?: number;
  maxWeeks?: number;
  maxCost?: number;
  exclude?: string[];
  /** Weekly-hours budget (> 0). */
  weeklyHours?: number;
}

/** What a batch run did. */
export interface BatchOutcome {
  lines: number;
  errors: number;
  /** Lines that failed for a reason other than their input (a fault of Pathwise). */
  internal: number;
}

const FLUSH_EVERY = 512;

/**
 * Answers every line of a JSON-lines file with one planner, writing one line per query to `io.out`.
 * @param text - the whole QUERIES.jsonl text
 * @returns counts of lines, bad lines and internal faults
 */
export function runBatch(
  text: string,
  planner: Planner,
  defaults: BatchDefaults,
  io: CliIo,
): BatchOutcome {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const outcome: BatchOutcome = { lines: lines.length, errors: 0, internal: 0 };
  let buffer: string[] = [];
  lines.forEach((line, i) => {
    let out: string;
    try {
      out = JSON.stringify(planner.plan(parseQueryLine(line, defaults)));
    } catch (error) {
      outcome.errors++;
      if (!(error instanceof PathwiseError)) outcome.internal++;
      const code = error instanceof PathwiseError ? error.code : 'INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      out = JSON.stringify({ error: { code, message: `line ${i + 1}: ${message}` } });
    }
    buffer.push(out);
    if (buffer.length >= FLUSH_EVERY) {
      io.out(`${buffer.join('\n')}\n`);
      buffer = [];
    }
  });
  if (buffer.length > 0) io.out(`${buffer.join('\n')}\n`);
  return outcome;
}

/**
 * @param line - one line of QUERIES.jsonl: `{ "target", "have"?: [{ "id", "earnedOn"? }], "asOf"?, "objective"?,
 *   "maxWeeks"?, "maxCost"?, "exclude"?: [ids], "weeklyHours"? }`
 * @returns the query, with the batch defaults filled in
 * @throws InvalidInputError when the line is not JSON or not a query (fields other than these are ignored)
 */
export function parseQueryLine(line: string, defaults: BatchDefaults): PlanQuery {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InvalidInputError(`not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidInputError('a query line must be a JSON object');
  }
  const q = value as Record<string, unknown>;
  if (typeof q.target !== 'string')
    throw new InvalidInputError('"target" must be a credential id string');
  if (q.asOf !== undefined && typeof q.asOf !== 'string')
    throw new InvalidInputError('"asOf" must be a YYYY-MM-DD string');
  if (q.objective !== undefined && q.objective !== 'cheapest' && q.objective !== 'fastest') {
    throw new InvalidInputError('"objective" must be "cheapest" or "fastest"');
  }
  for (const name of ['maxWeeks', 'maxCost'] as const) {
    const v = q[name];
    if (v !== undefined && (typeof v !== 'number' || !(v >= 0)))
      throw new InvalidInputError(`"${name}" must be a number >= 0`);
  }
  if (
    q.weeklyHours !== undefined &&
    !(typeof q.weeklyHours === 'number' && q.weeklyHours > 0 && Number.isFinite(q.weeklyHours))
  )
    throw new InvalidInputError('"weeklyHours" must be a number > 0');
  if (
    q.exclude !== undefined &&
    (!Array.isArray(q.exclude) || q.exclude.some((id) => typeof id !== 'string'))
  ) {
    throw new InvalidInputError('"exclude" must be an array of credential ids');
  }
  const have: Holding[] = [];
  if (q.have !== undefined) {
    if (!Array.isArray(q.have))
      throw new InvalidInputError('"have" must be an array of { "id", "earnedOn"? }');
    q.have.forEach((h: unknown, i) => {
      const holding = h as Record<string, unknown> | null;
      if (typeof holding !== 'object' || holding === null || typeof holding.id !== 'string') {
        throw new InvalidInputError(`"have[${i}]" must be { "id", "earnedOn"? }`);
      }
      if (holding.earnedOn !== undefined && typeof holding.earnedOn !== 'string') {
        throw new InvalidInputError(`"have[${i}].earnedOn" must be a YYYY-MM-DD string`);
      }
      have.push(
        holding.earnedOn === undefined
          ? { id: holding.id }
          : { id: holding.id, earnedOn: holding.earnedOn },
      );
    });
  }
  const query: PlanQuery = {
    target: q.target,
    have,
    asOf: (q.asOf as string | undefined) ?? defaults.asOf,
    objective: (q.objective as Objective | undefined) ?? defaults.objective,
  };
  if (defaults.timeBudgetMs !== undefined) query.timeBudgetMs = defaults.timeBudgetMs;
  const maxWeeks = (q.maxWeeks as number | undefined) ?? defaults.maxWeeks;
  const maxCost = (q.maxCost as number | undefined) ?? defaults.maxCost;
  const exclude = (q.exclude as string[] | undefined) ?? defaults.exclude;
  if (maxWeeks !== undefined) query.maxWeeks = maxWeeks;
  if (maxCost !== undefined) query.maxCost = maxCost;
  if (exclude !== undefined) query.exclude = [...exclude];
  const weeklyHours = (q.weeklyHours as number | undefined) ?? defaults.weeklyHours;
  if (weeklyHours !== undefined) query.weeklyHours = weeklyHours;
  return query;
}
