/**
 * Small random valid catalogs from a seed (a DAG of nested all/any/atLeast/credits requirements with
 * shared prerequisites) and random holdings, for exhaustive cross-checks of the engine's searches.
 */
import type { Catalog, Credential, Holding, Requirement } from '@pathwise/core';
import { prng } from '../prng.js';
import { creditsWithin } from './group-rules.js';

/**
 * @param seed - PRNG seed
 * @param size - how many credentials (c0..c{size-1}); c_i may require only c_j with j < i
 * @returns a valid catalog
 */
export function randomCatalog(seed: number, size: number): Catalog {
  const r = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const creds: Credential[] = [];
  const pickIds = (i: number, k: number): string[] => {
    const out: string[] = [];
    for (let t = 0; t < k; t++) out.push(`c${int(0, i - 1)}`);
    return out;
  };
  const requirement = (i: number, depth: number): Requirement => {
    const form = int(0, depth > 1 ? 1 : 5);
    if (form <= 1) return `c${int(0, i - 1)}`;
    const width = int(1, 3);
    const kids = Array.from({ length: width }, () => requirement(i, depth + 1));
    if (form === 2) return { all: kids };
    if (form === 3) return { any: kids };
    if (form === 4) return { atLeast: int(1, width), of: kids };
    const ids = [...new Set(pickIds(i, int(1, 4)))];
    const total = creditsWithin(ids, (id) => creds[Number(id.slice(1))]!.credits);
    if (total <= 0) return { any: ids };
    return { credits: int(1, total), of: ids };
  };
  for (let i = 0; i < size; i++) {
    const c: Credential = {
      id: `c${i}`,
      name: `C${i}`,
      kind: 'course',
      cost: int(0, 60),
      durationWeeks: int(0, 6),
      credits: int(0, 3),
    };
    if (r() < 0.3) c.validityMonths = int(6, 36);
    if (i > 0 && r() < 0.8) c.requires = requirement(i, 0);
    creds.push(c);
  }
  return { format: 'pathwise.catalog/v1', credentials: creds };
}

/**
 * @param seed - PRNG seed
 * @param catalog - the catalog whose credentials to hold
 * @returns random holdings (some dated, some of those lapsed as of 2026-06-01)
 */
export function randomHoldings(seed: number, catalog: Catalog): Holding[] {
  const r = prng(seed ^ 0x9e3779b9);
  const out: Holding[] = [];
  for (const c of catalog.credentials) {
    if (r() < 0.15) {
      const year = 2022 + Math.floor(r() * 4);
      out.push(
        r() < 0.5 ? { id: c.id } : { id: c.id, earnedOn: `${year}-0${1 + Math.floor(r() * 9)}-15` },
      );
    }
  }
  return out;
}
