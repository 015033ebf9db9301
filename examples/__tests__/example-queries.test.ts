/**
 * Every example query plans through the engine to a feasible, valid, proven-optimal plan, so the
 * commands in examples/README.md give users real answers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '@pathwise/core';
import { createPlanner, validatePlan } from '@pathwise/engine';
import type { PlanQuery } from '@pathwise/engine';

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const catalog = parseCatalog(
  JSON.parse(readFileSync(join(examplesDir, 'catalogs/tech-careers.json'), 'utf8')),
);
const planner = createPlanner(catalog);
const queries = readdirSync(join(examplesDir, 'queries'))
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(examplesDir, 'queries', f), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, i) => [`${f}:${i + 1}`, JSON.parse(line) as PlanQuery] as const),
  );

describe('example queries on tech-careers', () => {
  it('has queries', () => expect(queries.length).toBeGreaterThanOrEqual(5));
  it.each(queries)('%s plans to a valid optimal plan', (_label, query) => {
    const plan = planner.plan({ ...query, timeBudgetMs: 20_000 });
    expect(validatePlan(planner.index, query, plan)).toEqual([]);
    expect(plan.feasible).toBe(true);
    expect(plan.optimal).toBe(true);
  });
});
