// Return on investment through the real built `pathwise` binary: --current-earnings gives each plan
// and each frontier point paybackMonths = totalCost / ((median − current) / 12) from the target's
// outcomes (the payback catalog: median 62,000); the table says it; a batch line's
// currentAnnualEarnings does the same; no uplift, no paybackMonths; a bad value exits 2 naming the flag.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frontier, Plan } from '@pathwise/engine';
import { PAYBACK_MEDIAN, paybackCatalog } from '@pathwise/test-support';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';

const dir = tempDir();
const catalogFile = writeTemp(dir, 'catalog.json', paybackCatalog());
const base = ['--catalog', catalogFile, '--target', 'cert', '--as-of', '2026-06-01'];
const months = (cost: number, current: number): number => cost / ((PAYBACK_MEDIAN - current) / 12);

beforeAll(() => requireBuiltCli());

describe('pathwise plan and frontier --current-earnings', () => {
  it('plan --json reports paybackMonths for the cheapest and the fastest plan', async () => {
    for (const objective of ['cheapest', 'fastest']) {
      const run = await runCli([
        'plan',
        ...base,
        '--objective',
        objective,
        '--current-earnings',
        '50000',
        '--json',
      ]);
      expect([run.status, run.stderr]).toEqual([0, '']);
      const plan = JSON.parse(run.stdout) as Plan;
      expect(plan.totalCost).toBe(objective === 'cheapest' ? 110 : 1010);
      expect(plan.paybackMonths).toBeCloseTo(months(plan.totalCost, 50_000), 9);
    }
  });

  it('the table says when the plan pays back', async () => {
    const run = await runCli(['plan', ...base, '--current-earnings', '50000']);
    expect(run.status).toBe(0);
    // 110 / 1,000 a month.
    expect(run.stdout).toContain('pays back in 0.11 months');
  });

  it('frontier --json gives every point its paybackMonths, and the table a column', async () => {
    const run = await runCli(['frontier', ...base, '--current-earnings', '50000', '--json']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const frontier = JSON.parse(run.stdout) as Frontier;
    expect(frontier.plans.length).toBe(3);
    for (const p of frontier.plans)
      expect(p.paybackMonths).toBeCloseTo(months(p.totalCost, 50_000), 9);
    const table = await runCli(['frontier', ...base, '--current-earnings', '50000']);
    expect(table.stdout).toContain('payback months');
    expect(table.stdout).toMatch(/1\.01/);
  });

  it('a batch line takes currentAnnualEarnings, and the flag is its default', async () => {
    const lines = [
      { id: 'own', target: 'cert', currentAnnualEarnings: 38_000 },
      { id: 'flag', target: 'cert' },
      { id: 'none', target: 'cert', currentAnnualEarnings: 70_000 },
    ];
    const file = writeTemp(dir, 'q.jsonl', lines.map((l) => JSON.stringify(l)).join('\n'));
    const run = await runCli([
      'plan',
      '--catalog',
      catalogFile,
      '--batch',
      file,
      '--as-of',
      '2026-06-01',
      '--current-earnings',
      '50000',
    ]);
    expect(run.status).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Plan & { id: string });
    expect(out.map((p) => p.id)).toEqual(['own', 'flag', 'none']);
    expect(out[0]!.paybackMonths).toBeCloseTo(months(110, 38_000), 9);
    expect(out[1]!.paybackMonths).toBeCloseTo(months(110, 50_000), 9);
    // 70,000 now is above the median: no uplift, no payback.
    expect(out[2]).not.toHaveProperty('paybackMonths');
  });

  it('without the flag there is no paybackMonths; a bad value exits 2 naming the flag', async () => {
    const plain = JSON.parse((await runCli(['plan', ...base, '--json'])).stdout) as Plan;
    expect(plain).not.toHaveProperty('paybackMonths');
    const bad = await runCli(['plan', ...base, '--current-earnings', '-5']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--current-earnings');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const word = await runCli(['frontier', ...base, '--current-earnings', 'lots']);
    expect(word.status).toBe(2);
    expect(word.stderr).toContain('--current-earnings must be a number');
  });
});
