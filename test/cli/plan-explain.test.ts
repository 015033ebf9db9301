// `pathwise plan --explain` through the real built binary: the JSON plan carries the engine's
// explanation; the table's last column becomes "why" with each step's reason, followed by the
// choices and what each option passed over would have added; --explain with --batch is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@pathwise/engine';
import { betweenCatalog } from '@pathwise/test-support';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';

const dir = tempDir();
const catalogFile = writeTemp(dir, 'catalog.json', betweenCatalog());
const base = ['plan', '--catalog', catalogFile, '--target', 'cert', '--as-of', '2026-06-01'];

beforeAll(() => requireBuiltCli());

describe('pathwise plan --explain', () => {
  it('--json: the plan carries its explanation', async () => {
    const run = await runCli([...base, '--explain', '--json']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const plan = JSON.parse(run.stdout) as Plan;
    expect(plan.explanation!.steps.map((s) => s.credential)).toEqual(['slow', 'cert']);
    expect(plan.explanation!.choices[0]!.passedOver.map((p) => p.addedCost)).toEqual([200, 900]);
  });

  it('the table says why each step is there, then the choice and its options', async () => {
    const run = await runCli([...base, '--explain'], { COLUMNS: '140' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/#\s+weeks\s+h\/wk\s+credential\s+cost\s+why/);
    expect(run.stdout).toContain('which needs any(slow, mid, fast)');
    expect(run.stdout).toContain('why:\nCert');
    expect(run.stdout).toMatch(/- Middle Course \(mid\) would have added 200 and -10 weeks\./);
    const plain = await runCli(base);
    expect(plain.stdout).not.toContain('why');
  });

  it('refuses --explain with --batch (exit 2)', async () => {
    const batch = writeTemp(dir, 'q.jsonl', { target: 'cert' });
    const run = await runCli(['plan', '--catalog', catalogFile, '--batch', batch, '--explain']);
    expect(run.status).toBe(2);
  });
});
