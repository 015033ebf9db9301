/**
 * `pathwise plan --batch QUERIES.jsonl`: one planner for the whole file, one output record per query
 * line in order (JSON lines, or CSV rows), each carrying the line's `id`. Blank lines are skipped. A
 * line that cannot be answered gives `{"id"?, "error":{"code","message"}}` (the message names the line
 * and, for an unknown id, the nearest ones) and the batch goes on. Output is written in chunks, and
 * between chunks the batch waits for the reader, so `| head -1` ends it early.
 */
import { PathwiseError } from '@pathwise/core';
import type { Planner } from '@pathwise/engine';
import type { CliIo } from '../io.js';
import { withSuggestions } from '../suggest/unknown-id-error.js';
import type { BatchDefaults } from './batch-line.js';
import { batchLineId, batchQuery, readBatchLine } from './batch-line.js';
import { cleanPlan } from '@pathwise/engine';
import { planCsvHeader, planCsvLine, type PlanCsvRow } from './plan-csv.js';

/** What a batch run did. */
export interface BatchOutcome {
  /** Query lines (blank lines not counted). */
  lines: number;
  blank: number;
  feasible: number;
  infeasible: number;
  errors: number;
  /** Lines that failed for a reason other than their input (a fault of Pathwise). */
  internal: number;
}

const FLUSH_EVERY = 256;

/**
 * Answers every line of a JSON-lines file with one planner.
 * @param text - the whole QUERIES.jsonl text
 * @param format - `json` (JSON lines) or `csv` (a header, then one row per query)
 * @returns counts of the lines and of how they ended
 */
export async function runBatch(
  text: string,
  planner: Planner,
  defaults: BatchDefaults,
  io: CliIo,
  format: 'json' | 'csv' = 'json',
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = {
    lines: 0,
    blank: 0,
    feasible: 0,
    infeasible: 0,
    errors: 0,
    internal: 0,
  };
  let buffer = format === 'csv' ? planCsvHeader() : '';
  let pending = 0;
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      outcome.blank++;
      continue;
    }
    outcome.lines++;
    const row: PlanCsvRow = { line: i + 1 };
    try {
      const record = readBatchLine(line);
      const id = batchLineId(record);
      if (id !== undefined) row.id = id;
      const parsed = batchQuery(record, defaults);
      row.plan = cleanPlan(planWithSuggestions(planner, parsed.query));
      if (row.plan.feasible) outcome.feasible++;
      else outcome.infeasible++;
    } catch (error) {
      outcome.errors++;
      if (!(error instanceof PathwiseError)) outcome.internal++;
      const code = error instanceof PathwiseError ? error.code : 'INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      row.error = { code, message: `line ${i + 1}: ${message}` };
    }
    buffer += format === 'csv' ? planCsvLine(row) : jsonLine(row);
    if (++pending >= FLUSH_EVERY) {
      io.out(buffer);
      buffer = '';
      pending = 0;
      await io.drain?.();
    }
  }
  if (buffer !== '') io.out(buffer);
  return outcome;
}

function planWithSuggestions(planner: Planner, query: Parameters<Planner['plan']>[0]) {
  try {
    return planner.plan(query);
  } catch (error) {
    throw withSuggestions(error, planner.index);
  }
}

function jsonLine(row: PlanCsvRow): string {
  const id = row.id === undefined ? {} : { id: row.id };
  return `${JSON.stringify(row.error ? { ...id, error: row.error } : { ...id, ...row.plan })}\n`;
}

/** @returns the summary line for stderr: how many queries, how they ended, blank lines skipped */
export function batchSummary(outcome: BatchOutcome): string {
  const plural = (n: number, word: string, words = `${word}s`): string =>
    `${n} ${n === 1 ? word : words}`;
  const parts = [
    `${outcome.feasible} feasible`,
    `${outcome.infeasible} infeasible`,
    plural(outcome.errors, 'error'),
  ];
  const blank = outcome.blank > 0 ? `; ${plural(outcome.blank, 'blank line')} skipped` : '';
  return `batch: ${plural(outcome.lines, 'query', 'queries')}: ${parts.join(', ')}${blank}\n`;
}
