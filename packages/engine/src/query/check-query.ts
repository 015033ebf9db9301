/**
 * The one check of a plan query's shape and values, before any catalog is involved: every field
 * a CLI flag, a batch line or a GraphQL input can carry. Faults are collected with their paths
 * and thrown once. Unknown fields are refused (a misspelt `weekly_hours` would otherwise plan
 * without a cap); a field given as `undefined` counts as absent.
 */
import { isIsoDate, type Holding } from '@pathwise/core';
import type { PlanQuery } from '../plan-types.js';
import { InvalidQueryError, type QueryFault } from './query-errors.js';
import { checkTarget } from '../target/check-target.js';

/** The fields a plan query may have. */
export const PLAN_QUERY_FIELDS: readonly (keyof PlanQuery)[] = [
  'target',
  'have',
  'asOf',
  'objective',
  'timeBudgetMs',
  'maxWeeks',
  'maxCost',
  'exclude',
  'weeklyHours',
  'explain',
  'startDate',
  'sponsor',
  'currentAnnualEarnings',
  'keepFor',
];

/** Most hours in a week: the largest weekly-hours budget (plan-v2). */
export const MAX_WEEKLY_HOURS = 168;

const got = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : String(v));
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The number fields that must be >= 0. */
const NON_NEGATIVE = ['timeBudgetMs', 'maxWeeks', 'maxCost'] as const;

/** Adds a fault at a path (one module function, not a closure per query: every plan call checks). */
function fault(faults: QueryFault[], path: string, message: string): void {
  faults.push({ path, message });
}

/**
 * @param value - a query as given (parsed JSON, flags reshaped, a GraphQL input reshaped)
 * @returns the same query, typed
 * @throws InvalidQueryError (INVALID_INPUT) listing every fault with its path
 */
export function checkPlanQuery(value: unknown): PlanQuery {
  const faults: QueryFault[] = [];
  if (!isObject(value))
    throw new InvalidQueryError([{ path: '', message: 'query must be an object' }]);
  const q = value;
  // The own keys, in Object.keys' order, without its array (one per plan call).
  for (const key in q) {
    if (Object.hasOwn(q, key) && !(PLAN_QUERY_FIELDS as readonly string[]).includes(key))
      fault(faults, key, `is not a query field (fields: ${PLAN_QUERY_FIELDS.join(', ')})`);
  }
  checkTarget(q.target, faults);
  if (q.have !== undefined) {
    if (!Array.isArray(q.have))
      fault(faults, 'have', 'must be a list of holdings { id, earnedOn? }');
    // No callback made for an empty list (most queries).
    else if (q.have.length > 0)
      q.have.forEach((h: unknown, i) => checkHolding(h, `have[${i}]`, faults));
  }
  if (q.asOf !== undefined && !(typeof q.asOf === 'string' && isIsoDate(q.asOf)))
    fault(faults, 'asOf', `must be a calendar date as YYYY-MM-DD, got ${got(q.asOf)}`);
  if (q.startDate !== undefined && !(typeof q.startDate === 'string' && isIsoDate(q.startDate)))
    fault(faults, 'startDate', `must be a calendar date as YYYY-MM-DD, got ${got(q.startDate)}`);
  if (q.objective !== undefined && q.objective !== 'cheapest' && q.objective !== 'fastest')
    fault(faults, 'objective', `must be "cheapest" or "fastest", got ${got(q.objective)}`);
  for (let i = 0; i < NON_NEGATIVE.length; i++) {
    const name = NON_NEGATIVE[i]!;
    const v = q[name];
    if (v !== undefined && !(typeof v === 'number' && v >= 0))
      fault(faults, name, `must be a number >= 0, got ${got(v)}`);
  }
  const earnings = q.currentAnnualEarnings;
  if (
    earnings !== undefined &&
    !(typeof earnings === 'number' && isFinite(earnings) && earnings >= 0)
  )
    fault(faults, 'currentAnnualEarnings', `must be a finite number >= 0, got ${got(earnings)}`);
  const keep = q.keepFor;
  if (keep !== undefined && !(typeof keep === 'number' && isFinite(keep) && keep >= 0))
    fault(faults, 'keepFor', `must be a finite number of months >= 0, got ${got(keep)}`);
  if (q.exclude !== undefined) {
    if (!Array.isArray(q.exclude)) fault(faults, 'exclude', 'must be a list of credential ids');
    else
      q.exclude.forEach((id: unknown, i) => {
        if (typeof id !== 'string' || id === '')
          fault(faults, `exclude[${i}]`, `must be a credential id, got ${got(id)}`);
      });
  }
  const hours = q.weeklyHours;
  if (hours !== undefined && !(typeof hours === 'number' && hours > 0 && hours <= MAX_WEEKLY_HOURS))
    fault(
      faults,
      'weeklyHours',
      `must be a number > 0 and <= ${MAX_WEEKLY_HOURS}, got ${got(hours)}`,
    );
  if (q.explain !== undefined && typeof q.explain !== 'boolean')
    fault(faults, 'explain', `must be true or false, got ${got(q.explain)}`);
  if (q.sponsor !== undefined) checkSponsor(q.sponsor, faults);
  if (faults.length > 0) throw new InvalidQueryError(faults);
  return q as unknown as PlanQuery;
}

function checkHolding(h: unknown, path: string, faults: QueryFault[]): void {
  if (!isObject(h)) {
    fault(faults, path, 'must be a holding { id, earnedOn? }');
    return;
  }
  const holding = h as Partial<Holding>;
  if (typeof holding.id !== 'string' || holding.id === '')
    fault(faults, `${path}.id`, `must be a credential id, got ${got(holding.id)}`);
  const on = holding.earnedOn;
  if (on !== undefined && !(typeof on === 'string' && isIsoDate(on)))
    fault(faults, `${path}.earnedOn`, `must be a calendar date as YYYY-MM-DD, got ${got(on)}`);
}

/** plan-v2 `sponsor`: `{ amount >= 0, providers?: [id…], credentials?: [id…] }`. */
function checkSponsor(v: unknown, faults: QueryFault[]): void {
  if (!isObject(v)) {
    fault(faults, 'sponsor', 'must be { amount, providers?, credentials? }');
    return;
  }
  for (const key of Object.keys(v))
    if (!['amount', 'providers', 'credentials'].includes(key))
      fault(
        faults,
        `sponsor.${key}`,
        'is not a sponsor field (fields: amount, providers, credentials)',
      );
  const amount = v.amount;
  if (!(typeof amount === 'number' && Number.isFinite(amount) && amount >= 0))
    fault(faults, 'sponsor.amount', `must be a finite number >= 0, got ${got(amount)}`);
  for (const list of ['providers', 'credentials'] as const) {
    const ids = v[list];
    if (ids === undefined) continue;
    if (!Array.isArray(ids)) fault(faults, `sponsor.${list}`, 'must be a list of ids');
    else
      ids.forEach((id: unknown, i) => {
        if (typeof id !== 'string' || id === '')
          fault(faults, `sponsor.${list}[${i}]`, `must be an id, got ${got(id)}`);
      });
  }
}
