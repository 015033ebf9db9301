// What a person reads of a plan's weekly hours, through the real built binary: the table's hours a
// week, dates under --start-date, the peak load and the warning past 40 hours a week without a budget
// (the README's Google Data Analytics example: eight courses side by side, 80 hours a week); batch
// lines with weeklyHours and startDate carry the hours fields; a bad date is refused by its flag.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Plan } from '@pathwise/engine';
import { requireBuiltCli, runCli, tempDir } from './run-cli.js';
import { writeFileSync } from 'node:fs';
import { repoRoot } from '../helpers/conformance.js';

const catalog = join(repoRoot, 'examples/catalogs/tech-careers.json');
const base = ['plan', '--catalog', catalog, '--target', 'google-da-cert', '--as-of', '2026-01-01'];

beforeAll(() => requireBuiltCli());

describe('pathwise plan: hours a week, dates and the peak load', () => {
  it('warns of the README example without a budget, and not with --weekly-hours 10', async () => {
    const free = await runCli(base, { COLUMNS: '100' });
    expect([free.status, free.stderr]).toEqual([0, '']);
    expect(free.stdout).toMatch(/#\s+weeks\s+h\/wk\s+credential/);
    expect(free.stdout).toMatch(/^1\s+0-3\.3\s+10\s+Foundations/m);
    expect(free.stdout).toContain('peak load: 80 hours a week (no weekly-hours budget)');
    expect(free.stdout).toMatch(/^warning: peak load 80 hours a week is more than 40/m);

    const paced = await runCli([...base, '--weekly-hours', '10'], { COLUMNS: '100' });
    expect([paced.status, paced.stderr]).toEqual([0, '']);
    expect(paced.stdout).toContain('peak load: 10 hours a week (budget 10)');
    expect(paced.stdout).not.toContain('warning');
  });

  it('does not warn of a plan at most 40 hours a week without a budget', async () => {
    // One course alone runs 10 hours a week.
    const run = await runCli([
      'plan',
      '--catalog',
      catalog,
      '--target',
      'google-da-foundations',
      '--as-of',
      '2026-01-01',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('peak load: 10 hours a week (no weekly-hours budget)');
    expect(run.stdout).not.toContain('warning');
  });

  it('shows dates under --start-date, as the JSON dates them', async () => {
    const args = [...base, '--weekly-hours', '10', '--start-date', '2026-01-05'];
    const table = await runCli(args, { COLUMNS: '100' });
    const json = await runCli([...args, '--json']);
    expect([table.status, json.status]).toEqual([0, 0]);
    const plan = JSON.parse(json.stdout) as Plan;
    expect(plan.steps[0]!.startDate).toBe('2026-01-05');
    expect(table.stdout).toMatch(/#\s+dates\s+h\/wk\s+credential/);
    for (const s of plan.steps) {
      expect(table.stdout).toContain(`${s.startDate}`);
      expect(table.stdout).toContain(`to ${s.endDate}`);
    }
    const last = plan.steps
      .map((s) => s.endDate!)
      .sort()
      .at(-1)!;
    expect(table.stdout).toContain(`\ndates: 2026-01-05 to ${last}\n`);
    // Without --start-date the same plan reads in weeks.
    const weeks = await runCli([...base, '--weekly-hours', '10'], { COLUMNS: '100' });
    expect(weeks.stdout).toMatch(/#\s+weeks\s+h\/wk/);
    expect(weeks.stdout).not.toContain('2026-01-05');
  });

  it('refuses a date that is not one, naming --start-date, exit 2, no stack trace', async () => {
    const run = await runCli([...base, '--start-date', '2026-02-30']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^pathwise: --start-date must be a calendar date/);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('answers batch lines with weeklyHours and startDate, carrying the hours fields', async () => {
    const dir = tempDir();
    const file = join(dir, 'q.jsonl');
    const lines = [
      { id: 'free', target: 'google-da-cert', asOf: '2026-01-01' },
      {
        id: 'paced',
        target: 'google-da-cert',
        asOf: '2026-01-01',
        weeklyHours: 10,
        startDate: '2026-03-02',
      },
      { id: 'bad', target: 'google-da-cert', startDate: '2026-13-01' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const run = await runCli(['plan', '--catalog', catalog, '--batch', file]);
    expect(run.status).toBe(0);
    const [free, paced, bad] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)) as [
      Plan & { id: string },
      Plan & { id: string },
      { id: string; error: { code: string; message: string } },
    ];
    expect(free.peakWeeklyHours).toBe(80);
    expect(free.steps[0]!.startDate).toBe('2026-01-01');
    expect(paced.peakWeeklyHours).toBe(10);
    expect(paced.steps.every((s) => s.hoursPerWeek! <= 10)).toBe(true);
    expect(paced.steps[0]!.startDate).toBe('2026-03-02');
    expect(paced.steps.every((s) => typeof s.endDate === 'string')).toBe(true);
    expect(bad.error.code).toBe('INVALID_INPUT');
    expect(bad.error.message).toMatch(/^line 3: startDate must be a calendar date/);

    const csv = await runCli(['plan', '--catalog', catalog, '--batch', file, '--format', 'csv']);
    const [header, row1, row2] = csv.stdout.split('\n');
    const col = header!.split(',').indexOf('peakWeeklyHours');
    expect(col).toBeGreaterThan(0);
    expect([row1!.split(',')[col], row2!.split(',')[col]]).toEqual(['80', '10']);
  });
});
