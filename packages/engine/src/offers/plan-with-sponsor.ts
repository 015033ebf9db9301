/**
 * cheapest under a sponsor (plan-v2 `sponsor`): the learner pays `outOfPocket = N + max(0, E − A)`
 * for a plan whose eligible costs are E and other costs N, with the sponsor's amount A
 * (sponsor-share.ts); among equal shares, the least total. This is not a sum of per-step costs, so
 * it is searched through weighted sums that are: for λ in [0, 1] the planners find exactly the
 * least λ-weighted cost (eligible costs scaled by λ, on a weighted view, with offers), whose plan,
 * priced at real costs, is a candidate, and which bounds both the share (`least(λ) − λA`) and the
 * total of any plan with the best share (a Lagrangian bound, see below). The best candidate is
 * proven optimal when it meets both bounds; otherwise it is returned with `optimal: false` and the
 * share's bound (equal to its outOfPocket when only the tie on total is unproven). Past a
 * `maxCost` a candidate is dropped; the bounds ignore the budget, so they stay valid.
 */
import type { CompactIndex } from '../compile/compact-index.js';
import { Workspace } from '../compile/workspace.js';
import type { ResolvedQuery } from '../query/resolve-query.js';
import type { PlanContext } from '../plan/plan-steps.js';
import type { PlanOutcome } from '../plan/plan-outcome.js';
import { EPS } from '../numeric/tolerance.js';
import type { CompiledOffer } from './offer-table.js';
import type { OffersContext } from './plan-with-offers.js';
import { pricedView } from './priced-view.js';
import { assignOffers } from './assign-offers.js';
import { sponsorShare, type Eligibility } from './sponsor-share.js';

/** A plan under a sponsor: its outcome with what the sponsor and the learner pay. */
export type SponsoredOutcome = PlanOutcome;

/**
 * @param ctx - the planner's context with its offers
 * @param q - the resolved query, with a sponsor
 * @param eligible - the sponsor's eligibility (sponsor-share.ts)
 * @param plan - plans a query on a context (with offers when the catalog has them)
 * @returns the plan of least outOfPocket (then least total), with its share
 */
export function planWithSponsor(
  ctx: OffersContext,
  q: ResolvedQuery,
  eligible: Eligibility,
  plan: (c: OffersContext, q: ResolvedQuery) => PlanOutcome,
): SponsoredOutcome {
  const sponsor = q.sponsor!;
  const share = (so: PlanOutcome): SponsoredOutcome =>
    so.feasible
      ? { ...so, ...sponsorShare({ ...so.schedule, offers: so.offers }, sponsor, eligible) }
      : so;
  const real = share(plan(ctx, q));
  if (q.objective !== 'cheapest' || !real.feasible) return real;
  const { index } = ctx.ws;
  const own = (id: string): number => index.cost[index.idOf.get(id)!]!;
  const intOf = (id: string): number => index.idOf.get(id)!;
  let best = real;
  // The proven least λ-weighted cost of every λ tried (λ = 1: the real run).
  const least = new Map<number, number>();
  let proven = real.optimal;
  if (real.optimal) least.set(1, real.schedule.totalCost);
  for (const lambda of WEIGHTS) {
    const so = plan(weighted(ctx, eligible, lambda), { ...q, maxCost: Infinity });
    if (!so.feasible) continue;
    if (!so.optimal) proven = false;
    least.set(lambda, so.optimal ? so.schedule.totalCost : (so.bound ?? 0));
    const taken = ctx.offers.filter((o) => so.offers?.some((t) => t.offer === o.id));
    const p = assignOffers(so.schedule.steps, own, intOf, taken);
    if (p.totalCost > q.maxCost + EPS) continue;
    const candidate = share({
      ...so,
      schedule: { ...so.schedule, steps: p.steps, totalCost: p.totalCost },
      offers: ctx.offers.length > 0 ? p.offers : undefined,
    });
    if (better(candidate, best)) best = candidate;
  }
  // outOfPocket ≥ N + λ(E − A) ≥ least(λ) − λA; and a plan paying at most K = best's share has
  // N ≤ K, so its total T ≥ T + μ(N − K) ≥ least(λ)/λ − μK with μ = 1/λ − 1 (the tie on total).
  const k = best.outOfPocket!;
  let bound = 0;
  let tie = -Infinity;
  for (const [lambda, w] of least) {
    bound = Math.max(bound, w - lambda * sponsor.amount);
    if (lambda > 0) tie = Math.max(tie, w / lambda - (1 / lambda - 1) * k);
  }
  const optimal = proven && k <= bound + EPS && best.schedule.totalCost <= tie + TIE_TOLERANCE;
  return { ...best, optimal, bound: optimal ? undefined : Math.min(bound, k) };
}

/** The weights λ tried besides 1: the sponsor paying every eligible cost, and between. */
const WEIGHTS = [0, 0.01, 0.1, 0.25, 0.5];

/** Slack for the tie bound, whose division by λ magnifies rounding (at most 100× for λ = 0.01). */
const TIE_TOLERANCE = 1e-6;

/** Least outOfPocket, then least total. */
function better(a: PlanOutcome, b: PlanOutcome): boolean {
  if (a.outOfPocket! < b.outOfPocket! - EPS) return true;
  return (
    a.outOfPocket! <= b.outOfPocket! + EPS && a.schedule.totalCost < b.schedule.totalCost - EPS
  );
}

/** The context whose costs are the λ-weighted ones: eligible credential and offer costs × λ. */
function weighted(ctx: OffersContext, eligible: Eligibility, lambda: number): OffersContext {
  const base: CompactIndex = ctx.ws.index;
  const factor = (eligibleHere: boolean): number => (eligibleHere ? lambda : 1);
  const cost = Float64Array.from(
    base.cost,
    (c, i) => c * factor(eligible.credential(base.ids[i]!)),
  );
  const index: CompactIndex = { ...base, cost };
  const offers: CompiledOffer[] = ctx.offers.map((o) => ({
    ...o,
    price: o.price * factor(eligible.offer(o.id)),
    prices: new Map(
      [...o.prices].map(([c, p]) => [c, p * factor(eligible.credential(base.ids[c]!))] as const),
    ),
  }));
  let view: ReturnType<typeof pricedView> | undefined;
  const out: PlanContext = { ...ctx, ws: new Workspace(index) };
  return { ...out, offers, priced: () => (view ??= pricedView(index)) };
}
