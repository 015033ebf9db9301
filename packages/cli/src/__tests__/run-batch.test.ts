// Parsing one line of a --batch file into a query, with the batch's defaults filled in.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@pathwise/core';
import { parseQueryLine } from '../plan/run-batch.js';

const defaults = { asOf: '2026-06-01', objective: 'cheapest' as const };

describe('parseQueryLine', () => {
  it('reads a full line and fills defaults for a short one', () => {
    expect(
      parseQueryLine(
        '{"target":"t","have":[{"id":"a","earnedOn":"2025-01-01"},{"id":"b"}],"asOf":"2026-01-01","objective":"fastest","learner":"x"}',
        defaults,
      ),
    ).toEqual({
      target: 't',
      have: [{ id: 'a', earnedOn: '2025-01-01' }, { id: 'b' }],
      asOf: '2026-01-01',
      objective: 'fastest',
    });
    expect(parseQueryLine('{"target":"t"}', { ...defaults, timeBudgetMs: 50 })).toEqual({
      target: 't',
      have: [],
      asOf: '2026-06-01',
      objective: 'cheapest',
      timeBudgetMs: 50,
    });
  });
  it('reads maxWeeks, maxCost and exclude; a line overrides the defaults', () => {
    const limits = { ...defaults, maxWeeks: 10, maxCost: 500, exclude: ['x'] };
    expect(parseQueryLine('{"target":"t","maxCost":300,"exclude":["a","b"]}', limits)).toEqual({
      target: 't',
      have: [],
      asOf: '2026-06-01',
      objective: 'cheapest',
      maxWeeks: 10,
      maxCost: 300,
      exclude: ['a', 'b'],
    });
  });
  it('reads weeklyHours; a line overrides the default', () => {
    const hours = { ...defaults, weeklyHours: 10 };
    expect(parseQueryLine('{"target":"t"}', hours).weeklyHours).toBe(10);
    expect(parseQueryLine('{"target":"t","weeklyHours":4}', hours).weeklyHours).toBe(4);
    expect(parseQueryLine('{"target":"t"}', defaults).weeklyHours).toBeUndefined();
  });
  it.each([
    ['not JSON', '{"target":'],
    ['not an object', '["t"]'],
    ['no target', '{"have":[]}'],
    ['a bad objective', '{"target":"t","objective":"slowest"}'],
    ['have not an array', '{"target":"t","have":"a"}'],
    ['a holding without id', '{"target":"t","have":[{"earnedOn":"2025-01-01"}]}'],
    ['a numeric asOf', '{"target":"t","asOf":20260101}'],
    ['an empty line', ''],
    ['a negative maxWeeks', '{"target":"t","maxWeeks":-1}'],
    ['a string maxCost', '{"target":"t","maxCost":"500"}'],
    ['exclude not a list of ids', '{"target":"t","exclude":"a"}'],
    ['zero weeklyHours', '{"target":"t","weeklyHours":0}'],
    ['a string weeklyHours', '{"target":"t","weeklyHours":"10"}'],
  ])('refuses %s with INVALID_INPUT', (_label, line) => {
    let error: unknown;
    try {
      parseQueryLine(line, defaults);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe('INVALID_INPUT');
  });
});
