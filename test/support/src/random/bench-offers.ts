/**
 * Offers for the generated catalogs (bench-catalog.ts), as catalog v2: each provider block gets 1-5
 * offers of the kinds catalog-v2.md names, the first a membership on all its certifications (so every
 * target's cone is touched), the others covering a random share of the block's credentials:
 * a subscription (periodic, 3, 6 or 12 months: whole weeks) whose courses cost 0 under it, a
 * membership (12 months) with member prices on the certifications, a one-off bundle of 2-6
 * credentials below the sum of their costs, and a voucher at half price on the certifications that
 * `requires` one of two foundations of the block (the queries' holdings sometimes meet it). With
 * `periodic: false` the periodic kinds are one-off instead, so cost does not depend on the schedule.
 * Deterministic per seed.
 */
import type { Catalog, Credential, Offer } from '@pathwise/core';
import { prng } from '../prng.js';
import type { BenchCatalog } from './bench-catalog.js';

/** Options of {@link withBenchOffers}. */
export interface BenchOffersOptions {
  /** Whether subscriptions and memberships are billed by period (default true). */
  periodic?: boolean;
  /** PRNG seed (default 17). */
  seed?: number;
}

/**
 * @param bench - a generated catalog
 * @param options - periodic offers or not, and the seed
 * @returns the same catalog as v2 with 1-5 offers per provider block
 */
export function withBenchOffers(
  bench: BenchCatalog,
  options: BenchOffersOptions = {},
): BenchCatalog {
  const periodic = options.periodic ?? true;
  const random = prng(options.seed ?? 17);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const blocks = new Map<string, Credential[]>();
  for (const c of bench.catalog.credentials)
    if (c.provider !== undefined && c.provider !== 'shared')
      blocks.set(c.provider, [...(blocks.get(c.provider) ?? []), c]);
  const offers: Offer[] = [];
  for (const [provider, creds] of blocks) {
    const share = (of: readonly Credential[], p: number): Credential[] => {
      const out = of.filter(() => random() < p);
      return out.length > 0 ? out : [of[Math.floor(random() * of.length)]!];
    };
    const certs = creds.filter((c) => c.kind === 'certification');
    const rest = creds.filter((c) => c.kind !== 'certification');
    const kinds = ['subscription', 'membership', 'bundle', 'voucher'] as const;
    for (let k = int(1, 5), i = 0; i < k; i++) {
      // The first is a membership on every certification, so that every target's cone is touched.
      const kind = i === 0 ? 'membership' : kinds[Math.floor(random() * kinds.length)]!;
      const o: Offer = {
        id: `${provider}-${kind}-${i}`,
        name: `${kind} ${i}`,
        provider,
        price: 0,
        prices: {},
      };
      if (kind === 'subscription') {
        for (const c of share(rest, 0.05 + 0.25 * random())) o.prices[c.id] = 0;
        o.price = int(30, 150);
        if (periodic) o.periodMonths = [3, 6, 12][int(0, 2)]!;
        else o.price *= 4;
      } else if (kind === 'membership') {
        for (const c of i === 0 ? certs : share(certs, 0.3 + 0.5 * random()))
          o.prices[c.id] = Math.round(c.cost * (0.6 + 0.2 * random()));
        o.price = int(100, 200);
        if (periodic) o.periodMonths = 12;
      } else if (kind === 'bundle') {
        const picked = share(creds, 0.02 + 0.04 * random()).slice(0, 6);
        for (const c of picked) o.prices[c.id] = 0;
        o.price = Math.round(picked.reduce((s, c) => s + c.cost, 0) * (0.6 + 0.3 * random()));
      } else {
        for (const c of share(certs, 0.5)) o.prices[c.id] = Math.round(c.cost / 2);
        const foundations = rest.slice(0, Math.max(1, Math.floor(rest.length * 0.5)));
        o.requires = {
          any: [...new Set([int(0, foundations.length - 1), int(0, foundations.length - 1)])].map(
            (j) => foundations[j]!.id,
          ),
        };
      }
      offers.push(o);
    }
  }
  const catalog: Catalog = { ...bench.catalog, format: 'pathwise.catalog/v2', offers };
  return { ...bench, catalog };
}
