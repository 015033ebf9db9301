/**
 * Hours for the generated catalogs (bench-catalog.ts), as catalog v2: every credential gets
 * `effortHours` of 2-10 hours a week over its durationWeeks (the range providers state), one in ten
 * non-certification credentials is `fixed` (a semester course or cohort), and half of those start
 * only on two term days a year (`--01-15`, `--09-01`). Deterministic per seed.
 */
import type { Catalog } from '@pathwise/core';
import { prng } from '../prng.js';
import type { BenchCatalog } from './bench-catalog.js';

/**
 * @param bench - a generated catalog
 * @param seed - PRNG seed
 * @returns the same catalog as v2 with effortHours, pace and starts
 */
export function withBenchHours(bench: BenchCatalog, seed = 13): BenchCatalog {
  const random = prng(seed);
  const catalog: Catalog = {
    ...bench.catalog,
    format: 'pathwise.catalog/v2',
    credentials: bench.catalog.credentials.map((c) => {
      const rate = 2 + Math.floor(random() * 9);
      const out = { ...c, effortHours: Math.max(1, c.durationWeeks) * rate };
      if (c.kind !== 'certification' && c.durationWeeks > 0 && random() < 0.1) {
        const fixed = { ...out, pace: 'fixed' as const };
        return random() < 0.5 ? { ...fixed, starts: ['--01-15', '--09-01'] } : fixed;
      }
      return out;
    }),
  };
  return { ...bench, catalog };
}
