// Upkeep through the real built `pathwise` binary (plan-v2 keepFor): --keep-for adds the renewals to
// the JSON plan and one "renewal due" line each to the table, a batch line's keepFor does the same,
// and a bad value exits 2 naming the flag. The catalog is the conformance case
// renew-by-earning-higher (Security+ renewed by CySA+ and PenTest+).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@pathwise/engine';
import { repoRoot } from '../helpers/conformance.js';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';

const kase = JSON.parse(
  readFileSync(join(repoRoot, 'docs/conformance/renew-by-earning-higher.json'), 'utf8'),
) as { catalog: unknown };
const dir = tempDir();
const catalogFile = writeTemp(dir, 'catalog.json', kase.catalog);
const base = ['plan', '--catalog', catalogFile, '--target', 'comptia-security-plus'];
const asOf = ['--as-of', '2026-06-01'];

beforeAll(() => requireBuiltCli());

describe('pathwise plan --keep-for', () => {
  it('--json lists the renewals; the cost includes them, the weeks do not', async () => {
    const run = await runCli([...base, ...asOf, '--keep-for', '108', '--json']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const plan = JSON.parse(run.stdout) as Plan;
    expect([plan.totalCost, plan.totalWeeks, plan.optimal]).toEqual([1212, 8, true]);
    // Security+ is held from week 8 (2026-07-27); it would lapse 36 and 72 months later.
    expect(plan.renewals!.map((r) => [r.dueDate, r.cost, r.by])).toEqual([
      ['2029-07-27', 0, 'comptia-cysa-plus'],
      ['2032-07-27', 0, 'comptia-pentest-plus'],
    ]);
    expect(plan.steps.find((s) => s.credential === 'comptia-cysa-plus')!.endDate).toBe(
      '2029-07-27',
    );
  });

  it('the table ends with one line per renewal', async () => {
    const run = await runCli([...base, ...asOf, '--keep-for', '72', '--start-date', '2026-06-01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('renewal due 2029-07-27: by earning comptia-cysa-plus');
    expect(run.stdout).toMatch(/total: \$?808/);
  });

  it('a batch line takes keepFor, and without it there are no renewals', async () => {
    const lines = [
      { id: 'kept', target: 'comptia-security-plus', asOf: '2026-06-01', keepFor: 72 },
      { id: 'plain', target: 'comptia-security-plus', asOf: '2026-06-01' },
    ];
    const file = writeTemp(dir, 'q.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const run = await runCli(['plan', '--catalog', catalogFile, '--batch', file]);
    expect(run.status).toBe(0);
    const [kept, plain] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Plan);
    expect([kept!.totalCost, kept!.renewals!.length]).toEqual([808, 1]);
    expect([plain!.totalCost, plain!.renewals]).toEqual([404, undefined]);
  });

  it('refuses a negative --keep-for with exit 2, naming the flag', async () => {
    const run = await runCli([...base, ...asOf, '--keep-for', '-3']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--keep-for must be a finite number of months >= 0');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
