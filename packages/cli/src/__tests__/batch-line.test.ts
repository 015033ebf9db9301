// Reshaping one line of a --batch file into a query: defaults filled in, the id kept, the objective
// in either case; a line that is not a JSON object, has a field not in the list or a bad id refused.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@pathwise/core';
import { parseBatchLine } from '../plan/batch-line.js';

const defaults = { asOf: '2026-06-01', objective: 'cheapest' as const };

const refusal = (line: string): unknown => {
  try {
    parseBatchLine(line, defaults);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('parseBatchLine', () => {
  it('reads a full line and fills defaults for a short one', () => {
    expect(
      parseBatchLine(
        '{"id":"q1","target":"t","have":[{"id":"a","earnedOn":"2025-01-01"},{"id":"b"}],"asOf":"2026-01-01","objective":"FASTEST"}',
        defaults,
      ),
    ).toEqual({
      id: 'q1',
      query: {
        target: 't',
        have: [{ id: 'a', earnedOn: '2025-01-01' }, { id: 'b' }],
        asOf: '2026-01-01',
        objective: 'fastest',
      },
    });
    expect(parseBatchLine('{"target":"t","id":7}', { ...defaults, timeBudgetMs: 50 })).toEqual({
      id: 7,
      query: { target: 't', have: [], asOf: '2026-06-01', objective: 'cheapest', timeBudgetMs: 50 },
    });
  });
  it('reads maxWeeks, maxCost, exclude and weeklyHours; a line overrides the defaults', () => {
    const limits = { ...defaults, maxWeeks: 10, maxCost: 500, exclude: ['x'], weeklyHours: 10 };
    expect(
      parseBatchLine('{"target":"t","maxCost":300,"exclude":["a","b"],"weeklyHours":4}', limits)
        .query,
    ).toEqual({
      target: 't',
      have: [],
      asOf: '2026-06-01',
      objective: 'cheapest',
      maxWeeks: 10,
      maxCost: 300,
      exclude: ['a', 'b'],
      weeklyHours: 4,
    });
    expect(parseBatchLine('{"target":"t"}', defaults).query.weeklyHours).toBeUndefined();
  });
  it.each([
    ['not JSON', '{"target":'],
    ['not an object', '["t"]'],
    ['a misspelt field', '{"target":"t","weekly_hours":5}'],
    ['an extra field', '{"target":"t","learner":"x"}'],
    ['an id that is an object', '{"target":"t","id":{"a":1}}'],
  ])('refuses %s with INVALID_INPUT', (_label, line) => {
    const error = refusal(line);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe('INVALID_INPUT');
  });
  it('names a misspelt field and the one it is near', () => {
    expect((refusal('{"target":"t","weekly_hours":5}') as Error).message).toContain(
      '"weekly_hours" (did you mean "weeklyHours"?)',
    );
  });
});
