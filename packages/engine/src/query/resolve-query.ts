/**
 * Checks a plan query and turns it into what the planners need: the target's int, the held
 * credentials (lapse applied with core's activeHoldings) and the objective and budget.
 */
import type { CatalogIndex, LapsedHolding } from '@pathwise/core';
import { activeHoldings, InvalidInputError, UnknownCredentialError } from '@pathwise/core';
import type { CompactIndex } from '../compile/compact-index.js';
import type { Objective, PlanQuery } from '../plan-types.js';

/** Default wall-clock budget for cheapest's optimality proof. */
export const DEFAULT_TIME_BUDGET_MS = 2000;

/** A checked query. */
export interface ResolvedQuery {
  target: number;
  held: number[];
  lapsed: LapsedHolding[];
  objective: Objective;
  asOf: string;
  timeBudgetMs: number;
  /** Deadline week (Infinity: none). */
  maxWeeks: number;
  /** Budget (Infinity: none). */
  maxCost: number;
  /** Credential ints that may not be earned. */
  exclude: number[];
  /** Weekly-hours budget (Infinity: none). */
  weeklyHours: number;
  /** Whether any of maxWeeks, maxCost, exclude was given. */
  constrained: boolean;
}

/**
 * @param compact - the compact index
 * @param index - the catalog index (for core's activeHoldings)
 * @param query - the query as given
 * @param asOf - the date to judge holdings at (the query's, or today)
 * @throws UnknownCredentialError for an unknown target or holding
 * @throws UnknownCredentialError for an unknown excluded id
 * @throws InvalidInputError for a malformed date, objective, target, budget, deadline, exclusion list or weekly hours
 */
export function resolveQuery(
  compact: CompactIndex,
  index: CatalogIndex,
  query: PlanQuery,
  asOf: string,
): ResolvedQuery {
  if (typeof query !== 'object' || query === null)
    throw new InvalidInputError('query must be an object');
  if (typeof query.target !== 'string')
    throw new InvalidInputError('target must be a credential id');
  const objective = query.objective ?? 'cheapest';
  if (objective !== 'cheapest' && objective !== 'fastest') {
    throw new InvalidInputError(
      `objective must be "cheapest" or "fastest", got "${String(objective)}"`,
    );
  }
  const budget = query.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (typeof budget !== 'number' || !(budget >= 0)) {
    throw new InvalidInputError(`timeBudgetMs must be a number >= 0, got "${String(budget)}"`);
  }
  const target = compact.idOf.get(query.target);
  if (target === undefined) throw new UnknownCredentialError(query.target);
  const have = query.have ?? [];
  if (!Array.isArray(have)) throw new InvalidInputError('have must be a list of holdings');
  const { held, lapsed } = activeHoldings(index, have, asOf);
  const limit = (name: 'maxWeeks' | 'maxCost'): number => {
    const value = query[name];
    if (value === undefined) return Infinity;
    if (typeof value !== 'number' || !(value >= 0))
      throw new InvalidInputError(`${name} must be a number >= 0, got "${String(value)}"`);
    return value;
  };
  const exclude = query.exclude ?? [];
  if (!Array.isArray(exclude) || exclude.some((id) => typeof id !== 'string'))
    throw new InvalidInputError('exclude must be a list of credential ids');
  const excluded = exclude.map((id) => {
    const c = compact.idOf.get(id);
    if (c === undefined) throw new UnknownCredentialError(id);
    return c;
  });
  const hours = query.weeklyHours;
  if (hours !== undefined && !(typeof hours === 'number' && hours > 0 && Number.isFinite(hours)))
    throw new InvalidInputError(`weeklyHours must be a number > 0, got "${String(hours)}"`);
  return {
    target,
    held: [...held].map((id) => compact.idOf.get(id)!),
    lapsed,
    objective,
    asOf,
    timeBudgetMs: budget,
    maxWeeks: limit('maxWeeks'),
    maxCost: limit('maxCost'),
    exclude: excluded,
    weeklyHours: hours ?? Infinity,
    constrained:
      query.maxWeeks !== undefined || query.maxCost !== undefined || query.exclude !== undefined,
  };
}
