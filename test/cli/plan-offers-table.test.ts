// The plan table with offers (plan-v2 `offers`, `step.offer`), through the real CLI on the offer
// conformance catalogs: which offers the plan takes, their cost and billed span, and the steps each
// pays, at 80 and 120 columns (snapshotted, no line wider than the width); with a sponsor, what the
// learner and the sponsor pay. Plans without offers keep their table (plan-table-width.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';
import { requireBuiltCli, runCli, tempDir, writeTemp } from './run-cli.js';

const dir = tempDir();
const catalogOf = (name: string): string =>
  writeTemp(
    dir,
    `${name}.json`,
    (
      JSON.parse(readFileSync(join(repoRoot, 'docs/conformance', `${name}.json`), 'utf8')) as {
        catalog: unknown;
      }
    ).catalog,
  );
const asOf = ['--as-of', '2026-06-01'];

describe('pathwise plan shows the offers a plan takes', () => {
  beforeAll(requireBuiltCli);

  it.each([80, 120])(
    'a subscription paying two parallel steps, with dates, at %i columns',
    async (width) => {
      const catalog = catalogOf('subscription-parallel');
      const run = await runCli(
        [
          'plan',
          '--catalog',
          catalog,
          ...asOf,
          '--target',
          'data-cert',
          '--start-date',
          '2026-06-01',
        ],
        { COLUMNS: String(width) },
      );
      expect([run.status, run.stderr]).toEqual([0, '']);
      for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(width);
      const flat = run.stdout.replace(/\s+/g, ' ');
      expect(flat).toContain(
        '- LearnCo quarterly subscription (learnco-quarterly): 99 USD (1 × 3 months at 99), billed 2026-08-10 to 2026-09-07; pays steps 2, 3',
      );
      expect(flat).toContain('total: 239 USD, 15 weeks, 4 steps');
      expect(run.stdout).toMatchSnapshot();
    },
  );

  it.each([80, 120])('a one-off bundle, in weeks, at %i columns', async (width) => {
    const run = await runCli(
      [
        'plan',
        '--catalog',
        catalogOf('bundle-beats-two-vouchers'),
        ...asOf,
        '--target',
        'tech-cert',
      ],
      { COLUMNS: String(width) },
    );
    expect([run.status, run.stderr]).toEqual([0, '']);
    for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(width);
    expect(run.stdout.replace(/\s+/g, ' ')).toMatch(
      /\(one-off\), used weeks [\d.]+-[\d.]+; pays steps \d, \d/,
    );
    expect(run.stdout).toContain('total: 450 USD');
    expect(run.stdout).toMatchSnapshot();
  });

  it('says what the learner and the sponsor pay', async () => {
    const run = await runCli(
      [
        'plan',
        '--catalog',
        catalogOf('sponsor-one-provider'),
        ...asOf,
        '--target',
        'pm-exam',
        '--sponsor-amount',
        '600',
        '--sponsor-providers',
        'state-u',
      ],
      { COLUMNS: '80' },
    );
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('total: 600 USD');
    expect(run.stdout).toContain('out of pocket: 100 USD; sponsored: 500 USD');
  });
});
