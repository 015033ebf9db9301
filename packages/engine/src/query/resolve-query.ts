/**
 * The one place a plan query is checked (its shape by check-query.ts, its ids against the catalog
 * here) and turned into what the planners need: the target's int, the held credentials (lapse
 * applied with core's activeHoldings; holdings by id or alias; implied ones marked), the objective,
 * budgets and limits with their defaults. It is also the one place that says what may not be a
 * step: `exclude` holds the query's exclusions and the retired credentials the target reaches
 * (retired-in-reach.ts), and every planner honours `exclude`.
 */
import type { CatalogIndex, LapsedHolding } from '@pathwise/core';
import {
  activeHoldings,
  isIsoDate,
  resolveCredentialId,
  UnknownCredentialError,
} from '@pathwise/core';
import type { CompactIndex } from '../compile/compact-index.js';
import type { Objective, PlanQuery, Sponsor } from '../plan-types.js';
import { checkPlanQuery } from './check-query.js';
import { InvalidQueryError, UnknownQueryCredentialError } from './query-errors.js';
import { retiredInReach } from './retired-in-reach.js';

/** The held and implied sets of a learner holding nothing (read-only, shared by such queries). */
const NOTHING: ReadonlySet<number> = new Set<number>();

/** Default wall-clock budget for cheapest's optimality proof. */
export const DEFAULT_TIME_BUDGET_MS = 2000;

/** A checked query. */
export interface ResolvedQuery {
  target: number;
  held: number[];
  /** The held credential ints that count only because a holding implies them (catalog-v2). */
  implied: ReadonlySet<number>;
  lapsed: LapsedHolding[];
  objective: Objective;
  asOf: string;
  /** Week 0's day: the query's startDate, default asOf. */
  startDate: string;
  timeBudgetMs: number;
  /** Deadline week (Infinity: none). */
  maxWeeks: number;
  /** Budget (Infinity: none). */
  maxCost: number;
  /**
   * Credential ints that may not be earned: the query's exclusions, then `retired`. Every planner
   * honours it; nothing else says what can be a step.
   */
  exclude: number[];
  /** The retired, non-held credential ints the target reaches (part of `exclude`). */
  retired: number[];
  /**
   * Set only under a weekly-hours budget (plan-with-hours.ts) for the plan it re-plans without them:
   * the `fixed` courses heavier than the budget that the query did not exclude itself (then part of
   * `exclude`), so that a reason says why they cannot be steps.
   */
  heavy?: readonly number[];
  /** Weekly-hours budget (Infinity: none). */
  weeklyHours: number;
  /**
   * Whether any of maxWeeks, maxCost, exclude was given. Retired credentials alone do not make a
   * query constrained: the plan without them stands when it earns none (plan-steps.ts).
   */
  constrained: boolean;
  /** plan-v2 `sponsor`, its ids checked against the catalog. */
  sponsor: Sponsor | undefined;
  /**
   * Set only by the planner with offers (plan-with-offers.ts) for one offer set's run: the step
   * cost at or above which that set cannot beat the best plan found, so the unconstrained cheapest
   * search may stop there (branch-and-bound.ts). Undefined: none.
   */
  cutoff?: number;
}

/**
 * @param compact - the compact index
 * @param index - the catalog index (for core's activeHoldings)
 * @param query - the query as given
 * @param asOf - the date to judge holdings at (the query's, or today)
 * @returns the query the planners need
 * @throws InvalidQueryError (an InvalidInputError, INVALID_INPUT) for any malformed field, listing
 *   every fault with its path (see check-query.ts)
 * @throws UnknownQueryCredentialError (an UnknownCredentialError, UNKNOWN_CREDENTIAL) for the first
 *   id the catalog lacks: the target, then the holdings, then the exclusions, with its path
 */
export function resolveQuery(
  compact: CompactIndex,
  index: CatalogIndex,
  query: PlanQuery,
  asOf: string,
): ResolvedQuery {
  const checked = checkPlanQuery(query);
  // The query's own asOf was checked by checkPlanQuery; a default (today) is checked here.
  if (asOf !== checked.asOf && !isIsoDate(asOf))
    throw new InvalidQueryError([
      { path: 'asOf', message: `must be a calendar date as YYYY-MM-DD, got "${asOf}"` },
    ]);
  // Target forms are planned through a virtual credential (target/goal-planner.ts), never here.
  if (typeof checked.target !== 'string')
    throw new Error('internal: a target form reached resolveQuery');
  const target = intOf(compact, checked.target, 'target');
  const have = checked.have ?? [];
  for (let i = 0; i < have.length; i++) {
    try {
      resolveCredentialId(index, have[i]!.id);
    } catch (error) {
      if (error instanceof UnknownCredentialError)
        throw new UnknownQueryCredentialError(have[i]!.id, `have[${i}].id`);
      throw error;
    }
  }
  const excluded: number[] = [];
  const exclusions = checked.exclude ?? [];
  for (let i = 0; i < exclusions.length; i++)
    excluded.push(intOf(compact, exclusions[i]!, `exclude[${i}]`));
  if (checked.sponsor !== undefined) checkSponsorIds(checked.sponsor, compact, index);
  // Holding nothing (most queries of a batch or a bench), there is nothing to judge at asOf, and
  // no sets are made (two per query were most of what resolving allocated).
  const active = have.length === 0 ? undefined : activeHoldings(index, have, asOf);
  let heldInts = NOTHING;
  let impliedInts = NOTHING;
  if (active !== undefined) {
    const held = new Set<number>();
    const implied = new Set<number>();
    for (const id of active.held) held.add(compact.idOf.get(id)!);
    for (const h of active.implied) implied.add(compact.idOf.get(h.id)!);
    heldInts = held;
    impliedInts = implied;
  }
  const retired = retiredInReach(compact, target, heldInts);
  const exclude =
    retired.length === 0
      ? excluded
      : [...excluded, ...retired.filter((c) => !excluded.includes(c))];
  return {
    target,
    held: heldInts.size === 0 ? [] : [...heldInts],
    implied: impliedInts,
    lapsed: active?.lapsed ?? [],
    objective: checked.objective ?? 'cheapest',
    asOf,
    startDate: checked.startDate ?? asOf,
    timeBudgetMs: checked.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
    maxWeeks: checked.maxWeeks ?? Infinity,
    maxCost: checked.maxCost ?? Infinity,
    exclude,
    retired,
    weeklyHours: checked.weeklyHours ?? Infinity,
    constrained:
      checked.maxWeeks !== undefined ||
      checked.maxCost !== undefined ||
      checked.exclude !== undefined,
    sponsor: checked.sponsor,
  };
}

/**
 * Checks a sponsor's ids against the catalog: its credentials (the first unknown one throws), then
 * every unknown provider at once.
 * @throws UnknownQueryCredentialError, InvalidQueryError
 */
function checkSponsorIds(sponsor: Sponsor, compact: CompactIndex, index: CatalogIndex): void {
  sponsor.credentials?.forEach((id, i) => intOf(compact, id, `sponsor.credentials[${i}]`));
  const unknownProviders = (sponsor.providers ?? [])
    .map((id, i) => ({ id, path: `sponsor.providers[${i}]` }))
    .filter(({ id }) => !index.providersById.has(id));
  if (unknownProviders.length > 0)
    throw new InvalidQueryError(
      unknownProviders.map(({ id, path }) => ({
        path,
        message: `no provider "${id}" in the catalog`,
      })),
    );
}

/**
 * @returns the credential int of `id`
 * @throws UnknownQueryCredentialError naming `path` when the catalog lacks it
 */
function intOf(compact: CompactIndex, id: string, path: string): number {
  const c = compact.idOf.get(id);
  if (c === undefined) throw new UnknownQueryCredentialError(id, path);
  return c;
}
