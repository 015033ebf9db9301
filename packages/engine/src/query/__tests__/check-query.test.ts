// The one query check: every malformed field is named by its path (all of them, in one error),
// unknown fields are refused, unknown ids are named where the query names them; through plan() too.
import { describe, expect, it } from 'vitest';
import { InvalidInputError, reviveError, UnknownCredentialError } from '@pathwise/core';
import { createPlanner } from '../../plan/create-planner.js';
import { makeCatalog } from '../../compile/__tests__/make-catalog.js';
import { checkPlanQuery } from '../check-query.js';
import {
  ENGINE_ERROR_REVIVERS,
  InvalidQueryError,
  UnknownQueryCredentialError,
} from '../query-errors.js';

function faultsOf(value: unknown): { path: string }[] {
  try {
    checkPlanQuery(value);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidQueryError);
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidQueryError).code).toBe('INVALID_INPUT');
    return (e as InvalidQueryError).faults.map((f) => ({ path: f.path }));
  }
  return [];
}

describe('checkPlanQuery', () => {
  it('accepts a full, well-formed query and fields given as undefined', () => {
    const q = {
      target: 'b',
      have: [{ id: 'a', earnedOn: '2025-01-31' }, { id: 'c' }],
      asOf: '2026-06-01',
      objective: 'fastest',
      timeBudgetMs: 0,
      maxWeeks: 0,
      maxCost: 12.5,
      exclude: ['d'],
      weeklyHours: 168,
    };
    expect(checkPlanQuery(q)).toBe(q);
    expect(faultsOf({ target: 'b', maxWeeks: undefined, asOf: undefined })).toEqual([]);
  });

  it('names every fault by its path, in one error', () => {
    expect(
      faultsOf({
        target: '',
        have: [{ id: 'a', earnedOn: '2026-02-30' }, 'x', { earnedOn: '2026-01-01' }],
        asOf: '1 June',
        objective: 'slowest',
        timeBudgetMs: Number.NaN,
        maxWeeks: -3,
        maxCost: '10',
        exclude: ['a', 7],
        weeklyHours: 169,
        weekly_hours: 10,
      }),
    ).toEqual(
      [
        'weekly_hours',
        'target',
        'have[0].earnedOn',
        'have[1]',
        'have[2].id',
        'asOf',
        'objective',
        'timeBudgetMs',
        'maxWeeks',
        'maxCost',
        'exclude[1]',
        'weeklyHours',
      ].map((path) => ({ path })),
    );
  });

  it('refuses what is not a query, and null fields', () => {
    for (const v of [null, 'b', ['b'], 3]) expect(faultsOf(v)).toEqual([{ path: '' }]);
    expect(faultsOf({ target: 'b', maxWeeks: null })).toEqual([{ path: 'maxWeeks' }]);
    expect(faultsOf({ target: 'b', have: {} })).toEqual([{ path: 'have' }]);
    expect(faultsOf({ target: 'b', exclude: 'a' })).toEqual([{ path: 'exclude' }]);
  });

  it('refuses weeklyHours outside (0, 168]', () => {
    for (const weeklyHours of [0, -1, 168.5, Infinity, Number.NaN])
      expect(faultsOf({ target: 'b', weeklyHours })).toEqual([{ path: 'weeklyHours' }]);
  });
});

describe('plan() checks through resolveQuery', () => {
  const planner = createPlanner(makeCatalog(['a', 1, 1], ['b', 1, 1, 'a']));
  const asOf = '2026-06-01';
  const unknownAt = (q: object): string | undefined => {
    try {
      planner.plan(q as never);
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownQueryCredentialError);
      expect(e).toBeInstanceOf(UnknownCredentialError);
      expect((e as UnknownQueryCredentialError).code).toBe('UNKNOWN_CREDENTIAL');
      return `${(e as UnknownQueryCredentialError).path} ${(e as UnknownQueryCredentialError).id}`;
    }
    return undefined;
  };

  it('names an unknown id where the query names it', () => {
    expect(unknownAt({ target: 'zz', asOf })).toBe('target zz');
    expect(unknownAt({ target: 'b', asOf, have: [{ id: 'a' }, { id: 'yy' }] })).toBe(
      'have[1].id yy',
    );
    expect(unknownAt({ target: 'b', asOf, exclude: ['a', 'xx'] })).toBe('exclude[1] xx');
  });

  it('refuses a malformed query before looking at ids', () => {
    expect(() => planner.plan({ target: 'zz', asOf, maxWeeks: -3 })).toThrow(InvalidQueryError);
    expect(() => planner.plan({ target: 'b', asOf, weekly_hours: 10 } as never)).toThrow(
      InvalidQueryError,
    );
  });

  it('refuses a bad default date from the planner clock', () => {
    const odd = createPlanner(makeCatalog(['a', 1, 1]), { today: () => 'today' });
    expect(() => odd.plan({ target: 'a' })).toThrow(InvalidQueryError);
  });
});

describe('query errors across a boundary', () => {
  const cross = (e: InvalidQueryError | UnknownQueryCredentialError): unknown =>
    JSON.parse(JSON.stringify(e));
  const invalid = new InvalidQueryError([
    { path: 'maxWeeks', message: 'must be a number >= 0, got -3' },
    { path: 'have[1].earnedOn', message: 'must be a calendar date as YYYY-MM-DD, got "x"' },
  ]);
  const unknown = new UnknownQueryCredentialError('zz', 'exclude[2]');

  it('come back as core classes with core revivers alone', () => {
    const a = reviveError(cross(invalid) as never);
    expect(a).toBeInstanceOf(InvalidInputError);
    expect([a.code, a.message]).toEqual(['INVALID_INPUT', invalid.message]);
    const b = reviveError(cross(unknown) as never);
    expect(b).toBeInstanceOf(UnknownCredentialError);
    expect((b as UnknownCredentialError).id).toBe('zz');
  });

  it('come back as the same classes, paths included, with the engine revivers', () => {
    const a = reviveError(cross(invalid) as never, ENGINE_ERROR_REVIVERS);
    expect(a).toBeInstanceOf(InvalidQueryError);
    expect((a as InvalidQueryError).faults).toEqual(invalid.faults);
    expect(a.message).toBe(invalid.message);
    const b = reviveError(cross(unknown) as never, ENGINE_ERROR_REVIVERS);
    expect(b).toBeInstanceOf(UnknownQueryCredentialError);
    expect([
      (b as UnknownQueryCredentialError).id,
      (b as UnknownQueryCredentialError).path,
    ]).toEqual(['zz', 'exclude[2]']);
    const plain = reviveError(cross(new InvalidQueryError([])) as never, ENGINE_ERROR_REVIVERS);
    expect(plain).toBeInstanceOf(InvalidInputError);
  });
});
