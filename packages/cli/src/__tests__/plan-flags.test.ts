// The command line of `pathwise plan`: what parses, and which bad flags are refused with INVALID_INPUT.
import { describe, expect, it } from 'vitest';
import { InvalidInputError, PathwiseError, indexCatalog } from '@pathwise/core';
import { planFlags } from '../plan/plan-flags.js';
import { planCommand } from '../commands/plan.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { holdingsFromFlags } from '../plan/holdings-from-flags.js';
import { processIo } from '../io.js';
import { UsageError } from '../usage-error.js';

const parsePlanFlags = (args: string[]) => planFlags(parseCommandArgs(args, planCommand).values);

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('parsePlanFlags', () => {
  it('reads a single query', () => {
    expect(
      parsePlanFlags([
        '--catalog',
        'c.json',
        '--target',
        't',
        '--have',
        'a,b@2025-01-02',
        '--have',
        'c',
        '--as-of',
        '2026-06-01',
        '--objective',
        'Fastest',
        '--json',
        '--time-budget',
        '250',
      ]),
    ).toEqual({
      catalog: 'c.json',
      target: 't',
      have: ['a,b@2025-01-02', 'c'],
      asOf: '2026-06-01',
      objective: 'fastest',
      format: 'json',
      timeBudgetMs: 250,
    });
  });
  it('reads a batch', () => {
    const flags = parsePlanFlags(['--catalog', 'c.json', '--batch', 'q.jsonl']);
    expect([flags.batch, flags.target, flags.format]).toEqual(['q.jsonl', undefined, 'json']);
    const csv = parsePlanFlags(['--catalog', 'c.json', '--batch', 'q.jsonl', '--format', 'CSV']);
    expect(csv.format).toBe('csv');
  });
  it.each([
    ['no catalog', ['--target', 't']],
    ['neither target nor batch', ['--catalog', 'c']],
    ['both target and batch', ['--catalog', 'c', '--target', 't', '--batch', 'q']],
    ['--have with a batch', ['--catalog', 'c', '--batch', 'q', '--have', 'a']],
    ['an unknown flag', ['--catalog', 'c', '--target', 't', '--budget', '5']],
    ['a positional', ['--catalog', 'c', '--target', 't', 'extra']],
    ['a flag without its value', ['--catalog', 'c', '--target']],
    [
      'a time budget that is not a number',
      ['--catalog', 'c', '--target', 't', '--time-budget', '1s'],
    ],
    ['a budget that is not a number', ['--catalog', 'c', '--target', 't', '--max-cost', '5k']],
    ['an empty excluded id', ['--catalog', 'c', '--target', 't', '--exclude', 'a,,b']],
    ['weekly hours not a number', ['--catalog', 'c', '--target', 't', '--weekly-hours', 'ten']],
    ['an unknown format', ['--catalog', 'c', '--target', 't', '--format', 'xml']],
    ['--json with --format csv', ['--catalog', 'c', '--target', 't', '--json', '--format', 'csv']],
    ['a table for a batch', ['--catalog', 'c', '--batch', 'q', '--format', 'table']],
  ])('refuses %s', (_label, args) => {
    const error = thrown(() => parsePlanFlags(args));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('INVALID_INPUT');
  });
  it('reads --max-weeks, --max-cost and every --exclude', () => {
    const flags = parsePlanFlags([
      '--catalog',
      'c',
      '--target',
      't',
      '--max-weeks',
      '12.5',
      '--max-cost',
      '400',
      '--exclude',
      'a,b',
      '--exclude',
      'c',
    ]);
    expect([flags.maxWeeks, flags.maxCost, flags.exclude]).toEqual([12.5, 400, ['a', 'b', 'c']]);
    expect(parsePlanFlags(['--catalog', 'c', '--target', 't']).exclude).toBeUndefined();
  });
  it('reads --weekly-hours', () => {
    const args = ['--catalog', 'c', '--target', 't'];
    expect(parsePlanFlags([...args, '--weekly-hours', '7.5']).weeklyHours).toBe(7.5);
    expect(parsePlanFlags(args).weeklyHours).toBeUndefined();
  });
  it('takes a negative number as a value, for the engine to refuse by its range', () => {
    const flags = parsePlanFlags(['--catalog', 'c', '--target', 't', '--max-weeks', '-3']);
    expect(flags.maxWeeks).toBe(-3);
  });
});

describe('holdingsFromFlags', () => {
  const context = {
    index: indexCatalog({ format: 'pathwise.catalog/v1', credentials: [] }),
    asOf: '2026-06-01',
  };
  it('splits ids and dates from every --have', async () => {
    expect(await holdingsFromFlags({ have: ['a, b@2025-01-02', 'c'] }, processIo, context)).toEqual(
      [{ id: 'a' }, { id: 'b', earnedOn: '2025-01-02' }, { id: 'c' }],
    );
    expect(await holdingsFromFlags({}, processIo, context)).toEqual([]);
  });
  it.each([['a,,b'], ['@2025-01-01']])('refuses "%s"', async (have) => {
    const error = await holdingsFromFlags({ have: [have] }, processIo, context).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PathwiseError);
    expect((error as InvalidInputError).code).toBe('INVALID_INPUT');
  });
});
