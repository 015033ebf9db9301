/**
 * Answers a chunk of batch lines with one planner: each non-blank line becomes its output line (a
 * plan, or `{"id"?, "error":{"code","message"}}` naming the line), concatenated in order, with counts
 * of how the lines ended. The same function runs on the main thread (one worker) and in every worker
 * thread, so the output cannot depend on the number of workers.
 */
import { PathwiseError } from '@pathwise/core';
import { cleanPlan, type Planner } from '@pathwise/engine';
import { withSuggestions } from '../suggest/unknown-id-error.js';
import type { BatchDefaults } from './batch-line.js';
import { batchLineId, batchQuery, readBatchLine } from './batch-line.js';
import { planCsvLine, type PlanCsvRow } from './plan-csv.js';

/** How the batch's answers are written. */
export type BatchFormat = 'json' | 'csv';

/** Lines to answer: their numbers in the file and their texts, side by side. */
export interface BatchChunk {
  numbers: number[];
  texts: string[];
}

/** How many lines ended each way. */
export interface BatchCounts {
  /** Query lines (blank lines not counted). */
  lines: number;
  blank: number;
  feasible: number;
  infeasible: number;
  errors: number;
  /** Lines that failed for a reason other than their input (a fault of Pathwise). */
  internal: number;
}

/** A chunk's answers: its output text and its counts. */
export interface ChunkAnswer {
  text: string;
  counts: BatchCounts;
}

/** @returns counts of nothing */
export function noCounts(): BatchCounts {
  return { lines: 0, blank: 0, feasible: 0, infeasible: 0, errors: 0, internal: 0 };
}

/** Adds `more` into `into`. */
export function addCounts(into: BatchCounts, more: BatchCounts): void {
  for (const key of Object.keys(into) as (keyof BatchCounts)[]) into[key] += more[key];
}

/**
 * @param chunk - the lines
 * @param planner - the catalog's planner
 * @param defaults - the batch's defaults (its flags)
 * @param format - JSON lines or CSV rows
 * @returns the chunk's output text (one line per non-blank line) and counts
 */
export function answerBatchLines(
  chunk: BatchChunk,
  planner: Planner,
  defaults: BatchDefaults,
  format: BatchFormat,
): ChunkAnswer {
  const counts = noCounts();
  let text = '';
  for (let i = 0; i < chunk.texts.length; i++) {
    const line = chunk.texts[i]!;
    const n = chunk.numbers[i]!;
    if (line.trim() === '') {
      counts.blank++;
      continue;
    }
    counts.lines++;
    const row: PlanCsvRow = { line: n };
    try {
      const record = readBatchLine(line);
      const id = batchLineId(record);
      if (id !== undefined) row.id = id;
      const parsed = batchQuery(record, defaults);
      row.plan = cleanPlan(planWithSuggestions(planner, parsed.query));
      if (row.plan.feasible) counts.feasible++;
      else counts.infeasible++;
    } catch (error) {
      counts.errors++;
      if (!(error instanceof PathwiseError)) counts.internal++;
      const code = error instanceof PathwiseError ? error.code : 'INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      row.error = { code, message: `line ${n}: ${message}` };
    }
    text += format === 'csv' ? planCsvLine(row) : jsonLine(row);
  }
  return { text, counts };
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
