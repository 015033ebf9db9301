// The CSV requirement language: parses the documented forms, prints back to the same tree, and places errors.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalRequirement } from '../requirement/canonical.js';
import {
  ExpressionError,
  formatRequirementExpression,
  parseRequirementExpression,
} from '../csv/requirement-expression.js';
import { catalogArb } from '@pathwise/test-support';

describe('parseRequirementExpression', () => {
  it('reads ids, all, any, k of, credits and a bare list', () => {
    expect(parseRequirementExpression('all(a, any(b, c), 2 of (d, e, f))')).toEqual({
      all: ['a', { any: ['b', 'c'] }, { atLeast: 2, of: ['d', 'e', 'f'] }],
    });
    expect(parseRequirementExpression('credits 7.5 of (a, b, c)')).toEqual({
      credits: 7.5,
      of: ['a', 'b', 'c'],
    });
    expect(parseRequirementExpression('  x:1/y.z-2 ')).toBe('x:1/y.z-2');
    expect(parseRequirementExpression('a, b')).toEqual({ all: ['a', 'b'] });
    expect(parseRequirementExpression('ALL(a)')).toEqual({ all: ['a'] });
    expect(parseRequirementExpression('   ')).toBeUndefined();
  });

  it.each([
    ['all(a, b', 9],
    ['all(a,, b)', 7],
    ['0 of (a)', 1],
    ['credits 0 of (a)', 9],
    ['credits 3 of (a, any(b))', 21],
    ['a b', 3],
    ['all(a; b)', 6],
    ['credits 3 from (a)', 11],
  ])('places the error in %j at character %i', (text, position) => {
    try {
      parseRequirementExpression(text);
      throw new Error('expected a syntax error');
    } catch (error) {
      expect(error).toBeInstanceOf(ExpressionError);
      expect((error as ExpressionError).position).toBe(position);
    }
  });

  it('reads back what it prints, for every rule of random catalogs', () => {
    fc.assert(
      fc.property(catalogArb(8), (catalog) => {
        for (const c of catalog.credentials) {
          if (c.requires === undefined) continue;
          expect(parseRequirementExpression(formatRequirementExpression(c.requires))).toEqual(
            c.requires,
          );
          const canon = canonicalRequirement(c.requires);
          expect(parseRequirementExpression(formatRequirementExpression(canon))).toEqual(canon);
        }
      }),
      { numRuns: 150 },
    );
  });
});
