// `pathwise plan` end to end: the real built binary on catalog files, as plan-v1.md specifies it:
// --json prints the plan and nothing else; a table otherwise; exit 2 with one line per fault and no
// stack trace for bad input; --batch answers line by line and goes on past bad lines.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import type { Plan } from '@pathwise/engine';
import { haveArgs, requireBuiltCli, runCli, runCommand, tempDir, writeTemp } from './run-cli.js';
import { planViolations } from '../../packages/engine/src/__tests__/support/check-plan.js';
import { highsCheapest } from '../../packages/engine/src/__tests__/support/highs-oracle.js';
import { fastestWeeks } from '../../packages/engine/src/__tests__/support/fastest-recursion.js';

const catalog: Catalog = {
  format: 'pathwise.catalog/v1',
  currency: 'EUR',
  providers: [{ id: 'uni', name: 'Uni', kind: 'university' }],
  credentials: [
    {
      id: 'found',
      name: 'Foundations',
      kind: 'course',
      provider: 'uni',
      cost: 80,
      durationWeeks: 4,
      validityMonths: 24,
    },
    {
      id: 'stats',
      name: 'Statistics',
      kind: 'course',
      cost: 120,
      durationWeeks: 6,
      credits: 3,
      requires: 'found',
    },
    {
      id: 'prog',
      name: 'Programming',
      kind: 'course',
      cost: 90,
      durationWeeks: 3,
      credits: 2,
      requires: 'found',
    },
    { id: 'viz', name: 'Visualisation', kind: 'badge', cost: 30, durationWeeks: 2, credits: 1 },
    { id: 'ml', name: 'Machine Learning', kind: 'course', cost: 200, durationWeeks: 8, credits: 4 },
    {
      id: 'cert',
      name: 'Data Science Certificate',
      kind: 'certificate',
      cost: 50,
      durationWeeks: 1,
      requires: { all: ['found', { credits: 5, of: ['stats', 'prog', 'viz', 'ml'] }] },
    },
  ],
};
const asOf = '2026-06-01';
const dir = tempDir();
const catalogFile = writeTemp(dir, 'catalog.json', catalog);
const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at /);

beforeAll(() => requireBuiltCli());

describe('pathwise plan', () => {
  it.each(['cheapest', 'fastest'] as const)(
    'prints only the %s plan with --json, matching the oracles',
    async (objective) => {
      const have = [{ id: 'found', earnedOn: '2023-01-15' }, { id: 'viz' }]; // found has lapsed
      const run = await runCli([
        'plan',
        '--catalog',
        catalogFile,
        '--target',
        'cert',
        ...haveArgs(have),
        '--as-of',
        asOf,
        '--objective',
        objective,
        '--json',
      ]);
      expect([run.status, run.stderr]).toEqual([0, '']);
      const plan = JSON.parse(run.stdout) as Plan;
      const query = { target: 'cert', have, asOf, objective };
      expect(planViolations(catalog, query, plan)).toEqual([]);
      expect(plan.steps.some((s) => s.credential === 'found')).toBe(true);
      if (objective === 'cheapest')
        expect(plan.totalCost).toBe((await highsCheapest(catalog, query)).totalCost);
      else expect(plan.totalWeeks).toBe(fastestWeeks(catalog, query));
    },
  );

  it('prints a table of steps and totals without --json (cheapest by default)', async () => {
    const run = await runCli([
      'plan',
      '--catalog',
      catalogFile,
      '--target',
      'cert',
      '--have',
      'found',
      '--as-of',
      asOf,
    ]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('cheapest plan for Data Science Certificate (cert)');
    expect(run.stdout).toMatch(/Statistics \(stats\)\s+120\s/);
    expect(run.stdout).toMatch(/cost EUR/);
    expect(run.stdout).toContain('total: 260 EUR');
  });

  it('takes --time-budget and still prints a valid plan', async () => {
    const run = await runCli([
      'plan',
      '--catalog',
      catalogFile,
      '--target',
      'cert',
      '--as-of',
      asOf,
      '--time-budget',
      '5',
      '--json',
    ]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const plan = JSON.parse(run.stdout) as Plan;
    expect(
      planViolations(catalog, { target: 'cert', have: [], asOf, objective: 'cheapest' }, plan),
    ).toEqual([]);
  });

  it('prints its usage for --help and exits 0', async () => {
    const run = await runCli(['plan', '--help']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/--batch QUERIES\.jsonl/);
  });

  it('plans an already held target as an empty plan', async () => {
    const run = await runCli([
      'plan',
      '--catalog',
      catalogFile,
      '--target',
      'viz',
      '--have',
      'viz',
      '--json',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      feasible: true,
      totalCost: 0,
      totalWeeks: 0,
      steps: [],
    });
  });

  it.each([
    ['an unknown target', ['--catalog', catalogFile, '--target', 'nope'], /UNKNOWN_CREDENTIAL/],
    [
      'an unknown holding',
      ['--catalog', catalogFile, '--target', 'cert', '--have', 'ghost'],
      /UNKNOWN_CREDENTIAL/,
    ],
    [
      'an unreadable catalog',
      ['--catalog', `${dir}/missing.json`, '--target', 'cert'],
      /UNREADABLE/,
    ],
    ['a bad flag', ['--catalog', catalogFile, '--target', 'cert', '--fastest'], /INVALID_INPUT/],
    ['a missing --target', ['--catalog', catalogFile], /INVALID_INPUT/],
    [
      'a bad date',
      ['--catalog', catalogFile, '--target', 'cert', '--as-of', '2026-13-01'],
      /INVALID_INPUT/,
    ],
    [
      'a bad objective',
      ['--catalog', catalogFile, '--target', 'cert', '--objective', 'soonest'],
      /INVALID_INPUT/,
    ],
    [
      'an unreadable batch file',
      ['--catalog', catalogFile, '--batch', `${dir}/missing.jsonl`],
      /INVALID_INPUT/,
    ],
  ])(
    'exits 2 for %s, with one line on stderr and nothing on stdout',
    async (_label, args, code) => {
      const run = await runCli(['plan', ...args]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(code);
      noStack(run.stderr);
    },
  );

  it('exits 2 for an invalid catalog, one line per fault', async () => {
    const bad = {
      ...catalog,
      credentials: [
        ...catalog.credentials,
        { id: 'loop-a', name: 'A', kind: 'course', cost: 1, durationWeeks: 1, requires: 'loop-b' },
        { id: 'loop-b', name: 'B', kind: 'course', cost: -1, durationWeeks: 1, requires: 'loop-a' },
        {
          id: 'dangling',
          name: 'D',
          kind: 'course',
          cost: 1,
          durationWeeks: 1,
          requires: 'nowhere',
        },
      ],
    };
    const run = await runCli([
      'plan',
      '--catalog',
      writeTemp(dir, 'bad.json', bad),
      '--target',
      'cert',
    ]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(run.stderr).toMatch(/CYCLE/);
    expect(run.stderr).toMatch(/DANGLING_CREDENTIAL/);
    noStack(run.stderr);
  });

  it('answers a --batch line by line, in order, going on past bad lines', async () => {
    const lines = [
      JSON.stringify({ target: 'cert', have: [{ id: 'found', earnedOn: '2025-01-01' }], asOf }),
      '{"target": "cert",',
      JSON.stringify({ target: 'ghost' }),
      JSON.stringify({ target: 'cert', objective: 'fastest', asOf }),
      JSON.stringify({ target: 'cert', objective: 'slowest' }),
      JSON.stringify({ target: 'stats', have: [{ id: 'found' }], asOf }),
    ];
    const run = await runCli([
      'plan',
      '--catalog',
      catalogFile,
      '--batch',
      writeTemp(dir, 'q.jsonl', `${lines.join('\n')}\n`),
    ]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^batch: \d+ quer(y|ies): .*\n$/);
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Plan & { error?: { code: string } });
    expect(out).toHaveLength(6);
    expect(out.map((o) => o.error?.code ?? o.objective)).toEqual([
      'cheapest',
      'INVALID_INPUT',
      'UNKNOWN_CREDENTIAL',
      'fastest',
      'INVALID_INPUT',
      'cheapest',
    ]);
    expect(
      planViolations(
        catalog,
        {
          target: 'cert',
          have: [{ id: 'found', earnedOn: '2025-01-01' }],
          asOf,
          objective: 'cheapest',
        },
        out[0]!,
      ),
    ).toEqual([]);
    expect(out[3]!.totalWeeks).toBe(fastestWeeks(catalog, { target: 'cert', have: [], asOf }));
    expect(out[5]!.totalCost).toBe(120);
  });

  it('runs from the repository root as `pnpm --silent pathwise plan`', async () => {
    const args = [
      '--silent',
      'pathwise',
      'plan',
      '--catalog',
      catalogFile,
      '--target',
      'prog',
      '--json',
      '--as-of',
      asOf,
    ];
    // The wrapper rebuilds the CLI first, with a note on stderr, when a source is newer than the
    // build (test/clone checks that it does so once), as it is after an edit not yet built. The
    // first run leaves the build fresh; the second must print the command's own output alone.
    await runCommand('pnpm', args);
    const run = await runCommand('pnpm', args);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toMatchObject({
      feasible: true,
      target: 'prog',
      totalCost: 170,
      totalWeeks: 7,
    });
  });
});
