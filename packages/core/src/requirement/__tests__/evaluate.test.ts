import { describe, expect, it } from 'vitest';
import { isRequirementMet, requirementIds, requirementMetAt } from '@pathwise/core';
import type { Requirement } from '@pathwise/core';

const weeks: Record<string, number> = { a: 3, b: 1, c: 7, d: 5 };
const credits: Record<string, number> = { a: 2, b: 1, c: 4, d: 3 };
const at = { heldAt: (id: string) => weeks[id], creditsOf: (id: string) => credits[id] ?? 0 };

describe('requirementMetAt', () => {
  it.each<[string, Requirement | undefined, number | undefined]>([
    ['nothing required', undefined, 0],
    ['an id', 'a', 3],
    ['an id never held', 'zz', undefined],
    ['all: the latest', { all: ['a', 'b', 'c'] }, 7],
    ['any: the earliest', { any: ['a', 'c'] }, 3],
    ['atLeast 2: the second earliest', { atLeast: 2, of: ['c', 'a', 'b'] }, 3],
    ['atLeast k beyond what is held', { atLeast: 2, of: ['a', 'zz'] }, undefined],
    ['credits: when the running sum reaches n', { credits: 5, of: ['a', 'b', 'c', 'd'] }, 5],
    ['credits never reached', { credits: 4, of: ['a', 'b', 'zz'] }, undefined],
    ['nested', { all: ['b', { any: ['zz', { atLeast: 1, of: ['c', 'd'] }] }] }, 5],
  ])('%s', (_label, req, expected) => {
    expect(requirementMetAt(req, at)).toBe(expected);
  });
});

describe('isRequirementMet', () => {
  it('judges by the held set and credits', () => {
    const creditsOf = (id: string) => credits[id] ?? 0;
    expect(isRequirementMet({ credits: 3, of: ['a', 'b'] }, new Set(['a', 'b']), creditsOf)).toBe(
      true,
    );
    expect(isRequirementMet({ credits: 4, of: ['a', 'b'] }, new Set(['a', 'b']), creditsOf)).toBe(
      false,
    );
    expect(isRequirementMet({ any: ['a', 'c'] }, new Set(['c']), creditsOf)).toBe(true);
  });
});

describe('requirementIds', () => {
  it('lists each id once in first-seen order', () => {
    expect(
      requirementIds({ all: ['a', { any: ['b', 'a'] }, { credits: 2, of: ['c', 'b'] }] }),
    ).toEqual(['a', 'b', 'c']);
  });
});
