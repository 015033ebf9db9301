// The command line of `pathwise plan`: what parses, and which bad flags are refused with INVALID_INPUT.
import { describe, expect, it } from 'vitest';
import { InvalidInputError, PathwiseError, indexCatalog } from '@pathwise/core';
import { parsePlanFlags } from '../plan/plan-flags.js';
import { holdingsFromFlags } from '../plan/holdings-from-flags.js';
import { processIo } from '../io.js';
import { UsageError } from '../usage-error.js';

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
        'fastest',
        '--json',
        '--time-budget',
        '250',
      ]),
    ).toEqual({
      catalog: 'c.json',
      target: 't',
      batch: undefined,
      have: ['a,b@2025-01-02', 'c'],
      asOf: '2026-06-01',
      objective: 'fastest',
      json: true,
      timeBudgetMs: 250,
    });
  });
  it('reads a batch', () => {
    const flags = parsePlanFlags(['--catalog', 'c.json', '--batch', 'q.jsonl']);
    expect([flags.batch, flags.target, flags.json]).toEqual(['q.jsonl', undefined, false]);
  });
  it.each([
    ['no catalog', ['--target', 't']],
    ['neither target nor batch', ['--catalog', 'c']],
    ['both target and batch', ['--catalog', 'c', '--target', 't', '--batch', 'q']],
    ['--have with a batch', ['--catalog', 'c', '--batch', 'q', '--have', 'a']],
    ['an unknown flag', ['--catalog', 'c', '--target', 't', '--budget', '5']],
    ['a positional', ['--catalog', 'c', '--target', 't', 'extra']],
    ['a flag without its value', ['--catalog', 'c', '--target']],
    ['a bad objective', ['--catalog', 'c', '--target', 't', '--objective', 'quickest']],
    ['a bad time budget', ['--catalog', 'c', '--target', 't', '--time-budget', '-3']],
    ['a negative deadline', ['--catalog', 'c', '--target', 't', '--max-weeks', '-3']],
    ['a budget that is not a number', ['--catalog', 'c', '--target', 't', '--max-cost', '5k']],
    ['an empty excluded id', ['--catalog', 'c', '--target', 't', '--exclude', 'a,,b']],
    ['zero weekly hours', ['--catalog', 'c', '--target', 't', '--weekly-hours', '0']],
    ['weekly hours not a number', ['--catalog', 'c', '--target', 't', '--weekly-hours', 'ten']],
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
  it('refuses a date that is not on the calendar', () => {
    const error = thrown(() =>
      parsePlanFlags(['--catalog', 'c', '--target', 't', '--as-of', '2026-02-30']),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe('INVALID_INPUT');
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
  it.each([['a,,b'], ['@2025-01-01'], ['a@2025-13-01'], ['a@yesterday']])(
    'refuses "%s"',
    async (have) => {
      const error = await holdingsFromFlags({ have: [have] }, processIo, context).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PathwiseError);
      expect((error as InvalidInputError).code).toBe('INVALID_INPUT');
    },
  );
});
