// `pathwise plan --explain` through the real built binary: the JSON plan carries the engine's
// explanation; the table's last column becomes "why" with each step's reason, followed by the
// choices and what each option passed over would have added; at 80 and 120 columns the "why" column
// fits and reads each step's whole sentence; --explain with --batch is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@pathwise/engine';
import { betweenCatalog } from '@pathwise/test-support';
import { join } from 'node:path';
import { repoRoot } from '../helpers/conformance.js';
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

  it.each([80, 120])(
    'the why column fits %i columns and reads each step’s whole sentence',
    async (width) => {
      const args = ['plan', '--catalog', join(repoRoot, 'examples/catalogs/tech-careers.json')];
      args.push('--target', 'pmi-pmp', '--have', 'generic-bachelors-degree');
      args.push('--as-of', '2026-11-22', '--explain');
      const run = await runCli(args, { COLUMNS: String(width) });
      expect([run.status, run.stderr]).toEqual([0, '']);
      const lines = run.stdout.split('\n');
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      // The column, read top to bottom, is each step's sentence (less its "Earn NAME (id): ").
      const header = lines.findIndex((l) => /^#\s.*\swhy$/.test(l));
      expect(header).toBeGreaterThan(-1);
      const at = lines[header]!.indexOf('why');
      const rows = lines.slice(header + 2, lines.indexOf('', header));
      const column = rows.map((l) => l.slice(at).trim()).join(' ');
      const json = JSON.parse((await runCli([...args, '--json'])).stdout) as Plan;
      const sentences = json.explanation!.steps.map((s) =>
        s.text.replace(/^Earn .*?\([^()]*\): /, ''),
      );
      expect(sentences.length).toBeGreaterThan(3);
      // Nothing lost or reordered (an id longer than the column is cut across lines: spaces ignored).
      expect(column.replace(/\s+/g, '')).toBe(sentences.join('').replace(/\s+/g, ''));
    },
  );

  it('refuses --explain with --batch (exit 2)', async () => {
    const batch = writeTemp(dir, 'q.jsonl', { target: 'cert' });
    const run = await runCli(['plan', '--catalog', catalogFile, '--batch', batch, '--explain']);
    expect(run.status).toBe(2);
  });
});
