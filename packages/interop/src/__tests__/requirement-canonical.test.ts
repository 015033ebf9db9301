// canonicalRequirement rewrites without changing meaning: checked against core's isRequirementMet on random holdings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRequirementMet, validateCatalog } from '@pathwise/core';
import { canonicalRequirement } from '../requirement/canonical.js';
import { catalogArb } from '@pathwise/test-support';
import type { Requirement } from '@pathwise/core';
import { referenceCanonical } from './support/canonical-reference.js';

/**
 * Requirements over a few ids, so that groups repeat ids and nest every form, with lists on both
 * sides of the short-list limit (16).
 */
const requirementArb: fc.Arbitrary<Requirement> = fc.letrec<{ req: Requirement }>((tie) => ({
  req: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
    fc.array(tie('req'), { minLength: 1, maxLength: 20 }).map((all) => ({ all })),
    fc.array(tie('req'), { minLength: 1, maxLength: 20 }).map((any) => ({ any })),
    fc
      .array(tie('req'), { minLength: 1, maxLength: 20 })
      .chain((of) => fc.integer({ min: 1, max: of.length }).map((atLeast) => ({ atLeast, of }))),
    fc
      .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1 })
      .map((of) => ({ credits: 3, of })),
  ),
})).req;

describe('canonicalRequirement', () => {
  it('rewrites the group forms', () => {
    expect(canonicalRequirement({ all: ['a'] })).toBe('a');
    expect(canonicalRequirement({ atLeast: 2, of: ['a', 'b'] })).toEqual({ all: ['a', 'b'] });
    expect(canonicalRequirement({ atLeast: 1, of: ['a', 'b'] })).toEqual({ any: ['a', 'b'] });
    expect(canonicalRequirement({ all: [{ any: ['b', 'c'] }, 'a', { all: ['d', 'e'] }] })).toEqual({
      all: ['a', 'd', 'e', { any: ['b', 'c'] }],
    });
    expect(canonicalRequirement({ credits: 3, of: ['b', 'a'] })).toEqual({
      credits: 3,
      of: ['b', 'a'],
    });
  });

  it('keeps the meaning of every rule, and is idempotent (random catalogs and holdings)', () => {
    fc.assert(
      fc.property(
        catalogArb(8),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (catalog, mask) => {
          expect(validateCatalog(catalog).ok).toBe(true);
          const held = new Set(catalog.credentials.filter((_, i) => mask[i]).map((c) => c.id));
          const credits = new Map(catalog.credentials.map((c) => [c.id, c.credits ?? 0] as const));
          for (const c of catalog.credentials) {
            if (c.requires === undefined) continue;
            const canon = canonicalRequirement(c.requires);
            expect(canonicalRequirement(canon)).toEqual(canon);
            const creditsOf = (id: string): number => credits.get(id) ?? 0;
            expect(isRequirementMet(canon, held, creditsOf)).toBe(
              isRequirementMet(c.requires, held, creditsOf),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('puts the ids of a group first, in code-unit order, then its nested groups', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 40 }),
        fc.constantFrom('all', 'any', 'atLeast'),
        (ids, form) => {
          // Of another form than the group's, so that it is not merged into it.
          const nested = form === 'any' ? { all: ['~x', '~y'] } : { any: ['~x', '~y'] };
          const req =
            form === 'all'
              ? { all: [nested, ...ids] }
              : form === 'any'
                ? { any: [nested, ...ids] }
                : { atLeast: 2, of: [nested, ...ids] };
          const canon = canonicalRequirement(req) as unknown as Record<string, unknown[]>;
          const items = canon[form === 'atLeast' ? 'of' : form]!;
          const sorted = [...ids].sort(); // the default order is by UTF-16 code units
          expect(items).toEqual([...sorted, nested]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the tree the general rewrite gives (its short-list path for bare ids included)', () => {
    fc.assert(
      fc.property(requirementArb, (req) => {
        expect(canonicalRequirement(req)).toEqual(referenceCanonical(req));
      }),
      { numRuns: 2000 },
    );
    for (const req of [
      { all: ['b', 'a', 'b'] },
      { any: ['c', 'a'] },
      { atLeast: 2, of: ['c', 'b', 'a'] },
      { atLeast: 2, of: ['c', 'a', 'c'] },
      { all: Array.from({ length: 17 }, (_, i) => `x${16 - i}`) },
    ] as Requirement[])
      expect(canonicalRequirement(req)).toEqual(referenceCanonical(req));
  });
});
