// Conformance through the CLI: the real built binary answers every case of docs/conformance, both
// objectives, with exact totals and valid plans, one query per run and all of a case's queries in
// one --batch.
import { beforeAll, describe, expect, it } from 'vitest';
import { conformanceQueries, type ConformanceQuery } from '../helpers/conformance.js';
import { queryArgs, requireBuiltCli, runCli, tempDir, writeTemp } from '../cli/run-cli.js';
import { planViolations } from '../../packages/engine/src/__tests__/support/check-plan.js';
import type { Plan } from '@pathwise/engine';

const queries = conformanceQueries();
const objectives = ['cheapest', 'fastest'] as const;
const dir = tempDir();

beforeAll(() => requireBuiltCli());

describe('conformance through the CLI', () => {
  it.each(queries.map((q) => [q.label, q] as const))('%s', async (_label, { case: c, query }) => {
    const catalog = writeTemp(dir, `${c.name}.json`, c.catalog);
    for (const objective of objectives) {
      const run = await runCli([
        'plan',
        '--catalog',
        catalog,
        ...queryArgs(query),
        '--objective',
        objective,
        ...(query.weeklyHours === undefined ? [] : ['--weekly-hours', String(query.weeklyHours)]),
        ...sponsorArgs(query.sponsor),
        ...(query.keepFor === undefined ? [] : ['--keep-for', String(query.keepFor)]),
        '--json',
      ]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.endsWith('\n')).toBe(true);
      const plan = JSON.parse(run.stdout) as Plan;
      expect(planViolations(c.catalog, { ...query, objective }, plan)).toEqual([]);
      expect(plan.optimal).toBe(true);
      if (objective === 'cheapest') {
        expect(plan.totalCost).toBe(query.expect.cheapest.totalCost);
        expect(plan.outOfPocket).toBe(query.expect.cheapest.outOfPocket);
      } else expect(plan.totalWeeks).toBe(query.expect.fastest.totalWeeks);
    }
  });

  it('answers every query of every case in one --batch per case, in order', async () => {
    const byCase = new Map<string, typeof queries>();
    for (const q of queries) byCase.set(q.case.name, [...(byCase.get(q.case.name) ?? []), q]);
    for (const [name, list] of byCase) {
      const c = list[0]!.case;
      const lines = list.flatMap(({ query }) =>
        objectives.map((objective) =>
          JSON.stringify({
            target: query.target,
            have: query.have,
            asOf: query.asOf,
            weeklyHours: query.weeklyHours,
            sponsor: query.sponsor,
            keepFor: query.keepFor,
            objective,
          }),
        ),
      );
      const run = await runCli([
        'plan',
        '--catalog',
        writeTemp(dir, `${name}.json`, c.catalog),
        '--batch',
        writeTemp(dir, `${name}.jsonl`, `${lines.join('\n')}\n`),
      ]);
      expect(run.stderr).toBe(
        `batch: ${lines.length} queries: ${lines.length} feasible, 0 infeasible, 0 errors\n`,
      );
      expect(run.status).toBe(0);
      const plans = run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Plan);
      expect(plans).toHaveLength(lines.length);
      list.forEach(({ query }, i) => {
        const [cheapest, fastest] = [plans[2 * i]!, plans[2 * i + 1]!];
        expect(planViolations(c.catalog, { ...query, objective: 'cheapest' }, cheapest)).toEqual(
          [],
        );
        expect(planViolations(c.catalog, { ...query, objective: 'fastest' }, fastest)).toEqual([]);
        expect([cheapest.totalCost, cheapest.outOfPocket, fastest.totalWeeks]).toEqual([
          query.expect.cheapest.totalCost,
          query.expect.cheapest.outOfPocket,
          query.expect.fastest.totalWeeks,
        ]);
      });
    }
  });
});

/** The flags of a case's sponsor (plan-v2): --sponsor-amount, and --sponsor-providers when listed. */
function sponsorArgs(sponsor: ConformanceQuery['sponsor']): string[] {
  if (sponsor === undefined) return [];
  const providers = sponsor.providers ?? [];
  return [
    '--sponsor-amount',
    String(sponsor.amount),
    ...(providers.length > 0 ? ['--sponsor-providers', providers.join(',')] : []),
  ];
}
