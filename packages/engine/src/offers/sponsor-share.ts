/**
 * The sponsor rule of plan-v2 (`sponsor`), in one place: a step's cost is eligible when its
 * credential's provider is one of `providers` or the credential is one of `credentials`; an offer's
 * cost when its provider is one of `providers` or every credential it covers is one of
 * `credentials`; everything is eligible when neither list is given. The sponsor pays
 * `sponsored = min(amount, eligible)`, the learner `outOfPocket = totalCost − sponsored`.
 */
import type { Catalog, Offer } from '@pathwise/core';
import type { Sponsor } from '../plan-types.js';

/** Which costs a sponsor may pay. */
export interface Eligibility {
  credential(id: string): boolean;
  offer(id: string): boolean;
}

/**
 * @param catalog - the catalog
 * @param sponsor - the query's sponsor
 * @returns whether each credential's and each offer's cost is eligible
 */
export function eligibility(catalog: Catalog, sponsor: Sponsor): Eligibility {
  const everything = sponsor.providers === undefined && sponsor.credentials === undefined;
  const providers = new Set(sponsor.providers ?? []);
  const credentials = new Set(sponsor.credentials ?? []);
  const providerOf = new Map(catalog.credentials.map((c) => [c.id, c.provider] as const));
  const offers = new Map<string, Offer>((catalog.offers ?? []).map((o) => [o.id, o] as const));
  const credential = (id: string): boolean => {
    const p = providerOf.get(id);
    return everything || credentials.has(id) || (p !== undefined && providers.has(p));
  };
  return {
    credential,
    offer(id) {
      const o = offers.get(id);
      if (o === undefined) return false;
      if (everything || (o.provider !== undefined && providers.has(o.provider))) return true;
      return credentials.size > 0 && Object.keys(o.prices).every((c) => credentials.has(c));
    },
  };
}

/**
 * @param plan - a plan's steps, offers and total
 * @param sponsor - the query's sponsor
 * @param eligible - its eligibility
 * @returns what the sponsor pays and what the learner pays
 */
export function sponsorShare(
  plan: {
    steps: readonly { credential: string; cost: number }[];
    offers?: readonly { offer: string; cost: number }[] | undefined;
    totalCost: number;
  },
  sponsor: Pick<Sponsor, 'amount'>,
  eligible: Eligibility,
): { sponsored: number; outOfPocket: number } {
  let sum = 0;
  for (const s of plan.steps) if (eligible.credential(s.credential)) sum += s.cost;
  for (const o of plan.offers ?? []) if (eligible.offer(o.offer)) sum += o.cost;
  const sponsored = Math.min(sponsor.amount, sum);
  return { sponsored, outOfPocket: plan.totalCost - sponsored };
}
