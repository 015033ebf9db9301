// The plan table fitted to the terminal: the PMP plan (161 columns before) and the Purdue degree plan
// (407 before) at 80 and 120 columns (COLUMNS, as a terminal sets it), snapshotted (both now take the
// catalog's real offers, so they show the offers block); no line wider than
// the width; weeks and money rounded for people.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { repoRoot } from '../helpers/conformance.js';
import { requireBuiltCli, runCli } from './run-cli.js';

const catalog = join(repoRoot, 'examples/catalogs/tech-careers.json');
const asOf = '2026-11-22';
const plans = {
  pmp: ['--target', 'pmi-pmp', '--have', 'generic-bachelors-degree'],
  degree: ['--target', 'purdue-global-bsit'],
} as const;

describe('pathwise plan tables fit the terminal', () => {
  beforeAll(requireBuiltCli);

  it.each([
    ['pmp', 80],
    ['pmp', 120],
    ['degree', 80],
    ['degree', 120],
  ] as const)('the %s plan at %i columns', async (which, width) => {
    const run = await runCli(['plan', '--catalog', catalog, '--as-of', asOf, ...plans[which]], {
      COLUMNS: String(width),
    });
    expect([run.status, run.stderr]).toEqual([0, '']);
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(width);
    expect(run.stdout).toMatchSnapshot();
    if (which === 'degree')
      expect(run.stdout).toContain('total: 25,709.75 USD, 60 weeks, 56 steps');
  });

  it('rounds weeks under a weekly-hours budget for reading (no float noise)', async () => {
    const run = await runCli(
      [
        'plan',
        '--catalog',
        catalog,
        '--as-of',
        asOf,
        ...plans.pmp,
        '--objective',
        'fastest',
        '--weekly-hours',
        '7',
      ],
      { COLUMNS: '100' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\d\.\d{3,}/);
    expect(run.stdout).toMatch(/6\.14-12\.29/);
  });
});
