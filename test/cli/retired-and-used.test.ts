// The built CLI on retired credentials and used holdings: `show` says retired, the plan table says
// which holdings it uses (implied ones marked) and never earns a retired credential, an unavoidable
// one is the reason there is no plan, and --json and batch lines carry `used`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';

const dir = tempDir();
const caseCatalog = (name: string): string =>
  writeTemp(
    dir,
    `${name}.json`,
    JSON.parse(readFileSync(join(repoRoot, `docs/conformance/${name}.json`), 'utf8')).catalog,
  );

beforeAll(() => requireBuiltCli());

describe('retired credentials and used holdings in the CLI', () => {
  it('show says a credential is retired, and only then', async () => {
    const catalog = caseCatalog('retired-alternative');
    const retired = await runCli(['show', 'net-exam-2019', '--catalog', catalog]);
    expect([retired.status, retired.stderr]).toEqual([0, '']);
    expect(retired.stdout).toMatch(/^ {2}retired +yes: no longer offered/m);
    const json = await runCli(['show', 'net-exam-2019', '--catalog', catalog, '--json']);
    expect(JSON.parse(json.stdout).retired).toBe(true);
    const current = await runCli(['show', 'net-exam-2024', '--catalog', catalog]);
    expect(current.stdout).not.toMatch(/retired/);
  });

  it('plans around a retired credential, and says which holdings it uses', async () => {
    const catalog = caseCatalog('retired-alternative');
    const plan = await runCli(['plan', '--catalog', catalog, '--target', 'net-specialist']);
    expect([plan.status, plan.stderr]).toEqual([0, '']);
    expect(plan.stdout).not.toMatch(/net-exam-2019/);
    expect(plan.stdout).not.toMatch(/^uses:/m);
    expect(plan.stdout).toMatch(/total: 440 USD, 6 weeks, 3 steps/);
    const held = await runCli([
      'plan',
      '--catalog',
      catalog,
      '--target',
      'net-specialist',
      '--have',
      'net-exam-2019',
      '--as-of',
      '2026-06-01',
    ]);
    expect(held.stdout).toMatch(
      /^uses: Network Associate exam \(2019 version\) \(net-exam-2019\)$/m,
    );
  });

  it('marks implied holdings, in the table, --json and batch lines', async () => {
    const catalog = caseCatalog('implied-holding');
    const args = [
      'plan',
      '--catalog',
      catalog,
      '--target',
      'ml-specialist',
      '--as-of',
      '2026-06-01',
    ];
    const table = await runCli([...args, '--have', 'data-cert@2025-09-01'], { COLUMNS: '120' });
    expect(table.stdout).toMatch(
      /^uses: Introduction to Python \(intro-py, implied\), Introduction to SQL \(intro-sql, implied\)$/m,
    );
    const json = await runCli([...args, '--have', 'data-cert@2025-09-01', '--json']);
    expect(JSON.parse(json.stdout).used).toEqual([
      { credential: 'intro-py', implied: true },
      { credential: 'intro-sql', implied: true },
    ]);
    const line = { target: 'ml-specialist', have: [{ id: 'data-cert' }, { id: 'stats' }] };
    const batch = await runCli([
      'plan',
      '--catalog',
      catalog,
      '--batch',
      writeTemp(dir, 'implied.jsonl', `${JSON.stringify(line)}\n`),
    ]);
    expect(batch.status).toBe(0);
    expect(JSON.parse(batch.stdout.trim()).used).toEqual([
      { credential: 'intro-py', implied: true },
      { credential: 'stats', implied: false },
      { credential: 'intro-sql', implied: true },
    ]);
  });

  it('names the retired credential a plan cannot avoid', async () => {
    const catalog = writeTemp(dir, 'only-retired.json', {
      format: 'pathwise.catalog/v2',
      credentials: [
        { id: 'old', name: 'Old', kind: 'course', cost: 1, durationWeeks: 1, retired: true },
        { id: 't', name: 'T', kind: 'certificate', cost: 1, durationWeeks: 1, requires: 'old' },
      ],
    });
    const run = await runCli(['plan', '--catalog', catalog, '--target', 't']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^no plan: "t" needs "old", which is retired$/m);
  });
});
