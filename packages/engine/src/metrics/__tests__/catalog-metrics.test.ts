// Pathway metrics (CurricularAnalytics' blocking, delay, centrality, structural complexity; Brandes
// betweenness from graphology-metrics) on hand-computed catalogs, against a brute force on random
// catalogs, and on a 10^5-long chain (no recursion over user data).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCatalog, UnknownCredentialError } from '@pathwise/core';
import { catalogMetrics, credentialDag, curricularMetrics } from '../../index.js';
import { makeCatalog } from '../../compile/__tests__/make-catalog.js';
import { randomCase } from '@pathwise/test-support';
import { bruteForceMetrics, upstreamOf } from './brute-force-metrics.js';

const pick = (m: ReturnType<ReturnType<typeof catalogMetrics>['of']>) => ({
  b: m.blockingFactor,
  d: m.delayFactor,
  c: m.centrality,
});

describe('catalogMetrics, by hand', () => {
  // a -> b -> d, a -> c -> d (through any), d -> e (2 of (d, x, y)).
  const catalog = makeCatalog(
    ['a', 100, 1],
    ['b', 100, 1, 'a'],
    ['c', 100, 1, { all: ['a'] }],
    ['d', 100, 1, { any: ['b', 'c'] }],
    ['x', 100, 1],
    ['y', 100, 1],
    ['e', 100, 1, { atLeast: 2, of: ['d', 'x', 'y'] }],
  );
  const metrics = catalogMetrics(indexCatalog(catalog));

  it('reads any / atLeast groups as prerequisite arcs', () => {
    // Paths source->sink: a b d e (4), a c d e (4), x e (2), y e (2).
    expect(pick(metrics.of('a'))).toEqual({ b: 4, d: 4, c: 0 });
    expect(pick(metrics.of('b'))).toEqual({ b: 2, d: 4, c: 4 });
    expect(pick(metrics.of('c'))).toEqual({ b: 2, d: 4, c: 4 });
    expect(pick(metrics.of('d'))).toEqual({ b: 1, d: 4, c: 8 });
    expect(pick(metrics.of('e'))).toEqual({ b: 0, d: 4, c: 0 });
    expect(pick(metrics.of('x'))).toEqual({ b: 1, d: 2, c: 0 });
    expect(metrics.of('d').cruciality).toBe(5);
    // Blocking 4+2+2+1+0+1+1 = 11, delay 4*5+2+2 = 24.
    expect(metrics.structuralComplexity).toBe(35);
  });

  it("gives each credential's pathway complexity and size", () => {
    // Pathway of d: a, b, c, d. Blocking 3+1+1+0 = 5, delay 3*4 = 12.
    expect(metrics.of('d').pathwayComplexity).toBe(17);
    expect(metrics.of('d').pathwaySize).toBe(4);
    expect(metrics.of('e').pathwayComplexity).toBe(35);
    expect(metrics.of('a').pathwayComplexity).toBe(1);
  });

  it('gives betweenness centrality (graphology-metrics, normalized)', () => {
    // Shortest paths through d: {a,b,c} x {e} (a->e has 2 of 2 through d): 1 + 1 + 1 = 3; through b:
    // a->d (1 of 2), a->e (1 of 2) = 1. Normalized by 1/((n-1)(n-2)) = 1/30 for a directed graph.
    expect(metrics.of('d').betweenness).toBeCloseTo(3 / 30, 12);
    expect(metrics.of('b').betweenness).toBeCloseTo(1 / 30, 12);
    expect(metrics.of('a').betweenness).toBe(0);
  });

  it('is computed once per index and names an unknown credential', () => {
    expect(catalogMetrics(indexCatalog(catalog))).not.toBe(metrics);
    const index = indexCatalog(catalog);
    expect(catalogMetrics(index)).toBe(catalogMetrics(index));
    expect(() => metrics.of('nope')).toThrow(UnknownCredentialError);
  });

  it('counts a credential named twice in one tree once', () => {
    const twice = makeCatalog(
      ['a', 1, 1, undefined, { credits: 1 }],
      ['b', 1, 1, { credits: 2, of: ['a', 'a'] }],
      ['c', 1, 1, { all: ['a', { any: ['a', 'b'] }] }],
    );
    const metrics = catalogMetrics(indexCatalog(twice));
    expect(pick(metrics.of('a'))).toEqual({ b: 2, d: 3, c: 0 });
    // Paths: a b c (3), a c (2); b is inside the first.
    expect(pick(metrics.of('b'))).toEqual({ b: 1, d: 3, c: 3 });
  });
});

describe('catalogMetrics against a brute force', () => {
  it('matches blocking, delay, centrality and complexity on random catalogs', () => {
    fc.assert(
      fc.property(randomCase(2, 12), ({ catalog, target }) => {
        const index = indexCatalog(catalog);
        const metrics = catalogMetrics(index);
        const brute = bruteForceMetrics(catalog);
        for (const c of catalog.credentials) {
          const m = metrics.of(c.id);
          const b = brute.byId.get(c.id)!;
          expect(pick(m)).toEqual({ b: b.blockingFactor, d: b.delayFactor, c: b.centrality });
          expect(m.cruciality).toBe(b.blockingFactor + b.delayFactor);
        }
        expect(metrics.structuralComplexity).toBe(brute.structuralComplexity);
        const pathway = upstreamOf(catalog, target);
        expect(metrics.of(target).pathwaySize).toBe(pathway.credentials.length);
        expect(metrics.of(target).pathwayComplexity).toBe(
          bruteForceMetrics(pathway).structuralComplexity,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('catalogMetrics on deep input', () => {
  it('handles a 10^5-long chain without recursion', () => {
    const n = 100_000;
    const catalog = makeCatalog(
      ...Array.from({ length: n }, (_, i): Parameters<typeof makeCatalog>[0] =>
        i === 0 ? [`c${i}`, 1, 1] : [`c${i}`, 1, 1, { all: [`c${i - 1}`] }],
      ),
    );
    const metrics = catalogMetrics(indexCatalog(catalog));
    expect(pick(metrics.of('c0'))).toEqual({ b: n - 1, d: n, c: 0 });
    expect(pick(metrics.of('c500'))).toEqual({ b: n - 501, d: n, c: n });
    expect(metrics.of('c99999').pathwaySize).toBe(n);
    // Blocking sums to n(n-1)/2, delay to n * n.
    expect(metrics.structuralComplexity).toBe((n * (n - 1)) / 2 + n * n);
    expect(metrics.of('c1').betweenness).toBeNull();
  });

  it('projects the catalog graph onto credentials', () => {
    const dag = credentialDag(indexCatalog(makeCatalog(['a', 1, 1], ['b', 1, 1, { any: ['a'] }])));
    expect(dag.edges().map((e) => [dag.source(e), dag.target(e)])).toEqual([['a', 'b']]);
    expect(curricularMetrics(dag).structuralComplexity).toBe(1 + 2 + 0 + 2);
  });
});
