// The shared conformance cases are present and well formed, so every interface's run checks something.
import { describe, expect, it } from 'vitest';
import { loadConformanceCases } from '../helpers/conformance.js';

describe('conformance cases', () => {
  const cases = loadConformanceCases();
  it('are found', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s has queries with both optima', (_name, c) => {
    expect(c.queries.length).toBeGreaterThan(0);
    for (const q of c.queries) {
      expect(typeof q.expect.cheapest.totalCost).toBe('number');
      expect(typeof q.expect.fastest.totalWeeks).toBe('number');
    }
  });
});
