// canonicalRequirement rewrites without changing meaning: checked against core's isRequirementMet on random holdings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRequirementMet, validateCatalog } from '@pathwise/core';
import { canonicalRequirement } from '../requirement/canonical.js';
import { catalogArb } from '@pathwise/test-support';

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
});
