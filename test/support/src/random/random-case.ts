/**
 * fast-check arbitraries for random valid catalogs and queries. Credential i may only
 * require credentials j < i (so the requires relation is acyclic); rules nest all / any / atLeast /
 * credits up to three deep and name earlier credentials from several places (a DAG, not a tree).
 * Costs are integers so optimum comparisons are exact. Holdings carry dates (days 1-28) and some
 * credentials have validityMonths, so some holdings have lapsed as of the query's asOf.
 */
import fc from 'fast-check';
import type { Catalog, Credential, Holding, Requirement } from '@pathwise/core';
import { creditsWithin, distinctIds } from './group-rules.js';

/** The asOf every generated query uses. */
export const RANDOM_AS_OF = '2026-06-01';

/** A random catalog and one query against it. */
export interface RandomCase {
  catalog: Catalog;
  target: string;
  have: Holding[];
  asOf: string;
}

/** A rule before ids are resolved: leaves are indices of earlier credentials. */
type RawRule =
  | { leaf: number }
  | { all: RawRule[] }
  | { any: RawRule[] }
  | { atLeast: number; of: RawRule[] }
  | { credits: number; of: number[] };

const id = (i: number): string => `c${i}`;

function rawRule(below: number, depth: number): fc.Arbitrary<RawRule> {
  // Half the leaves name a recent credential (deep chains), half any earlier one (shared, wide).
  const index = fc.noBias(fc.integer({ min: 0, max: below - 1 }));
  const leaf = fc
    .oneof(
      index,
      index.map((i) => below - 1 - Math.floor(i / 2)),
    )
    .map((i) => ({ leaf: i }));
  if (depth === 0) return leaf;
  const children = fc.array(rawRule(below, depth - 1), { minLength: 1, maxLength: 5 });
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 2, arbitrary: children.map((all) => ({ all })) },
    { weight: 2, arbitrary: children.map((any) => ({ any })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(children, fc.integer({ min: 1, max: 4 }))
        .map(([of, k]) => ({ atLeast: k, of })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.uniqueArray(fc.integer({ min: 0, max: below - 1 }), { minLength: 1, maxLength: 6 }),
          fc.integer({ min: 1, max: 100 }),
        )
        .map(([of, percent]) => ({ credits: percent, of })),
    },
  );
}

/** Turns a raw rule into a catalog rule: distinct ids per group, k and credit thresholds in range. */
function resolve(rule: RawRule, credits: readonly number[]): Requirement {
  if ('leaf' in rule) return id(rule.leaf);
  if ('credits' in rule) {
    const total = creditsWithin(rule.of, (i) => credits[i]);
    if (total === 0) return { any: rule.of.map(id) };
    return { credits: Math.max(1, Math.ceil((total * rule.credits) / 100)), of: rule.of.map(id) };
  }
  const list = 'all' in rule ? rule.all : 'any' in rule ? rule.any : rule.of;
  const children = distinctIds(list.map((r) => resolve(r, credits)));
  if ('all' in rule) return { all: children };
  if ('any' in rule) return { any: children };
  return { atLeast: Math.min(rule.atLeast, children.length), of: children };
}

const credentialShape = (i: number) =>
  fc.record({
    cost: fc.integer({ min: 0, max: 500 }),
    durationWeeks: fc.integer({ min: 0, max: 12 }),
    credits: fc.integer({ min: 0, max: 5 }),
    validityMonths: fc.option(fc.integer({ min: 6, max: 48 }), { nil: undefined }),
    rule:
      i < 2
        ? fc.constant(undefined)
        : fc.option(rawRule(i, i > 6 ? 3 : 2), { freq: 8, nil: undefined }),
  });

/**
 * Random valid catalogs of `minSize`..`maxSize` credentials with a target and holdings.
 * @returns an arbitrary of cases
 */
export function randomCase(minSize = 4, maxSize = 22): fc.Arbitrary<RandomCase> {
  return fc.integer({ min: minSize, max: maxSize }).chain((n) =>
    fc
      .tuple(
        fc.tuple(...Array.from({ length: n }, (_, i) => credentialShape(i))),
        fc.integer({ min: Math.floor((2 * n) / 3), max: n - 1 }),
        fc.array(
          fc.record({
            index: fc.integer({ min: 0, max: n - 1 }),
            monthsAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
            day: fc.integer({ min: 1, max: 28 }),
          }),
          { maxLength: Math.ceil(n / 4) },
        ),
      )
      .map(([shapes, targetIndex, holdings]) => {
        const credits = shapes.map((s) => s.credits);
        const credentials: Credential[] = shapes.map((s, i) => {
          const c: Credential = {
            id: id(i),
            name: `Credential ${i}`,
            kind: 'course',
            cost: s.cost,
            durationWeeks: s.durationWeeks,
          };
          if (s.credits > 0) c.credits = s.credits;
          if (s.validityMonths !== undefined) c.validityMonths = s.validityMonths;
          if (s.rule !== undefined) c.requires = resolve(s.rule, credits);
          return c;
        });
        const have: Holding[] = holdings.map((h) =>
          h.monthsAgo === undefined
            ? { id: id(h.index) }
            : { id: id(h.index), earnedOn: monthsBefore(RANDOM_AS_OF, h.monthsAgo, h.day) },
        );
        const catalog: Catalog = { format: 'pathwise.catalog/v1', credentials };
        return { catalog, target: id(targetIndex), have, asOf: RANDOM_AS_OF };
      }),
  );
}

function monthsBefore(asOf: string, months: number, day: number): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const pad = (n: number): string => String(n).padStart(2, '0');
  // Never after asOf: core refuses a holding earned later than the day it is judged at.
  const capped = months === 0 ? Math.min(day, d) : day;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-${pad(capped)}`;
}
