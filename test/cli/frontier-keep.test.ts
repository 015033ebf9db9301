// `pathwise frontier --keep-for` (issue 11 item 2, plan-v2 keepFor) through the real built binary:
// on a catalog that trades cost against weeks and whose target must be renewed
// (test/helpers/frontier-keep.ts), the JSON frontier equals the engine's own for the same query, its
// costs include the upkeep (150 over the frontier without --keep-for) and its weeks do not; every
// plan is valid under the independent checker; the table shows the upkeep column; `plan --explain`
// says why each renewal step is there and how each renewal is made.
import { beforeAll, describe, expect, it } from 'vitest';
import { createPlanner, type Frontier } from '@pathwise/engine';
import { parseCatalog } from '@pathwise/core';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';
import { planViolations } from '../../packages/engine/src/__tests__/support/check-plan.js';
import { KEEP_FOR, frontierKeepCatalog } from '../helpers/frontier-keep.js';

const catalog = parseCatalog(frontierKeepCatalog());
const asOf = '2026-06-01';
const catalogFile = writeTemp(tempDir(), 'catalog.json', catalog);
const base = ['frontier', '--catalog', catalogFile, '--target', 't', '--as-of', asOf];
const keep = ['--keep-for', String(KEEP_FOR)];
const points = (f: Frontier) => f.plans.map((p) => [p.totalWeeks, p.totalCost, p.optimal]);

beforeAll(() => requireBuiltCli());

describe('pathwise frontier --keep-for', () => {
  it('gives the engine keepFor: the engine frontier, each cost with its upkeep, proven', async () => {
    const run = await runCli([...base, ...keep, '--json']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const frontier = JSON.parse(run.stdout) as Frontier;
    const engine = createPlanner(catalog).frontier({ target: 't', asOf, keepFor: KEEP_FOR });
    expect(points(frontier)).toEqual(points(engine));
    expect(frontier.complete).toBe(true);
    expect(points(frontier)).toEqual([
      [2, 660, true],
      [10, 260, true],
    ]);
    // One renewal by earning `refresh` (a step after the target), one paid.
    for (const plan of frontier.plans) {
      expect(plan.renewals!.map((r) => [r.cost, r.by])).toEqual([
        [0, 'refresh'],
        [100, undefined],
      ]);
      const checked = { target: 't', asOf, have: [], objective: 'cheapest' as const };
      expect(planViolations(catalog, { ...checked, keepFor: KEEP_FOR }, plan)).toEqual([]);
    }
    const plain = JSON.parse((await runCli([...base, '--json'])).stdout) as Frontier;
    expect(points(plain)).toEqual([
      [2, 510, true],
      [10, 110, true],
    ]);
  });

  it('the table has an upkeep column and says what the axes count', async () => {
    const run = await runCli([...base, ...keep]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/of it upkeep/);
    expect(run.stdout).toMatch(/^1\s+2\s+660\s+150\s+yes/m);
    expect(run.stdout).toMatch(/^2\s+10\s+260\s+150\s+yes/m);
    expect(run.stdout).toContain('weeks count until the target is held');
    const plain = await runCli(base);
    expect(plain.stdout).not.toMatch(/upkeep/);
  });

  it('plan --explain under --keep-for explains the renewal step and each renewal', async () => {
    const run = await runCli([
      ...['plan', '--catalog', catalogFile, '--target', 't', '--as-of', asOf],
      ...[...keep, '--explain', '--objective', 'fastest'],
    ]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const text = run.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Earning Course refresh (refresh) renews Target (t), due 2027-06-15.');
    expect(text).toContain('Renew Target (t) by paying 100 USD, due 2028-06-15.');
  });

  it('refuses keepFor with a target form, exit 2, naming the field', async () => {
    const run = await runCli([
      ...['frontier', '--catalog', catalogFile, '--any-of', 'fast,slow', '--as-of', asOf],
      ...keep,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/keep-?[Ff]or/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
