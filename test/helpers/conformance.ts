/**
 * Reads the conformance cases: the repository's own (docs/conformance/*.json, or the folder named by
 * PATHWISE_CONFORMANCE_DIR), which every interface's conformance test iterates, and the public ones
 * in ../shared/conformance when that folder is beside the repository (test/conformance/shared-cases).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, Holding } from '@pathwise/core';

/** The repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One query of a case with the optimum an independent solver found. */
export interface ConformanceQuery {
  target: string;
  have: Holding[];
  asOf: string;
  /** plan-v2's weekly-hours budget, when the case asks under one. */
  weeklyHours?: number;
  /** plan-v2's sponsor, when the case asks under one: cheapest then also expects `outOfPocket`. */
  sponsor?: { amount: number; providers?: string[]; credentials?: string[] };
  /** plan-v2's keepFor (months), when the case asks to keep the target: totals include renewals. */
  keepFor?: number;
  expect: {
    cheapest: { totalCost: number; outOfPocket?: number };
    fastest: { totalWeeks: number };
  };
}

/** One conformance case file. */
export interface ConformanceCase {
  name: string;
  description: string;
  file: string;
  catalog: Catalog;
  queries: ConformanceQuery[];
}

/** @returns the folder holding the repository's cases */
export function conformanceDir(): string {
  return process.env.PATHWISE_CONFORMANCE_DIR ?? resolve(repoRoot, 'docs/conformance');
}

/** @returns the public cases' folder beside the repository, or undefined when there is none */
export function sharedConformanceDir(): string | undefined {
  const dir = resolve(repoRoot, '../shared/conformance');
  return existsSync(dir) ? dir : undefined;
}

/**
 * Loads every case of a folder, sorted by file name.
 * @param dir - the folder (default: the repository's cases)
 * @throws Error when the folder is missing or holds no case: a conformance run that checks nothing must fail
 */
export function loadConformanceCases(dir = conformanceDir()): ConformanceCase[] {
  if (!existsSync(dir)) throw new Error(`conformance cases not found at ${dir}`);
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const data = JSON.parse(readFileSync(file, 'utf8')) as Omit<ConformanceCase, 'file'>;
      return { ...data, file };
    });
  if (cases.length === 0) throw new Error(`no conformance cases in ${dir}`);
  return cases;
}

/**
 * Every (case, query) pair with a readable label, for `it.each`.
 * @param dir - the cases' folder (default: the repository's cases)
 */
export function conformanceQueries(dir = conformanceDir()): {
  label: string;
  case: ConformanceCase;
  query: ConformanceQuery;
}[] {
  return loadConformanceCases(dir).flatMap((c) =>
    c.queries.map((query, i) => ({ label: `${c.name} #${i + 1}`, case: c, query })),
  );
}
