// The one requirement fold against core's own semantics (an independent implementation over the
// catalog's JSON, not the compiled index): TIME equals core's requirementMetAt on random catalogs
// and random weeks; the choices `chooseRequirement` makes meet the requirement at its folded week
// (TIME) or add up to its folded cost (COST, the argmin of a tree).
import { describe, expect, it } from 'vitest';
import { requirementMetAt } from '@pathwise/core';
import { compileIndex } from '../../compile/compact-index.js';
import { prng as rng, randomCatalog } from '@pathwise/test-support';
import {
  chooseRequirement,
  COST,
  foldRequirement,
  rootSlot,
  FoldLeaves,
  weeksIn,
} from '../requirement-fold.js';

describe('foldRequirement', () => {
  it('TIME: the week core says each requirement is met, for random weeks (some never)', () => {
    let met = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const catalog = randomCatalog(seed, 4 + (seed % 25));
      const index = compileIndex(catalog);
      const r = rng(seed * 31);
      const weeks = Float64Array.from(catalog.credentials, () =>
        r() < 0.15 ? Infinity : Math.floor(r() * 20) / 2,
      );
      const leaves = weeksIn(weeks);
      for (const c of catalog.credentials) {
        const i = index.idOf.get(c.id)!;
        const expected =
          requirementMetAt(c.requires, {
            heldAt: (id) => {
              const w = weeks[index.idOf.get(id)!]!;
              return w === Infinity ? undefined : w;
            },
            creditsOf: (id) => catalog.credentials[index.idOf.get(id)!]!.credits ?? 0,
          }) ?? Infinity;
        const got = foldRequirement(index, index.req[i]!, leaves);
        expect(got).toBe(expected);
        if (got < Infinity) met++;
      }
    }
    expect(met).toBeGreaterThan(1000);
  });

  it('TIME choices meet the requirement at the folded week with only the chosen credentials', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const catalog = randomCatalog(seed, 4 + (seed % 25));
      const index = compileIndex(catalog);
      const r = rng(seed * 17);
      const weeks = Float64Array.from(catalog.credentials, () => Math.floor(r() * 12));
      const leaves = weeksIn(weeks);
      for (let i = 0; i < index.n; i++) {
        const week = foldRequirement(index, index.req[i]!, leaves);
        if (week === Infinity) continue;
        const only = new Float64Array(index.n).fill(Infinity);
        chooseRequirement(index, index.req[i]!, leaves, (c) => {
          only[c] = weeks[c]!;
        });
        expect(foldRequirement(index, index.req[i]!, weeksIn(only))).toBe(week);
      }
    }
  });

  it('COST choices add up to the folded cost, each occurrence priced once', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const catalog = randomCatalog(seed, 4 + (seed % 25));
      const index = compileIndex(catalog);
      const r = rng(seed * 7);
      const price = Float64Array.from(catalog.credentials, () =>
        r() < 0.1 ? Infinity : Math.floor(r() * 50),
      );
      const leaves = new FoldLeaves(COST, (c) => price[c]!);
      for (let i = 0; i < index.n; i++) {
        const slot = rootSlot(index, i);
        const cost = foldRequirement(index, index.req[i]!, leaves, slot);
        if (cost === Infinity) continue;
        let sum = 0;
        const slots = new Set<number>();
        chooseRequirement(
          index,
          index.req[i]!,
          leaves,
          (c, s) => {
            expect(slots.has(s)).toBe(false);
            slots.add(s);
            sum += price[c]!;
          },
          slot,
        );
        expect(sum).toBe(cost);
      }
    }
  });
});
